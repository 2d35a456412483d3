import { type CueWords, gateCues } from './cue-gate.js';
import { cueRegex, cueTestRegex, variants } from './cue-regex.js';
import { CUE_TEST_SOURCES } from './cue-sources-data.js';

export { cueWords, type CueWords } from './cue-gate.js';
export { cueRegex, cueTestRegex } from './cue-regex.js';

/**
 * The key of a cue list among the prebuilt regexes: a hash of its words and anchoring (FNV-1a).
 *
 * @example
 * cueKey(['tack*'], false) === cueKey(['tack*'], true) // false
 */
export function cueKey(cues: readonly string[], anchored: boolean): string {
  let h = anchored ? 0x811c9dc5 : 0x01000193;
  for (const c of cues) {
    for (let i = 0; i < c.length; i++) h = Math.imul(h ^ c.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 10, 0x01000193);
  }
  return (h >>> 0).toString(36) + cues.length.toString(36);
}

// Made at build time (scripts/build-bundled-ruleset.ts): building a cue's test regex by hand is ~1 ms of a first call each.
let prebuilt: Map<string, string> | undefined;
const prebuiltSource = (key: string) => (prebuilt ??= new Map(CUE_TEST_SOURCES)).get(key);

/**
 * A set of cues (see `cueRegex`) whose regex is built on first use: a first `moderate()` call pays only for the
 * cues it reaches. Unanchored cues can skip their regex for a text whose `cueWords` rule them out.
 */
export class Cue {
  readonly cues: readonly string[];
  readonly anchored: boolean;
  /** The bit of this cue in `CueWords#mask`; undefined when not gated. */
  private readonly bit: number | undefined;
  private compiled: RegExp | undefined;
  private compiledForTest: RegExp | undefined;
  private variants: ReadonlySet<string> | undefined;

  constructor(cues: readonly string[], { anchored = false }: { anchored?: boolean } = {}) {
    this.cues = cues;
    this.anchored = anchored;
    this.bit = anchored ? undefined : gateCues(cues);
  }

  /** The cues lower-cased and without å, ä, ö: the alternatives of the regex. */
  get alternatives(): ReadonlySet<string> {
    return (this.variants ??= variants(this.cues));
  }

  /** The cue regex (`cueRegex`), compiled the first time it is needed. */
  get regex(): RegExp {
    return (this.compiled ??= cueRegex(this.cues, { anchored: this.anchored }));
  }

  /** Whether the text has one of the cues; `words` (from `cueWords(text)`) lets a cue whose answer its words give skip its regex. */
  test(text: string, words?: CueWords): boolean {
    if (words !== undefined && this.bit !== undefined) {
      if ((words.mask & this.bit) === 0) return false;
      if ((words.sure & this.bit) !== 0) return true;
    }
    return (this.compiledForTest ??= this.testRegex()).test(text);
  }

  /** `cueTestRegex` of the cues: as the build made it, or made now for a cue the build did not see. */
  private testRegex(): RegExp {
    const source = prebuiltSource(cueKey(this.cues, this.anchored));
    return source === undefined ? cueTestRegex(this.cues, { anchored: this.anchored }, this.alternatives) : new RegExp(source, 'u');
  }

  /** The regex's match at the start of (anchored) or in the text. */
  exec(text: string): RegExpExecArray | null {
    return this.regex.exec(text);
  }
}

/**
 * A `Cue` for `cues`: `cueRegex` built lazily, with word gating when unanchored.
 *
 * @example
 * const THANKS = cue(['tack*', 'bra jobbat']);
 * THANKS.test('tack så mycket', cueWords('tack så mycket')) // true
 */
export function cue(cues: readonly string[], options: { anchored?: boolean } = {}): Cue {
  return new Cue(cues, options);
}

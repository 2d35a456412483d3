import { stripSwedishDiacritics } from '../lexicon/variants.js';

const LETTERS = '\\p{L}\\p{N}';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One cue as a regex source: `word*` a word beginning, `*word` a word ending, spaces any whitespace. */
function cueSource(cue: string): string {
  return cue
    .split(' ')
    .map((w) => {
      const head = w.startsWith('*') ? `[${LETTERS}]*` : '';
      const tail = w.endsWith('*') ? `[${LETTERS}]*` : '';
      return head + escape(w.replace(/^\*|\*$/g, '')) + tail;
    })
    .join('\\s+');
}

/**
 * A regex matching any of `cues` as whole words of normalised (lower-case) text, each also written without
 * å, ä, ö. `word*` matches words beginning with `word`, `*word` words ending with it, and a space any
 * whitespace. Linear: no nested quantifiers.
 *
 * @example
 * cueRegex(['tack', 'bra jobbat', 'plog*']).test('bra  jobbat med plogningen') // true
 */
export function cueRegex(cues: readonly string[], { anchored = false }: { anchored?: boolean } = {}): RegExp {
  const all = new Set<string>();
  for (const c of cues) {
    const lower = c.toLowerCase();
    all.add(lower);
    all.add(stripSwedishDiacritics(lower));
  }
  const alternatives = [...all].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(cueSource);
  const start = anchored ? '^' : `(?<![${LETTERS}])`;
  return new RegExp(`${start}(?:${alternatives.join('|')})(?![${LETTERS}])`, 'u');
}

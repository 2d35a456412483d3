// Where the time of one decision goes: the engine's stages timed alone over the corpus, from src/.
import { detectLanguage } from '../src/language/detect-language.js';
import { matchTokens } from '../src/lexicon/match.js';
import { matchPatterns } from '../src/lexicon/patterns.js';
import { moderate } from '../src/moderate.js';
import { normalise } from '../src/normalise/normalise.js';
import { tokenize } from '../src/normalise/tokens.js';
import { compileRuleset } from '../src/ruleset/compile-ruleset.js';
import { osthammar } from '../src/ruleset/osthammar.js';
import { median } from './measure.js';

/** Median milliseconds per pass over the corpus, per stage; `moderate` is the whole decision. */
export type StageTimes = Record<'moderate' | 'normalise' | 'tokenize' | 'detectLanguage' | 'matchTokens' | 'matchPatterns', number>;

/**
 * Times each stage alone over `texts` (`passes` passes after one warm-up, median). The stages take the
 * outputs of the ones before, computed outside the timer.
 *
 * @example
 * stageTimes(['Du är en jävla idiot'], 3).normalise >= 0
 */
export function stageTimes(texts: readonly string[], passes = 5): StageTimes {
  const compiled = compileRuleset(osthammar);
  const settings = compiled.versions[compiled.versions.length - 1]!.policy.settings;
  const languageOptions = { only: settings.languages, sampleChars: settings.languageSampleChars };
  const comments = texts.map((text, i) => ({ id: `s${i}`, text }));
  const normalised = texts.map((t) => normalise(t));
  const tokens = normalised.map((n) => tokenize(n));
  const english = texts.map((t) => detectLanguage(t, languageOptions).code === 'en');
  const stages: Record<keyof StageTimes, () => void> = {
    moderate: () => comments.forEach((c) => moderate(c)),
    normalise: () => texts.forEach((t) => normalise(t)),
    tokenize: () => normalised.forEach((n) => tokenize(n)),
    detectLanguage: () => texts.forEach((t) => detectLanguage(t, languageOptions)),
    matchTokens: () => tokens.forEach((t, i) => matchTokens(english[i] ? compiled.english : compiled.swedish, t)),
    matchPatterns: () => normalised.forEach((n, i) => matchPatterns(english[i] ? compiled.englishPatterns : compiled.swedishPatterns, n.text)),
  };
  const out = {} as StageTimes;
  for (const [name, run] of Object.entries(stages) as [keyof StageTimes, () => void][]) {
    run();
    const t: number[] = [];
    for (let p = 0; p < passes; p++) {
      const s = performance.now();
      run();
      t.push(performance.now() - s);
    }
    out[name] = median(t);
  }
  return out;
}

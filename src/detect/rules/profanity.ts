import { toOriginalSpan } from '../../normalise/normalise.js';
import type { Rule, RuleFinding } from '../rule.js';

/**
 * Svordomar and obscene words from the profanity lexicons: Swedish and language-neutral ones on every
 * comment, bad-words' English list on English comments only. Mild oaths only when the policy says so.
 */
export const profanityLexiconRule: Rule = {
  meta: {
    id: 'profanity/lexicon',
    category: 'profanity',
    docs: {
      description: 'Swear words and obscene words, also disguised (leet, spacing, stretching, homoglyphs).',
      guideline: 'tillat-inte.svordomar',
    },
    messages: ['profanity.word', 'profanity.wordObfuscated'],
  },
  detect(ctx) {
    const findings: RuleFinding[] = [];
    for (const hit of ctx.hits) {
      if (hit.entry.category !== 'profanity') continue;
      const { entry } = hit.entry;
      if (entry.severity === 'mild' && !ctx.policy.settings.flagMildOaths) continue;
      const [start, end] = toOriginalSpan(ctx.normalised, hit.start, hit.end);
      const word = ctx.text.slice(start, end);
      const plain = word.toLowerCase() === hit.form;
      findings.push({
        start,
        end,
        messageId: plain ? 'profanity.word' : 'profanity.wordObfuscated',
        data: { word, form: hit.form, entry: entry.id, via: hit.via, severity: entry.severity },
      });
    }
    return findings;
  },
};

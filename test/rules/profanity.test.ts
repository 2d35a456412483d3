import { describe, expect, it } from 'vitest';
import { defineRuleset, moderate, osthammar } from '../../src/index.js';
import { ruleTable } from './rule-table.js';

const RULE = 'profanity/lexicon';
const hitsOf = (text: string, options = {}) => moderate({ id: 't', text }, options).findings.filter((f) => f.ruleId === RULE);

// Table-driven, ESLint style: `invalid` must fire on exactly the quoted text, `valid` must not fire.
const invalid: [text: string, found: string][] = [
  ['Du är en jävla idiot', 'jävla'],
  ['JÄVLA kommun', 'JÄVLA'],
  ['j4vla kommun', 'j4vla'],
  ['jääääävla kommun', 'jääääävla'],
  ['javla kommun', 'javla'],
  ['j\u200Bävla kommun', 'j\u200Bävla'],
  ['jаvla kommun', 'jаvla'],
  ['ｊäｖｌａ kommun', 'ｊäｖｌａ'],
  ['Det är f.a.n inte klokt', 'f.a.n'],
  ['det är s k i t', 's k i t'],
  ['skitkommun', 'skitkommun'],
  ['ni är fan inte kloka', 'fan'],
  ['knullade', 'knullade'],
  ['fittkärring', 'fittkärring'],
  ['bullshit', 'bullshit'],
  ['you stupid bitch', 'bitch'],
  ['that slut over there', 'slut'],
];
const valid: string[] = [
  'fanns', 'fantastisk', 'Fanny', 'Slut på snön', 'hög fart', 'barnen behöver kissa', 'en prick på kartan',
  'Fittja', 'Fittjabor', 'höra', 'horisont', 'rövare', 'rovdjur', 'skitigt golv', 'kukeliku', 'jag är ett fan av er',
  'Jäkla bra', 'fasen', 'attans', 'Sjutton personer', 'Helvetica', 'Analysen', 'Scunthorpe', 'Assessment', 'fakta',
];

describe(RULE, () => {
  ruleTable(hitsOf, invalid, valid);
  it('flags mild oaths only when the ruleset says so', () => {
    const strict = defineRuleset(
      { id: 'strikt', name: 'Strikt kommun', policy: { settings: { flagMildOaths: true } } },
      { extends: osthammar },
    );
    expect(hitsOf('Jäkla bra')).toEqual([]);
    expect(hitsOf('Jäkla bra', { ruleset: strict }).map((h) => h.text)).toEqual(['Jäkla']);
  });
  it('uses the English bad-words list on English text only', () => {
    expect(hitsOf('you are such a prick and a slut').map((h) => h.text)).toEqual(['prick', 'slut']);
    expect(hitsOf('Det är slut på prickarna och det är en prick kvar')).toEqual([]);
  });
  it('marks disguised words with their own message id', () => {
    expect(hitsOf('j4vla')[0]?.messageId).toBe('profanity.wordObfuscated');
    expect(hitsOf('jävla')[0]?.messageId).toBe('profanity.word');
  });
});

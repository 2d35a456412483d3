import { describe, expect, it } from 'vitest';
import { findNameSpans, nameDictionary } from '../../src/detect/personal-data/names.js';
import { osthammar } from '../../src/index.js';

const dict = nameDictionary(osthammar);
const names = (text: string) => findNameSpans(text, dict).map((n) => text.slice(n.start, n.end));
const roles = (text: string) => findNameSpans(text, dict).map((n) => n.inRole);

describe('findNameSpans', () => {
  it.each([
    ['Tack Anna på biblioteket!', ['Anna']],
    ['Anna har rätt.', ['Anna']],
    ['Stort tack till Lennart Holmgren', ['Lennart Holmgren']],
    ['Hej Jonas, när öppnar badet?', ['Jonas']],
    ['Annas hund springer lös', ['Annas']],
    ['Anna Bergs trädgård', ['Anna Bergs']],
    ['Ulla-Britt och jag', ['Ulla-Britt']],
    ['Var är Lars-Erik Gustafsson?', ['Lars-Erik Gustafsson']],
    ['Per Albin Hansson', ['Per Albin Hansson']],
    ['Andersson har fel', ['Andersson']],
    ['Anna Atterstam skrev', ['Anna Atterstam']],
    ['Igår sa Stig att vägen är lagad', ['Stig']],
    ['Johan von Essen', ['Johan von Essen']],
    ['Thanks to Emma at the library', ['Emma']],
    ['fru Lindqvist på gatan', ['Lindqvist']],
    ['Desirée och Märta', ['Desirée', 'Märta']],
    ['Åsa is a place too: Åsa', []],
  ])('%s → %j', (text, want) => expect(names(text)).toEqual(want));

  it.each([
    'Östhammar, Gimo, Alunda, Öregrund, Forsmark, Hargshamn och Österbybruk',
    'Vi bor i Gimo och jobbar i Alunda.',
    'Lund, Mora och Sala har bättre vägar',
    'Per capita satsar kommunen minst.',
    'Bo i Östhammar är billigt.',
    'Hans bil står fel.',
    'Stig på!',
    'Liv och rörelse i hamnen.',
    'Sten och grus på cykelbanan.',
    'Inga arabiska broderier i år.',
    'Mina kontaktuppgifter finns här.',
    'Kommunen borde laga vägen.',
    'Det Här Är Ett Skämt',
    'VARFÖR SVARAR INGEN',
    'Ericsson och Vattenfall borde bidra mer',
    'Berg och dal.',
    'Tack för snabbt svar!',
  ])('finds no name in %s', (text) => expect(names(text)).toEqual([]));

  it('marks officials named in their role', () => {
    expect(roles('Kommunalrådet Anna Andersson borde svara')).toEqual([true]);
    expect(roles('rektor Per Svensson har gjort ett bra jobb')).toEqual([true]);
    expect(roles('Erik Nilsson (S) sa på mötet')).toEqual([true]);
    expect(roles('Anna Berg, rektor på skolan, svarar')).toEqual([true]);
    expect(roles('Anna Berg svarar')).toEqual([false]);
  });
});

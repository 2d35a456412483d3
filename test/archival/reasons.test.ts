import { describe, expect, it } from 'vitest';
import { moderate } from '../../src/index.js';

const reasonOf = (text: string) => moderate({ id: 'r', text }).reasons[0]!;

describe('keep and weed reasons say why', () => {
  it.each([
    ['Tack! 👍', 'för kännedom', 'for information only'],
    ['När öppnar badhuset?', 'enkel fråga', 'simple question'],
    ['Någon som sett min katt?', 'berör inte kommunens verksamhet', "does not concern the municipality's activities"],
  ])('weed %j: %s', (text, sv, en) => {
    const r = reasonOf(text);
    expect(r.code).toBe('weed');
    expect(r.message.sv).toMatch(/^Får gallras vid inaktualitet: handling av ringa eller tillfällig betydelse – /);
    expect(r.message.sv).toContain(sv);
    expect(r.message.en).toContain(en);
    expect(r.source.guideline).toMatch(/BEVARANDE OCH GALLRING – handlingar av ringa eller tillfällig betydelse/);
    expect(r.source.law).toBe('Arkivlagen (1990:782) 10 §');
  });

  it.each([
    ['Gatlampan vid skolan är trasig', 'en felanmälan', 'a report of a fault'],
    ['Snöröjningen i Gimo är under all kritik.', 'ett klagomål', 'a complaint'],
    ['Ploga Storgatan nu!', 'ett krav eller en begäran', 'a demand or request'],
    ['Varför stänger ni badhuset i Öregrund?', 'en sakfråga', 'a substantive question'],
    ['Kommunen borde satsa mer på äldreomsorgen.', 'ett förslag', 'a proposal'],
    ['Jag tycker att beslutet om badhuset i Gimo är fel.', 'en synpunkt', 'an opinion'],
    ['Slutförvaret i Forsmark är en fråga för hela Sverige, inte bara för Östhammar.', 'har inte visats vara', 'has not been shown'],
  ])('keep %j: %s', (text, sv, en) => {
    const r = reasonOf(text);
    expect(r.code).toBe('keep');
    expect(r.message.sv).toMatch(/^Behålls som allmän handling: /);
    expect(r.message.sv).toContain(sv);
    expect(r.message.en).toContain(en);
    expect(r.source.guideline).toMatch(/ALLMÄNNA HANDLINGAR/);
    expect(r.basis).toBe('legalDuty');
  });
});

describe('weedAfter', () => {
  it.each([
    ['2026-03-01T10:00:00+01:00', '2026-05-30'],
    ['2026-12-31T23:30:00Z', '2027-04-01'], // already 1 January in Sweden
    ['2026-10-25T01:30:00Z', '2027-01-23'], // the night winter time begins
    ['2028-01-01T12:00:00+01:00', '2028-03-31'], // a leap year
  ])('a thank-you written %s may be weeded from %s', (createdAt, day) => {
    expect(moderate({ id: 'w', text: 'Tack! 👍', createdAt }).archival.weedAfter).toBe(day);
  });
  it('has no weedAfter without a date or a clock', () => {
    expect(moderate({ id: 'w', text: 'Tack! 👍' }).archival).toEqual({ decision: 'weed' });
  });
});

import type { Decision, PersonalDataKind } from 'moderera';
import { formatMessage } from 'moderera';

/** Swedish names of personal-data kinds, for highlights and the list of kinds found. */
export const KIND_SV: Readonly<Record<PersonalDataKind, string>> = {
  personnummer: 'personnummer',
  samordningsnummer: 'samordningsnummer',
  phone: 'telefonnummer',
  email: 'e-postadress',
  address: 'adress',
  'bank-account': 'kontonummer',
  name: 'namn',
  'name-with-sensitive': 'namn med känslig uppgift',
};

/** One marked stretch of the original text and what was found there. */
export interface Hit {
  readonly start: number;
  readonly end: number;
  /** A TILLÅT INTE category, or `personal-data`. */
  readonly category: string;
  /** What it is, in Swedish. */
  readonly label: string;
}

/** A piece of the comment: plain, or covered by one or more hits. */
export interface Segment {
  readonly text: string;
  readonly hits: readonly Hit[];
}

/**
 * Every span the decision points at: findings of the categories and the personal data, labelled in Swedish.
 *
 * @example
 * hitsOf(moderate({ id: '1', text: 'Fy fan' })) // [{ start: 3, end: 6, category: 'profanity', label: 'Svordomar eller obscena ord' }]
 */
export function hitsOf(d: Pick<Decision, 'findings' | 'personalData'>): Hit[] {
  const hits: Hit[] = [];
  for (const f of d.findings) {
    // Personal data comes from d.personalData below, with its kind.
    if (f.category !== 'personal-data') hits.push({ start: f.start, end: f.end, category: f.category, label: formatMessage('sv', `category.${f.category}`) });
  }
  for (const p of d.personalData) hits.push({ start: p.start, end: p.end, category: 'personal-data', label: `Personuppgift: ${KIND_SV[p.kind] ?? p.kind}` });
  return hits.filter((h) => h.end > h.start);
}

/**
 * Cuts `text` at every span boundary so overlapping hits can be shown without nesting marks; neighbouring
 * pieces covered by the same hits are joined again.
 *
 * @example
 * segmentsOf('Fy fan', [{ start: 3, end: 6, category: 'profanity', label: '…' }]).map((s) => s.text) // ['Fy ', 'fan']
 */
export function segmentsOf(text: string, hits: readonly Hit[]): Segment[] {
  const cuts = [...new Set([0, text.length, ...hits.flatMap((h) => [h.start, h.end])])].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const out: { text: string; hits: Hit[] }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const covering = hits.filter((h) => h.start <= from && h.end >= to);
    const last = out.at(-1);
    if (last && last.hits.length === covering.length && last.hits.every((h, j) => h === covering[j])) last.text += text.slice(from, to);
    else out.push({ text: text.slice(from, to), hits: covering });
  }
  return out;
}

import type { Decision, PersonalDataKind } from './schema/decision.js';

/** Thrown by `redact()` when the decision does not belong to the text, so no span could be masked safely. */
export class RedactionError extends TypeError {
  override readonly name = 'RedactionError';
  readonly code = 'MODERERA_REDACTION_MISMATCH';
}

export interface RedactOptions {
  /**
   * `block` (default) replaces every character of a span except spaces with `mask`, so the text keeps its
   * length and every other finding's offsets stay valid; `label` puts a label such as `[personnummer]` instead.
   */
  readonly style?: 'block' | 'label';
  /** The masking character for `block`. */
  readonly mask?: string;
  /** Only these kinds are masked (default: every kind found). */
  readonly kinds?: readonly PersonalDataKind[];
  /** Labels for `label`, per kind. */
  readonly labels?: Partial<Record<PersonalDataKind, string>>;
}

const DEFAULT_LABELS: Record<PersonalDataKind, string> = {
  personnummer: '[personnummer]',
  samordningsnummer: '[samordningsnummer]',
  phone: '[telefonnummer]',
  email: '[e-post]',
  address: '[adress]',
  'bank-account': '[bankkonto]',
  name: '[namn]',
  'name-with-sensitive': '[namn]',
};

/**
 * The comment's text with every personal-data span of its decision masked, for dashboards and for sharing
 * a decision without spreading the data. Throws `RedactionError` when a span does not match the text (the
 * decision belongs to another text), rather than mask the wrong characters.
 *
 * @example
 * const text = 'Ring Anna på 070-123 45 67';
 * redact(text, moderate({ id: '1', text })) // 'Ring ████ på ███████ ██ ██'
 * redact(text, moderate({ id: '1', text }), { style: 'label' }) // 'Ring [namn] på [telefonnummer]'
 */
export function redact(text: string, decision: Pick<Decision, 'personalData'>, { style = 'block', mask = '█', kinds, labels = {} }: RedactOptions = {}): string {
  if (typeof text !== 'string') throw new RedactionError(`redact(text, decision): text must be the comment's text as a string, got ${typeof text}.`);
  if (!decision || !Array.isArray(decision.personalData)) {
    throw new RedactionError('redact(text, decision): decision must be what moderate() returned for this text (it needs decision.personalData).');
  }
  if (style === 'block' && mask.length !== 1) throw new RedactionError(`redact(): mask must be one UTF-16 character (so the text keeps its length), got "${mask}".`);
  const spans = decision.personalData
    .filter((p) => kinds === undefined || kinds.includes(p.kind))
    .map((p) => {
      if (text.slice(p.start, p.end) !== p.text) {
        throw new RedactionError(`redact(): the decision's ${p.kind} at [${p.start}, ${p.end}) does not match the text; pass the same text that was moderated.`);
      }
      return p;
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const p of spans) {
    if (p.end <= at) continue;
    const from = Math.max(p.start, at);
    out += text.slice(at, from);
    const part = text.slice(from, p.end);
    // Block masking keeps UTF-16 length: a surrogate pair becomes two mask characters.
    out += style === 'label' ? (labels[p.kind] ?? DEFAULT_LABELS[p.kind]) : part.replace(/[^\s]/gu, (c) => mask.repeat(c.length));
    at = p.end;
  }
  return out + text.slice(at);
}

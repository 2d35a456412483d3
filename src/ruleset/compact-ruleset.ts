// A ruleset written without the values its schema fills in. The bundled ruleset ships this way, validated
// at build time (scripts/build-bundled-ruleset.ts): restoring it is a JSON parse and a loop, not a zod parse
// of 4,700 entries with every default written out (half the data).
import type { Lexicon, LexiconEntry, Pattern, PatternFile, Ruleset } from './schema.js';

/** Entry fields with a default: the schema's, or the value most entries of one lexicon share. */
type EntryDefaults = Omit<LexiconEntry, 'id' | 'term' | 'note'>;
type PatternDefaults = Pick<Pattern, 'severity' | 'allow' | 'tags'>;
type CompactRecord<T> = Partial<T>;
/** What a lexicon's entries share: defaults, and the prefix that makes an entry's id from its term. */
type LexiconCommon = Partial<EntryDefaults> & { readonly idPrefix?: string };

/**
 * A ruleset whose lexicon entries and patterns leave out every field equal to its default. `common` holds, per
 * lexicon, values most of its entries share that differ from the schema's (a name list's `strip: false`,
 * `tags: ['first-name']`): its entries leave those out too.
 */
export interface CompactRuleset extends Omit<Ruleset, 'lexicons' | 'patterns'> {
  readonly lexicons: readonly (Omit<Lexicon, 'entries'> & { readonly entries: readonly CompactRecord<LexiconEntry>[] })[];
  readonly patterns: readonly (Omit<PatternFile, 'patterns'> & { readonly patterns: readonly CompactRecord<Pattern>[] })[];
  readonly common: readonly LexiconCommon[];
}

/**
 * The id an entry of a long word list gets from its term: lower case, without diacritics, runs of other
 * characters as one '-' ("Upplands Väsby" → "upplands-vasby").
 *
 * @example
 * idSlug('Abbekås') // 'abbekas'
 */
export function idSlug(term: string): string {
  return term.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The empty list every left-out list field becomes: one, frozen. */
const NONE: readonly string[] = Object.freeze([]);

// The schema's defaults (LexiconEntrySchema, PatternSchema); `compactRuleset` checks at build time that what
// `inflateRuleset` makes equals what the schema's parse made.
const ENTRY_DEFAULTS: EntryDefaults = Object.freeze({
  forms: NONE,
  stem: false,
  compound: 'none',
  strip: true,
  severity: 'medium',
  allow: NONE,
  unlessPrevious: NONE,
  unlessNext: NONE,
  tags: NONE,
}) as EntryDefaults;
const PATTERN_DEFAULTS: PatternDefaults = Object.freeze({ severity: 'medium', allow: NONE, tags: NONE }) as PatternDefaults;

const frozen = <T>(list: T[] | undefined, otherwise: T[]): T[] => (list ? (Object.freeze(list) as T[]) : otherwise);

// Written out field by field, in schema order: an object literal of one shape is several times faster to
// make than one filled key by key, and this runs for every entry on import.
function inflateEntry(e: CompactRecord<LexiconEntry>, d: EntryDefaults, idPrefix: string | undefined): LexiconEntry {
  const out: LexiconEntry = {
    id: e.id ?? idPrefix + idSlug(e.term!),
    term: e.term!,
    forms: frozen(e.forms, d.forms),
    stem: e.stem ?? d.stem,
    compound: e.compound ?? d.compound,
    strip: e.strip ?? d.strip,
    severity: e.severity ?? d.severity,
    allow: frozen(e.allow, d.allow),
    unlessPrevious: frozen(e.unlessPrevious, d.unlessPrevious),
    unlessNext: frozen(e.unlessNext, d.unlessNext),
    tags: frozen(e.tags, d.tags),
  };
  if (e.note !== undefined) out.note = e.note;
  return Object.freeze(out);
}

function inflatePattern(p: CompactRecord<Pattern>): Pattern {
  const out = { id: p.id, pattern: p.pattern!, severity: p.severity ?? PATTERN_DEFAULTS.severity } as Pattern;
  if (p.messageId !== undefined) out.messageId = p.messageId;
  out.allow = frozen(p.allow, PATTERN_DEFAULTS.allow);
  out.tags = frozen(p.tags, PATTERN_DEFAULTS.tags);
  if (p.note !== undefined) out.note = p.note;
  return Object.freeze(out);
}

const json = (v: unknown) => JSON.stringify(v);

/** `record` without the fields whose value is their default, and without an id its term makes. */
function compactRecord<T extends { id: string; term?: string }>(record: T, defaults: object, idPrefix?: string): CompactRecord<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    if (k === 'id' && idPrefix !== undefined && record.term !== undefined && v === idPrefix + idSlug(record.term)) continue;
    if (!(k in defaults) || json(v) !== json((defaults as Record<string, unknown>)[k])) out[k] = v;
  }
  return out as CompactRecord<T>;
}

/** The prefix most of `entries` have before the slug of their term, when that saves writing ids out. */
function idPrefixOf(entries: readonly LexiconEntry[]): string | undefined {
  const counts = new Map<string, number>();
  for (const e of entries) {
    const slug = idSlug(e.term);
    if (slug !== '' && e.id.endsWith(slug)) counts.set(e.id.slice(0, -slug.length), (counts.get(e.id.slice(0, -slug.length)) ?? 0) + 1);
  }
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return n * 2 > entries.length && n >= MIN_DERIVED_IDS ? top : undefined;
}
/** Short lists keep their ids written out: they are read and edited by people, and save nothing. */
const MIN_DERIVED_IDS = 100;

/** The values more than half of `entries` share that differ from the schema's defaults. */
function commonValues(entries: readonly LexiconEntry[]): Partial<EntryDefaults> {
  const common: Record<string, unknown> = {};
  for (const [k, fallback] of Object.entries(ENTRY_DEFAULTS)) {
    const counts = new Map<string, number>();
    for (const e of entries) {
      const v = json(e[k as keyof EntryDefaults]);
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (n * 2 > entries.length && top !== json(fallback)) common[k] = JSON.parse(top) as unknown;
  }
  return common as Partial<EntryDefaults>;
}

/**
 * Leaves out of a validated ruleset's entries and patterns every field equal to its default (build time).
 * Throws when the result does not restore to the same ruleset (a schema default changed: update `ENTRY_DEFAULTS`).
 *
 * @example
 * compactRuleset(osthammar).lexicons[0].entries[0] // { id: 'sv.profanity.javla', term: 'jävla', … } without `stem: false`
 */
export function compactRuleset(ruleset: Ruleset): CompactRuleset {
  const common = ruleset.lexicons.map((l): LexiconCommon => {
    const idPrefix = idPrefixOf(l.entries);
    return { ...commonValues(l.entries), ...(idPrefix === undefined ? {} : { idPrefix }) };
  });
  const compact: CompactRuleset = {
    ...ruleset,
    lexicons: ruleset.lexicons.map((l, i) => {
      const { idPrefix, ...defaults } = common[i]!;
      return { ...l, entries: l.entries.map((e) => compactRecord(e, { ...ENTRY_DEFAULTS, ...defaults }, idPrefix)) };
    }),
    patterns: ruleset.patterns.map((f) => ({ ...f, patterns: f.patterns.map((p) => compactRecord(p, PATTERN_DEFAULTS)) })),
    common,
  };
  const back = inflateRuleset(JSON.parse(JSON.stringify(compact)) as CompactRuleset);
  if (JSON.stringify(back) !== JSON.stringify(ruleset)) throw new Error('compactRuleset: the compact ruleset does not restore to the same ruleset; do the defaults in src/ruleset/compact-ruleset.ts still match src/ruleset/schema.ts?');
  return compact;
}

/**
 * The ruleset a compact one stands for, deeply frozen; values left out become shared frozen defaults.
 * Only for data that was validated when it was compacted (the bundled ruleset, at build time).
 *
 * @example
 * inflateRuleset(JSON.parse(json)).lexicons[0].entries[0].forms // [] (frozen)
 */
export function inflateRuleset({ common, ...ruleset }: CompactRuleset): Ruleset {
  // Entries and patterns are frozen as they are made: the walk over the whole then stops at each of them.
  return deepFreeze({
    ...ruleset,
    lexicons: ruleset.lexicons.map((l, i) => {
      const { idPrefix, ...shared } = common[i]!;
      const defaults = deepFreeze({ ...ENTRY_DEFAULTS, ...shared });
      // Frozen here, so the walk below stops at the list instead of visiting its thousands of entries again.
      return { ...l, entries: Object.freeze(l.entries.map((e) => inflateEntry(e, defaults, idPrefix))) };
    }),
    patterns: ruleset.patterns.map((f) => ({ ...f, patterns: Object.freeze(f.patterns.map(inflatePattern)) })),
  }) as Ruleset;
}

/**
 * Freezes `value` and everything reachable from it, stopping at what is frozen already.
 *
 * @example
 * Object.isFrozen(deepFreeze({ a: [1] }).a) // true
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

import type { Fixture } from '../fixtures/fixture-schema.js';
import { CATEGORY_IDS, type Decision } from '../schema/decision.js';

/** Precision, recall and F1 of one label over labelled cases. */
export interface LabelScore {
  readonly label: string;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Quality of moderera on a set of labelled fixtures. */
export interface FixtureMetrics {
  readonly categories: LabelScore[];
  readonly personalData: LabelScore[];
  /** Share of clean comments (no category, no personal data expected) that got any category or personal data. */
  readonly falseFlagRate: { readonly flagged: number; readonly clean: number; readonly rate: number };
  readonly action: { readonly correct: number; readonly total: number; readonly accuracy: number };
  readonly replyExpected: { readonly correct: number; readonly total: number; readonly accuracy: number };
}

function score(label: string, tp: number, fp: number, fn: number): LabelScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { label, tp, fp, fn, precision, recall, f1 };
}

function ratio(correct: number, total: number) {
  return { correct, total, accuracy: total === 0 ? 1 : correct / total };
}

/**
 * Scores decisions against fixture expectations: per category (cases with `categories`), per personal-data
 * kind (cases with `personalData`, by kind and text), false flags, action and reply-expected accuracy.
 *
 * @example
 * fixtureMetrics(cases.map(c => [c, moderate(c)])).categories.find(s => s.label === 'profanity')?.f1
 */
export function fixtureMetrics(pairs: readonly (readonly [Fixture, Decision])[]): FixtureMetrics {
  const cat = new Map<string, { tp: number; fp: number; fn: number }>(CATEGORY_IDS.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const pd = new Map<string, { tp: number; fp: number; fn: number }>();
  let flagged = 0;
  let clean = 0;
  let actionOk = 0;
  let actionTotal = 0;
  let replyOk = 0;
  let replyTotal = 0;
  for (const [c, d] of pairs) {
    const e = c.expect;
    if (e.categories) {
      for (const label of CATEGORY_IDS) {
        const want = e.categories.includes(label);
        const got = d.categories.includes(label);
        const s = cat.get(label)!;
        if (want && got) s.tp++;
        else if (got) s.fp++;
        else if (want) s.fn++;
      }
    }
    if (e.personalData) {
      const want = new Set(e.personalData.map((p) => `${p.kind}\u0000${p.text}`));
      const got = new Set(d.personalData.map((p) => `${p.kind}\u0000${p.text}`));
      for (const k of new Set([...want, ...got])) {
        const kind = k.split('\u0000')[0]!;
        const s = pd.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
        pd.set(kind, s);
        if (want.has(k) && got.has(k)) s.tp++;
        else if (got.has(k)) s.fp++;
        else s.fn++;
      }
    }
    if (e.categories?.length === 0 && (e.personalData === undefined || e.personalData.length === 0)) {
      clean++;
      if (d.categories.length > 0 || (e.personalData !== undefined && d.personalData.length > 0)) flagged++;
    }
    if (e.action) {
      actionTotal++;
      if (d.action === e.action) actionOk++;
    }
    if (e.reply) {
      replyTotal++;
      if (d.reply.expected === e.reply.expected) replyOk++;
    }
  }
  return {
    categories: [...cat].map(([label, s]) => score(label, s.tp, s.fp, s.fn)),
    personalData: [...pd].sort(([a], [b]) => a.localeCompare(b)).map(([label, s]) => score(label, s.tp, s.fp, s.fn)),
    falseFlagRate: { flagged, clean, rate: clean === 0 ? 0 : flagged / clean },
    action: ratio(actionOk, actionTotal),
    replyExpected: ratio(replyOk, replyTotal),
  };
}

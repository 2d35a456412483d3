import type { DetectedFinding } from '../detect/detect.js';
import { CATEGORY_IDS, type Action, type Category, type PersonalData } from '../schema/decision.js';
import type { KeepKind } from './keep.js';
import type { WeedKind } from './weed.js';

/** The decision before it is explained: what to do and on what grounds. */
export interface Verdict {
  readonly action: Action;
  readonly categories: Category[];
  readonly personalData: PersonalData[];
  readonly weed: WeedKind | null;
  /** Why a kept comment is kept; `null` unless the action is `keep`. */
  readonly keep: KeepKind | null;
}

/**
 * Turns findings into an action: any TILLÅT INTE category or personal data that infringes integrity → `delete-after-screenshot`;
 * otherwise `weed` when the item is of ringa eller tillfällig betydelse; otherwise `keep`.
 *
 * @example
 * decideAction([profanityFinding], null).action // 'delete-after-screenshot'
 */
export function decideAction(findings: readonly DetectedFinding[], weed: WeedKind | null, keep: KeepKind = 'other'): Verdict {
  const found = new Set<Category>();
  const personalData: PersonalData[] = [];
  for (const f of findings) {
    if (f.category === 'personal-data') {
      if (f.kind) personalData.push({ kind: f.kind, start: f.start, end: f.end, text: f.text });
    } else found.add(f.category);
  }
  const categories = CATEGORY_IDS.filter((c) => found.has(c));
  // Only personal data that infringes integrity deletes; a rule marks the rest (a plain name) `infringes: false`.
  const remove = categories.length > 0 || findings.some((f) => f.category === 'personal-data' && f.kind !== undefined && f.data?.infringes !== false);
  return {
    action: remove ? 'delete-after-screenshot' : weed ? 'weed' : 'keep',
    categories,
    personalData,
    weed: remove ? null : weed,
    keep: remove || weed ? null : keep,
  };
}

import type { DetectedFinding } from '../detect/detect.js';
import { CATEGORY_IDS, type Action, type Category, type PersonalData } from '../schema/decision.js';
import type { WeedKind } from './weed.js';

/** The decision before it is explained: what to do and on what grounds. */
export interface Verdict {
  readonly action: Action;
  readonly categories: Category[];
  readonly personalData: PersonalData[];
  readonly weed: WeedKind | null;
}

/**
 * Turns findings into an action: any TILLÅT INTE category or personal data → `delete-after-screenshot`;
 * otherwise `weed` when the item is of ringa eller tillfällig betydelse; otherwise `keep`.
 *
 * @example
 * decideAction([profanityFinding], null).action // 'delete-after-screenshot'
 */
export function decideAction(findings: readonly DetectedFinding[], weed: WeedKind | null): Verdict {
  const found = new Set<Category>();
  const personalData: PersonalData[] = [];
  for (const f of findings) {
    if (f.category === 'personal-data') {
      if (f.kind) personalData.push({ kind: f.kind, start: f.start, end: f.end, text: f.text });
    } else found.add(f.category);
  }
  const categories = CATEGORY_IDS.filter((c) => found.has(c));
  const remove = categories.length > 0 || personalData.length > 0;
  return {
    action: remove ? 'delete-after-screenshot' : weed ? 'weed' : 'keep',
    categories,
    personalData,
    weed: remove ? null : weed,
  };
}

import type { svCore } from '../sv/core.js';

/** English messages for the decision as a whole. Placeholders: `{name}`. */
export const enCore: Record<keyof typeof svCore, string> = {
  'reason.keep': 'Kept: nothing in the comment breaks the guideline\'s DO NOT ALLOW list or the ban on personal data, and it is an opinion or question to be kept as an official record.',
  'reason.weed': 'May be weeded when no longer current: a record of minor or temporary importance ({kind}).',
  'reason.category': '{category}: {count} hit(s) – {words}.',
  'evidence.title': 'Evidence before deletion',
};

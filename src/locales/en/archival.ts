import type { svArchival } from '../sv/archival.js';

/** English messages for archival. Placeholders: `{name}`. */
export const enArchival: Record<keyof typeof svArchival, string> = {};

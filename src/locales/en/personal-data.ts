import type { svPersonalData } from '../sv/personal-data.js';

/** English messages for personal-data. Placeholders: `{name}`. */
export const enPersonalData: Record<keyof typeof svPersonalData, string> = {};

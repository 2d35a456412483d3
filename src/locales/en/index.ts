import type { MessageId } from '../sv/index.js';
import { enArchival } from './archival.js';
import { enCategories } from './categories.js';
import { enCore } from './core.js';
import { enPersonalData } from './personal-data.js';

/** Every English message, keyed by message id. */
export const en: Record<MessageId, string> = { ...enCore, ...enCategories, ...enPersonalData, ...enArchival };

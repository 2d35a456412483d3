import type { MessageId } from '../sv/index.js';
import { enArchival } from './archival.js';
import { enCategories } from './categories.js';
import { enHarmCommerce } from './harm-commerce.js';
import { enInsultHate } from './insult-hate.js';
import { enCore } from './core.js';
import { enPersonalData } from './personal-data.js';

/** Every English message, keyed by message id. */
export const en: Record<MessageId, string> = { ...enCore, ...enCategories, ...enHarmCommerce, ...enInsultHate, ...enPersonalData, ...enArchival };

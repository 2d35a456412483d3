import { svArchival } from './archival.js';
import { svCategories } from './categories.js';
import { svHarmCommerce } from './harm-commerce.js';
import { svInsultHate } from './insult-hate.js';
import { svCore } from './core.js';
import { svPersonalData } from './personal-data.js';

/** Every Swedish message, keyed by message id. Swedish is the source locale: ids are defined here. */
export const sv = { ...svCore, ...svCategories, ...svHarmCommerce, ...svInsultHate, ...svPersonalData, ...svArchival } as const;
export type MessageId = keyof typeof sv;

// Runs after tsup in `npm run build`: writes the decision contract as JSON Schema to dist/decision.schema.json,
// shipped as `moderera/decision.schema.json` for tools in other languages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decisionJsonSchema } from '../src/schema/json-schema.js';

const out = join(import.meta.dirname, '..', 'dist', 'decision.schema.json');
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, `${JSON.stringify(decisionJsonSchema, null, 2)}\n`);

import * as z from 'zod';
import { DecisionSchema } from './decision.js';

/**
 * The decision contract as JSON Schema (draft 2020-12, generated from `DecisionSchema` by zod), for tools in
 * other languages that read moderera's output. The package ships it as `moderera/decision.schema.json`.
 *
 * @example
 * import Ajv from 'ajv/dist/2020.js';
 * new Ajv().validate(decisionJsonSchema, moderate({ id: '1', text: 'Hej' })) // true
 */
// io 'input' leaves objects open: the contract is extended, never renamed, so readers must accept fields they do not know.
export const decisionJsonSchema: Readonly<Record<string, unknown>> = /* @__PURE__ */ (() => ({
  ...z.toJSONSchema(DecisionSchema, { target: 'draft-2020-12', io: 'input' }),
  title: 'moderera Decision',
  description: 'What moderera decides about one comment: action, TILLÅT INTE categories, personal data, findings with UTF-16 spans of the original text, reasons in Swedish and English, archival and reply. Extended, never renamed.',
}))();

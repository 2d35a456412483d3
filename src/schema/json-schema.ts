import { DECISION_JSON_SCHEMA } from './decision-json-schema-data.js';

/**
 * The decision contract as JSON Schema (draft 2020-12, generated from `DecisionSchema` by zod at build time),
 * for tools in other languages that read moderera's output. The package ships it as
 * `moderera/decision.schema.json`.
 *
 * @example
 * import Ajv from 'ajv/dist/2020.js';
 * new Ajv().validate(decisionJsonSchema, moderate({ id: '1', text: 'Hej' })) // true
 */
// Made by scripts/build-bundled-ruleset.ts: zod's generator at import cost ~7 ms of cold start and its code in every bundle.
export const decisionJsonSchema: Readonly<Record<string, unknown>> = /* @__PURE__ */ JSON.parse(DECISION_JSON_SCHEMA);

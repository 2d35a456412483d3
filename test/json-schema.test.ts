import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { decisionJsonSchemaOf, SCHEMA_FILE, schemaModule } from '../scripts/build-bundled-ruleset.js';
import { DecisionSchema, decisionJsonSchema, moderate, moderateMany } from '../src/index.js';
import { ROOT, loadFixtureFiles } from './helpers.js';

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(decisionJsonSchema);
const comments = loadFixtureFiles().flatMap((f) => f.file.cases.map(({ expect: _e, note: _n, now, ...c }) => [c, now] as const));
const sample = () => moderate({ id: 'x', text: 'Du är en jävla idiot', author: { name: 'A' }, createdAt: '2026-01-12T08:10:00+01:00' }, { now: '2026-01-12T09:00:00Z' });

describe('decisionJsonSchema', () => {
  it('is draft 2020-12 JSON Schema that a standard validator compiles', () => {
    expect(decisionJsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(decisionJsonSchema.required).toEqual(expect.arrayContaining(['commentId', 'action', 'categories', 'findings', 'reasons', 'archival', 'reply']));
  });
  it('accepts every decision moderate() makes on the fixtures', () => {
    for (const [c, now] of comments) {
      const d = moderate(c, now ? { now } : {});
      expect(validate(d), `${c.id}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });
  it('describes everything moderate() returns (no field outside the contract)', () => {
    const closed = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(z.toJSONSchema(DecisionSchema, { io: 'output' }));
    expect(closed(sample()), JSON.stringify(closed.errors)).toBe(true);
  });
  it('accepts fields it does not know, so older readers survive an extended contract', () => {
    expect(validate({ ...sample(), futureField: 1 })).toBe(true);
  });
  it('accepts the CLI batch records (ok, index, line beside the decision)', () => {
    const [rec] = moderateMany([{ id: '1', text: 'Tack!' }]);
    expect(validate(rec)).toBe(true);
  });
  it.each([
    ['an unknown action', (d: Record<string, unknown>) => ({ ...d, action: 'ban' })],
    ['a category outside TILLÅT INTE', (d: Record<string, unknown>) => ({ ...d, categories: ['spam'] })],
    ['a finding without a span', (d: Record<string, unknown>) => ({ ...d, findings: [{ ruleId: 'r', category: 'profanity', text: 'x', messageId: 'm' }] })],
    ['a negative offset', (d: Record<string, unknown>) => ({ ...d, personalData: [{ kind: 'phone', start: -1, end: 3, text: '070' }] })],
    ['a missing reply', ({ reply: _r, ...d }: Record<string, unknown>) => d],
  ])('rejects %s', (_what, spoil) => {
    expect(validate(spoil(sample() as unknown as Record<string, unknown>))).toBe(false);
  });
  it('is what zod makes of DecisionSchema as it is now (npm run build rebuilds it)', () => {
    expect(decisionJsonSchema).toEqual(decisionJsonSchemaOf());
    expect(readFileSync(SCHEMA_FILE, 'utf8') === schemaModule(decisionJsonSchemaOf())).toBe(true);
  });
  // `npm test` builds first; the file is what the package ships as moderera/decision.schema.json.
  it('is what the build writes to dist/decision.schema.json', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'dist/decision.schema.json'), 'utf8'))).toEqual(decisionJsonSchema);
  });
});

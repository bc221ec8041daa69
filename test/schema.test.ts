// The zod schema is the one source of truth; the committed JSON Schema must match it.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ClaimSchema, claimJsonSchema } from '../src/schema.js';
import { claims } from './helpers.js';

describe('schema', () => {
  it('schema/claims.schema.json is the JSON Schema made from src/schema.ts (run `npm run schema` when this fails)', () => {
    const committed = JSON.parse(fs.readFileSync('schema/claims.schema.json', 'utf8'));
    expect(committed).toEqual(claimJsonSchema());
  });

  it('`claims schema` prints it', () => {
    const r = claims(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(claimJsonSchema());
  });

  it('every key is required, so records always carry all of them, but findings (only with --explain)', () => {
    const schema = claimJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect([...schema.required].sort()).toEqual(Object.keys(schema.properties).filter((k) => k !== 'findings').sort());
    expect(() => ClaimSchema.parse({ schemaVersion: 1 })).toThrow();
  });
});

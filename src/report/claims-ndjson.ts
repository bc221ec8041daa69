// --format ndjson: one record a line; input errors are records too ({"type":"error", ...}).
import type { Claim, InputError } from '../schema.js';
import type { ClaimFormatter } from './claims.js';

export const ndjsonFormatter: ClaimFormatter = {
  start: () => '',
  claim: (c: Claim) => `${JSON.stringify(c)}\n`,
  line: (json: string) => `${json}\n`,
  error: (e: InputError) => `${JSON.stringify(e)}\n`,
  end: () => '',
  streams: true,
};

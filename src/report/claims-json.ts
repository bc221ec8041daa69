// --format json: one array of claim records, a stable contract (schemaVersion in each record).
import type { Claim } from '../schema.js';
import type { ClaimFormatter } from './claims.js';

export const jsonFormatter: ClaimFormatter = {
  start: () => '[',
  claim: (c: Claim, i: number) => `${i === 0 ? '\n' : ',\n'}${JSON.stringify(c)}`,
  error: () => '',
  end: (count: number) => (count ? '\n]\n' : ']\n'),
  streams: false,
};

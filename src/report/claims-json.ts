// --format json: one array of claim records, a stable contract (schemaVersion in each record).
import type { Claim } from '../schema.js';
import type { ClaimFormatter } from './claims.js';

export const jsonFormatter: ClaimFormatter = {
  start: () => '[',
  claim: (c: Claim, i: number) => jsonLine(JSON.stringify(c), i),
  line: (json: string, i: number) => jsonLine(json, i),
  error: () => '',
  end: (count: number) => (count ? '\n]\n' : ']\n'),
  streams: false,
};

function jsonLine(json: string, i: number): string {
  return `${i === 0 ? '\n' : ',\n'}${json}`;
}

// The formats of `claims extract`, chosen by name from a small registry.
import type { Claim, InputError } from '../schema.js';
import { jsonFormatter } from './claims-json.js';
import { ndjsonFormatter } from './claims-ndjson.js';

export interface ClaimFormatter {
  start(): string;
  claim(c: Claim, index: number): string;
  /** the same as claim(), from the claim's JSON.stringify (json and ndjson only) */
  line?(json: string, index: number): string;
  error(e: InputError): string;
  end(count: number): string;
  /** writes each article as it comes (ndjson); json waits for the whole run (table, csv and tsv: see claims-table.ts, claims-csv.ts) */
  streams: boolean;
}

export const CLAIM_FORMATS = ['table', 'json', 'ndjson', 'csv', 'tsv'] as const;
export type ClaimFormat = (typeof CLAIM_FORMATS)[number];

export const STREAM_FORMATTERS = new Map<string, ClaimFormatter>([['json', jsonFormatter], ['ndjson', ndjsonFormatter]]);

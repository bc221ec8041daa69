// The data a report page embeds, read back for the tests: plain JSON or gzip'd base64.
import { gunzipSync } from 'node:zlib';
import type { ReportData } from '../src/report/html/model.js';

export function dataOf(html: string): ReportData {
  const plain = /<script type="application\/json" id="report-data">([^<]*)<\/script>/u.exec(html);
  if (plain) return JSON.parse(plain[1]!) as ReportData;
  const packed = /data-encoding="gzip-base64">([A-Za-z0-9+/=]+)<\/script>/u.exec(html);
  if (!packed) throw new Error('no report data in the page');
  return JSON.parse(gunzipSync(Buffer.from(packed[1]!, 'base64')).toString('utf8')) as ReportData;
}

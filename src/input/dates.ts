// Dates of publication: what pages and archives give, as one comparable form (ISO 8601, UTC).

/** An ISO 8601 date-time (UTC) for a date a page or a record gives, or null when it is no date. */
export function isoDate(raw: string): string | null {
  const s = raw.trim();
  if (s === '' || s.length > 64) return null;
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString();
}

/** --since and --until as instants (ms); a bound given as a day takes the whole day in. */
export interface DateRange { since: number | null; until: number | null }

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The instant a bound names, or undefined when it is no date. */
export function parseBound(raw: string, end: boolean): number | undefined {
  const s = raw.trim();
  const ms = Date.parse(DAY.test(s) ? `${s}T00:00:00Z` : s);
  if (Number.isNaN(ms)) return undefined;
  return DAY.test(s) && end ? ms + 24 * 3600 * 1000 - 1 : ms;
}

/** Whether an article published then is in the range; an article of unknown date is in no range. */
export function inRange(published: string | null, range: DateRange): boolean {
  if (published === null) return false;
  const ms = Date.parse(published);
  if (Number.isNaN(ms)) return false;
  return (range.since === null || ms >= range.since) && (range.until === null || ms <= range.until);
}

/**
 * Articles in time order where their date is known, undated ones after them in input order:
 * `matrix` and `diff` read a change of position in time. The sort is stable.
 */
export function byPublished<T>(items: readonly T[], published: (item: T) => string | null): T[] {
  const keyed = items.map((item, i) => ({ item, i, ms: dateMs(published(item)) }));
  keyed.sort((a, b) => (a.ms === b.ms ? a.i - b.i : a.ms === null ? 1 : b.ms === null ? -1 : a.ms - b.ms));
  return keyed.map((k) => k.item);
}

function dateMs(published: string | null): number | null {
  if (published === null) return null;
  const ms = Date.parse(published);
  return Number.isNaN(ms) ? null : ms;
}

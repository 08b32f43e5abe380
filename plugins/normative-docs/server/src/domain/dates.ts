/**
 * Calendar dates (YYYY-MM-DD) as the 规范性文件 carry them. A document's 有效期至 is a civil date in
 * China Standard Time, so "today" is always taken in Asia/Shanghai, whatever the server's TZ is.
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const shanghaiDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The civil date in Asia/Shanghai at instant `now` (clock injected so callers and tests control it). */
export function todayInShanghai(now: Date): IsoDate {
  if (Number.isNaN(now.getTime())) throw new RangeError('todayInShanghai: invalid Date');
  const parts = Object.fromEntries(shanghaiDate.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** A real calendar date in YYYY-MM-DD form (rejects 2026-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Strapi sends a `date` field as YYYY-MM-DD and a `datetime` field as an ISO instant; an instant is
 * reduced to its civil date in Asia/Shanghai (2026-11-26T16:30Z is 2026-11-27). Anything else → null.
 */
export function toIsoDate(value: string | Date | null | undefined): IsoDate | null {
  if (value == null || value === '') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : todayInShanghai(value);
  if (isIsoDate(value)) return value;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : todayInShanghai(instant);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

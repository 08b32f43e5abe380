/**
 * Calendar dates in a given time zone. Observation dates, edition changes and quarters are all civil dates
 * in China Standard Time (UTC+8, no daylight saving), so an instant is first turned into its local date.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// ISO 8601 date-time as produced by Date#toISOString or typed by people: a zone is required, so that the
// civil date is not decided by the server's own time zone.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True when `s` is a real `YYYY-MM-DD` date (rejects 2026-02-30). */
export function isCalendarDate(s: string): boolean {
  const m = DATE_ONLY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// Building an Intl.DateTimeFormat costs far more than formatting with one (a CSV import formats every row).
const formats = new Map<string, Intl.DateTimeFormat>();
const dateFormat = (timeZone: string) => {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, f);
  }
  return f;
};

/**
 * The civil date (`YYYY-MM-DD`) of `date` in `timeZone`. A `YYYY-MM-DD` string is already a civil date and is
 * returned unchanged; a date-time string must carry a zone (`Z` or `+08:00`). Returns null when unreadable.
 */
export function toCalendarDate(date: string | Date, timeZone: string = DEFAULT_TIME_ZONE): string | null {
  if (typeof date === 'string') {
    if (DATE_ONLY.test(date)) return isCalendarDate(date) ? date : null;
    if (!DATE_TIME.test(date) || !isCalendarDate(date.slice(0, 10))) return null;
    return toCalendarDate(new Date(date), timeZone);
  }
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return null;
  const parts = dateFormat(timeZone).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

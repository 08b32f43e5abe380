/**
 * Civil dates (`YYYY-MM-DD`) in China Standard Time and the ways a legal period is counted (in calendar days,
 * working days or months).
 *
 * China Standard Time is UTC+8 without daylight saving (none since 1991), so an instant's civil date is its UTC
 * date 8 hours later. Periods follow 民法典 第二百零一条 (the starting day is not counted) and 第二百零二条 (a
 * period of months ends on the corresponding day of the last month, or on its last day when it has none).
 * Working days are Monday to Friday: public holidays and the weekend days worked in their place (调休) are not
 * modelled, so a period in working days may end a little earlier than the official calendar would have it.
 */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A date-time without a zone is read as UTC (what the database stores), never in the server's own time zone.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when `s` is a real `YYYY-MM-DD` date (not 2025-02-29). */
export function isCivilDate(s: string): boolean {
  const m = DATE_ONLY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

const fromUtcMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const toUtcMs = (day: string) =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

/**
 * The civil date in China of a date or an instant: a `YYYY-MM-DD` string is one already; a date-time string is
 * read in its zone (`Z`, `+08:00`; none: UTC); a `Date` (or milliseconds since the epoch) is an instant. `null`
 * when unreadable.
 */
export function civilDate(value: string | number | Date | null | undefined): string | null {
  if (typeof value === 'number') return civilDate(new Date(value));
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? null : fromUtcMs(ms + CST_OFFSET_MS);
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (DATE_ONLY.test(text)) return isCivilDate(text) ? text : null;
  const m = DATE_TIME.exec(text);
  if (!m || !isCivilDate(m[1])) return null;
  const zone = m[3] === undefined ? 'Z' : m[3].length === 5 ? `${m[3].slice(0, 3)}:${m[3].slice(3)}` : m[3];
  return civilDate(new Date(`${m[1]}T${m[2]}${zone}`));
}

/** `YYYY-MM-DD` of a year, a month (1–12) and a day, the day kept within the month (31 February → 28/29). */
export function civilDateOf(year: number, month: number, day: number): string {
  const date = Math.min(day, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** `day` plus `months` months: the corresponding day, or the month's last day when it has none (民法典 202). */
export function addMonths(day: string, months: number): string {
  const index = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + months;
  return civilDateOf(Math.floor(index / 12), (index % 12) + 1, Number(day.slice(8, 10)));
}

/** `day` plus `n` calendar days (`n` may be negative); `day` itself is not counted (民法典 201). */
export function addDays(day: string, n: number): string {
  return fromUtcMs(toUtcMs(day) + n * DAY_MS);
}

/** `to` − `from` in calendar days: 1 from a day to the next, negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  return ((new Date(toUtcMs(day)).getUTCDay() + 6) % 7) + 1;
}

/** The `n`-th working day (Monday–Friday) after `day`; `day` itself is not counted (民法典 201). */
export function addWorkingDays(day: string, n: number): string {
  let ms = toUtcMs(day);
  for (let left = n; left > 0; ) {
    ms += DAY_MS;
    if (isoWeekday(fromUtcMs(ms)) <= 5) left--;
  }
  return fromUtcMs(ms);
}

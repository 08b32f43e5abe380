/**
 * Calendar quarters in China Standard Time, for the listing of townships whose quarterly environmental
 * disclosure is overdue (a township is overdue when nothing covers the previous quarter).
 * Format: `2026Q3` (year, 'Q', 1–4).
 */
import { DEFAULT_TIME_ZONE, daysInMonth, toCalendarDate } from './calendar';
import { DomainValidationError } from '@gov-portal/kit/domain';

export type QuarterNumber = 1 | 2 | 3 | 4;

export interface Quarter {
  year: number;
  quarter: QuarterNumber;
  /** e.g. '2026Q3' */
  id: string;
}

const QUARTER_ID = /^(\d{4})Q([1-4])$/;

function makeQuarter(year: number, quarter: QuarterNumber): Quarter {
  return { year, quarter, id: `${String(year).padStart(4, '0')}Q${quarter}` };
}

function civilDate(date: string | Date, timeZone: string): string {
  const day = toCalendarDate(date, timeZone);
  if (day === null)
    throw DomainValidationError.of('date', 'invalid', '日期格式应为 YYYY-MM-DD 或带时区的 ISO 时间');
  return day;
}

/** The quarter a date falls in, judged by the civil date in `timeZone`. */
export function quarterOf(date: string | Date, timeZone: string = DEFAULT_TIME_ZONE): Quarter {
  const day = civilDate(date, timeZone);
  const month = Number(day.slice(5, 7));
  return makeQuarter(Number(day.slice(0, 4)), (Math.floor((month - 1) / 3) + 1) as QuarterNumber);
}

/** The quarter `by` quarters after `q` (negative `by`: before). */
export function shiftQuarter(q: Quarter, by: number): Quarter {
  const index = q.year * 4 + (q.quarter - 1) + by;
  return makeQuarter(Math.floor(index / 4), ((index % 4) + 1) as QuarterNumber);
}

/** The last complete quarter as of `now` (e.g. any instant of 2026-10-xx in Shanghai → 2026Q3). */
export function previousQuarter(now: Date = new Date(), timeZone: string = DEFAULT_TIME_ZONE): Quarter {
  return shiftQuarter(quarterOf(now, timeZone), -1);
}

export function formatQuarter(q: Pick<Quarter, 'year' | 'quarter'>): string {
  return makeQuarter(q.year, q.quarter).id;
}

/** Parses '2026Q3'; throws `DomainValidationError` on `field` otherwise. */
export function parseQuarter(id: string, field = 'quarter'): Quarter {
  const m = typeof id === 'string' ? QUARTER_ID.exec(id.trim()) : null;
  if (!m) throw DomainValidationError.of(field, 'invalid', '季度格式应为 YYYYQn，如 2026Q3');
  return makeQuarter(Number(m[1]), Number(m[2]) as QuarterNumber);
}

/** First and last civil dates (inclusive) of a quarter. */
export function quarterDates(q: Quarter): { first: string; last: string } {
  const firstMonth = (q.quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const pad = (n: number) => String(n).padStart(2, '0');
  const y = String(q.year).padStart(4, '0');
  return {
    first: `${y}-${pad(firstMonth)}-01`,
    last: `${y}-${pad(lastMonth)}-${pad(daysInMonth(q.year, lastMonth))}`,
  };
}

/** True when `date` (civil date in `timeZone`) lies in quarter `q`. */
export function isInQuarter(date: string | Date, q: Quarter, timeZone: string = DEFAULT_TIME_ZONE): boolean {
  return quarterOf(date, timeZone).id === q.id;
}

/** Orders quarter ids chronologically (negative when `a` is earlier). */
export function compareQuarters(a: Quarter, b: Quarter): number {
  return a.year * 4 + a.quarter - (b.year * 4 + b.quarter);
}

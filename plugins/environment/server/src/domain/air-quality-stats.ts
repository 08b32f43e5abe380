/**
 * Monthly air-quality statistics for 环境信息公开 pages: the daily AQI series, days per level and the
 * share of good days (优良天数比例).
 *
 * Only daily-report (`24h`) observations count: a day's AQI is the 日报 AQI of HJ 633 (§ daily report),
 * and 优良天数 in 《环境空气质量评价技术规范（试行）》(HJ 663-2013) are counted from daily AQI. Hourly
 * observations are never averaged into a day here — turning hours into a valid daily value needs the data
 * validity rules of GB 3095-2012 表4 (at least 20 hourly values, 6 for O3 8-hour …), which belong to the
 * monitoring system, not to a web page. They are returned in `ignored` so the caller can see them.
 * A day is “valid” when it has a 24h observation from which an AQI could be computed; a day above the scale
 * (`aqi: null`, '>500') is a valid 六级 day.
 */
import type { AqiLevel, Averaging, ConcentrationKey } from './aqi-types';
import { computeAqi, type AqiResult } from './aqi';
import { isCalendarDate } from './calendar';
import { DomainValidationError, problem, type FieldError } from '@gov-portal/kit/domain';

export interface AirObservation {
  /** Civil date YYYY-MM-DD (Asia/Shanghai) the daily report is for. */
  date: string;
  averaging: Averaging;
  concentrations: Partial<Record<ConcentrationKey, number>>;
}

export interface DailyAqi {
  date: string;
  result: AqiResult;
}

export interface DailySeries {
  /** YYYY-MM when a month was asked for. */
  month?: string;
  /** One entry per day with a 24h observation, in date order. */
  days: DailyAqi[];
  /** Indexes (in the input array) of observations not used: hourly ones, or outside the month. */
  ignored: number[];
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Daily AQI series from 24h observations, optionally restricted to `month` (YYYY-MM).
 * Throws `DomainValidationError` naming `observations[i].…` for a bad date, two 24h observations of the same day, or
 * anything `computeAqi` rejects.
 */
export function dailySeries(observations: readonly AirObservation[], month?: string): DailySeries {
  if (month !== undefined && !MONTH.test(month))
    throw DomainValidationError.of('month', 'invalid', '月份格式应为 YYYY-MM，如 2026-03');
  const errors: FieldError[] = [];
  const days: DailyAqi[] = [];
  const ignored: number[] = [];
  const seen = new Map<string, number>();

  observations.forEach((obs, i) => {
    const at = `observations[${i}]`;
    if (obs.averaging !== '24h') {
      ignored.push(i);
      return;
    }
    if (typeof obs.date !== 'string' || !isCalendarDate(obs.date)) {
      errors.push(problem(`${at}.date`, 'invalid', '日期格式应为 YYYY-MM-DD'));
      return;
    }
    if (month !== undefined && !obs.date.startsWith(`${month}-`)) {
      ignored.push(i);
      return;
    }
    const earlier = seen.get(obs.date);
    if (earlier !== undefined) {
      errors.push(
        problem(
          `${at}.date`,
          'invalid',
          `与 observations[${earlier}] 同为 ${obs.date} 的日报，每天只能有一条`,
        ),
      );
      return;
    }
    seen.set(obs.date, i);
    try {
      days.push({
        date: obs.date,
        result: computeAqi({ averaging: '24h', date: obs.date, concentrations: obs.concentrations }),
      });
    } catch (e) {
      if (!(e instanceof DomainValidationError)) throw e;
      errors.push(
        ...e.errors.map((fe) => ({
          field: `${at}.${fe.field}`,
          rule: fe.rule,
          message: `${at}.${fe.message}`,
        })),
      );
    }
  });

  if (errors.length > 0) throw new DomainValidationError(errors);
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ...(month !== undefined ? { month } : {}), days, ignored };
}

export type LevelCounts = Record<AqiLevel, number>;

/** Number of days at each level 一级–六级 (all six keys present, zero when none). */
export function levelCounts(days: readonly DailyAqi[]): LevelCounts {
  const counts: LevelCounts = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 };
  for (const d of days) counts[d.result.level] += 1;
  return counts;
}

export interface GoodDaysRatio {
  /** 优良天数: days with AQI ≤ 100 (levels 一级 and 二级). */
  goodDays: number;
  validDays: number;
  /** goodDays / validDays; null when there is no valid day (a ratio of nothing is not 0%). */
  fraction: number | null;
  /** e.g. '93.5%', one decimal rounded half up; null when there is no valid day. */
  percent: string | null;
}

/** 优良天数比例 = days with AQI ≤ 100 / valid days. */
export function goodDaysRatio(days: readonly DailyAqi[]): GoodDaysRatio {
  const validDays = days.length;
  const goodDays = days.filter((d) => d.result.aqi !== null && d.result.aqi <= 100).length;
  if (validDays === 0) return { goodDays, validDays, fraction: null, percent: null };
  // Tenths of a percent in integer arithmetic, half up: floor((2·1000·g + v) / (2v)).
  const tenths = Math.floor((2000 * goodDays + validDays) / (2 * validDays));
  return {
    goodDays,
    validDays,
    fraction: goodDays / validDays,
    percent: `${Math.floor(tenths / 10)}.${tenths % 10}%`,
  };
}

export interface MonthlySummary extends DailySeries {
  levelCounts: LevelCounts;
  goodDaysRatio: GoodDaysRatio;
}

/** The series and both statistics in one call, as a monthly 空气质量状况 page needs them. */
export function monthlySummary(observations: readonly AirObservation[], month?: string): MonthlySummary {
  const series = dailySeries(observations, month);
  return { ...series, levelCounts: levelCounts(series.days), goodDaysRatio: goodDaysRatio(series.days) };
}

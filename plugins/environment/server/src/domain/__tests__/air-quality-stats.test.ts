import {
  dailySeries,
  goodDaysRatio,
  levelCounts,
  monthlySummary,
  type AirObservation,
} from '../air-quality-stats';
import { DomainValidationError } from '@gov-portal/kit/domain';

/** A 24h observation whose AQI is driven by PM2.5 alone. */
function day(date: string, pm25: number): AirObservation {
  return { date, averaging: '24h', concentrations: { pm25, so2: 5, no2: 10 } };
}

// PM2.5 → IAQI: 20 → 29 (优), 60 → 82 (良), 100 → 132 (轻度), 130 → 172 (中度), 200 → 250 (重度), 400 → 434 (严重)
const MARCH: AirObservation[] = [
  day('2026-03-03', 60),
  day('2026-03-01', 20),
  day('2026-03-02', 20),
  { date: '2026-03-02', averaging: '1h', concentrations: { pm25: 300 } },
  day('2026-03-04', 100),
  day('2026-03-05', 130),
  day('2026-03-06', 200),
  day('2026-03-07', 400),
  day('2026-03-08', 75),
  day('2026-04-01', 20),
];

describe('dailySeries', () => {
  it('gives one AQI result per day from 24h observations, in date order, within the month', () => {
    const s = dailySeries(MARCH, '2026-03');
    expect(s.month).toBe('2026-03');
    expect(s.days.map((d) => [d.date, d.result.aqi])).toEqual([
      ['2026-03-01', 29],
      ['2026-03-02', 29],
      ['2026-03-03', 82],
      ['2026-03-04', 132],
      ['2026-03-05', 172],
      ['2026-03-06', 250],
      ['2026-03-07', 434],
      ['2026-03-08', 100],
    ]);
    expect(s.days[0].result.averaging).toBe('24h');
  });

  it('leaves hourly observations and other months out, and says which', () => {
    expect(dailySeries(MARCH, '2026-03').ignored).toEqual([3, 9]);
    expect(dailySeries(MARCH).ignored).toEqual([3]);
  });

  it('rejects two daily observations for the same day', () => {
    try {
      dailySeries([day('2026-03-01', 10), day('2026-03-01', 12)]);
      throw new Error('expected a DomainValidationError');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainValidationError);
      expect((e as DomainValidationError).errors.map((x) => x.field)).toEqual(['observations[1].date']);
    }
  });

  it('names the observation and field of a bad concentration', () => {
    try {
      dailySeries([
        day('2026-03-01', 10),
        { date: '2026-03-02', averaging: '24h', concentrations: { pm10: -4 } },
      ]);
      throw new Error('expected a DomainValidationError');
    } catch (e) {
      expect((e as DomainValidationError).errors).toEqual([
        { field: 'observations[1].pm10', rule: 'invalid', message: 'observations[1].pm10: 浓度不得为负数' },
      ]);
    }
  });

  it('rejects a malformed month', () => {
    expect(() => dailySeries(MARCH, '2026-3')).toThrow(DomainValidationError);
  });
});

describe('levelCounts', () => {
  it('counts the days of each level, with zero for levels that did not occur', () => {
    expect(levelCounts(dailySeries(MARCH, '2026-03').days)).toEqual({ 1: 2, 2: 2, 3: 1, 4: 1, 5: 1, 6: 1 });
    expect(levelCounts([])).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 });
  });

  it('counts a day above the scale as 六级', () => {
    expect(levelCounts(dailySeries([day('2026-03-01', 600)]).days)[6]).toBe(1);
  });
});

describe('goodDaysRatio (优良天数比例)', () => {
  it('divides the days with AQI ≤ 100 by the valid days', () => {
    // 优 2 + 良 2 (AQI 82 and exactly 100) out of 8
    expect(goodDaysRatio(dailySeries(MARCH, '2026-03').days)).toEqual({
      goodDays: 4,
      validDays: 8,
      fraction: 0.5,
      percent: '50.0%',
    });
  });

  it.each([
    [28, 30, '93.3%'],
    [29, 31, '93.5%'],
    [1, 16, '6.3%'],
    [1, 3, '33.3%'],
    [2, 3, '66.7%'],
    [31, 31, '100.0%'],
    [0, 30, '0.0%'],
  ])('gives %d of %d days as %s (one decimal, half up)', (good, valid, percent) => {
    const days = [
      ...Array.from({ length: good }, (_, i) => day(`2026-01-${String(i + 1).padStart(2, '0')}`, 20)),
      ...Array.from({ length: valid - good }, (_, i) =>
        day(`2026-01-${String(good + i + 1).padStart(2, '0')}`, 120),
      ),
    ];
    const r = goodDaysRatio(dailySeries(days).days);
    expect(r.percent).toBe(percent);
    expect(r.fraction).toBeCloseTo(good / valid, 12);
  });

  it('has no ratio when there is no valid day', () => {
    expect(goodDaysRatio([])).toEqual({ goodDays: 0, validDays: 0, fraction: null, percent: null });
  });
});

describe('monthlySummary', () => {
  it('returns the series with its level counts and good-days ratio', () => {
    const m = monthlySummary(MARCH, '2026-03');
    expect(m.days).toHaveLength(8);
    expect(m.levelCounts[1]).toBe(2);
    expect(m.goodDaysRatio.percent).toBe('50.0%');
  });
});

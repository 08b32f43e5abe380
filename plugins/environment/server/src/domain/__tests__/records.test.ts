import {
  forecastFields,
  normalizeObservedAt,
  observationFields,
  polluterFields,
  waterFields,
} from '../records';
import { DomainValidationError } from '@gov-portal/kit/domain';

const fields = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainValidationError) return e.errors.map((x) => x.field);
    throw e;
  }
  return [];
};

describe('observationFields', () => {
  it('computes the AQI fields and the civil date in Beijing time', () => {
    const r = observationFields({
      observedAt: '2026-01-31T17:00:00Z',
      averaging: '1h',
      concentrations: { pm25: 80, no2: null, so2: '' },
    });
    expect(r).toMatchObject({ observedDate: '2026-02-01', aqi: 107, level: 3, primaryPollutants: ['pm25'] });
  });

  it('reads a zone-less time as Beijing time', () => {
    expect(normalizeObservedAt('2026-03-01 08:00')).toBe('2026-03-01T00:00:00.000Z');
    expect(normalizeObservedAt('2026-03-01')).toBe('2026-02-28T16:00:00.000Z');
  });

  it('names every bad field', () => {
    expect(fields(() => observationFields({ observedAt: 'x', averaging: '8h', concentrations: {} }))).toEqual(
      ['observedAt', 'averaging'],
    );
    expect(
      fields(() => observationFields({ observedAt: '2026-01-01', averaging: '24h', concentrations: {} })),
    ).toEqual(['concentrations']);
  });
});

describe('forecastFields', () => {
  it('spans levels and defaults the texts to the worst level of 表2', () => {
    expect(forecastFields({ date: '2026-01-01', aqiLow: 40, aqiHigh: 40 })).toMatchObject({
      levels: ['一级'],
      levelLabel: '一级',
      category: '优',
    });
    const wide = forecastFields({ date: '2026-01-01', aqiLow: 90, aqiHigh: 210, advice: '减少户外活动' });
    expect(wide).toMatchObject({
      levels: ['二级', '三级', '四级', '五级'],
      category: '良至重度污染',
      advice: '减少户外活动',
    });
  });

  it('refuses an inverted or out-of-scale range', () => {
    expect(fields(() => forecastFields({ date: '2026-01-01', aqiLow: 120, aqiHigh: 80 }))).toEqual([
      'aqiHigh',
    ]);
    expect(fields(() => forecastFields({ date: '2026-02-30', aqiLow: -1, aqiHigh: 600 }))).toEqual([
      'date',
      'aqiLow',
      'aqiHigh',
    ]);
  });
});

describe('waterFields', () => {
  it('judges tap water by GB 5749-2022 and a river section by its GB 3838-2002 target class', () => {
    const tap = waterFields({
      quarter: '2026Q1',
      sourceType: 'tap',
      results: [{ indicator: 'freeChlorine', value: 0.03 }],
    });
    expect(tap).toMatchObject({ compliant: false, standard: 'GB 5749-2022', waterClass: null });
    const river = waterFields({
      quarter: '2026Q1',
      sourceType: 'river',
      targetClass: 4,
      results: [{ indicator: 'ammoniaNitrogen', value: 1.2 }],
    });
    expect(river).toMatchObject({ compliant: true, standard: 'GB 3838-2002 Ⅳ类', waterClass: 4 });
  });

  it('names the bad fields', () => {
    expect(
      fields(() =>
        waterFields({
          quarter: '2026Q1',
          sourceType: 'lake',
          sampledOn: '2026-05-01',
          results: [{ value: 1 }],
        }),
      ),
    ).toEqual(['sampledOn', 'sourceType', 'results[0].indicator']);
    expect(
      fields(() =>
        waterFields({
          quarter: '2026Q1',
          sourceType: 'river',
          results: [{ indicator: 'cod', value: 'notDetected' }],
        }),
      ),
    ).toEqual(['results[0].value']);
  });
});

describe('polluterFields', () => {
  it('computes exceeds per pollutant and names bad rows as pollutants[i]', () => {
    const r = polluterFields({
      pollutants: [
        { pollutant: 'SO2', dischargeMode: '有组织排放', concentration: 120, limit: 100 },
        { pollutant: 'NOx', dischargeMode: '有组织排放', concentration: 80, limit: 100 },
      ],
    });
    expect(r.pollutants.map((p) => p.exceeds)).toEqual([true, false]);
    expect(r).toMatchObject({ compliant: false, exceedingPollutants: ['SO2'] });
    expect(
      fields(() =>
        polluterFields({
          pollutants: [{ pollutant: 'SO2', dischargeMode: 'x', concentration: -1, limit: 100 }],
        }),
      ),
    ).toEqual(['pollutants[0].concentration']);
    expect(fields(() => polluterFields({ pollutants: [] }))).toEqual(['pollutants']);
  });
});

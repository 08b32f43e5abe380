import { DomainValidationError } from '@gov-portal/kit/domain';
import { exceedanceMultiple, exceeds, summarizeEmissions } from '../polluter';

describe('exceeds', () => {
  it.each<[number, number | { min?: number; max?: number }, boolean]>([
    [50, 50, false],
    [50.1, 50, true],
    [0, 50, false],
    [6, { min: 6, max: 9 }, false],
    [9, { min: 6, max: 9 }, false],
    [5.9, { min: 6, max: 9 }, true],
    [9.1, { min: 6, max: 9 }, true],
    [3, { min: 5 }, true],
  ])('judges %d against limit %j as exceeding: %s', (c, limit, expected) => {
    expect(exceeds(c, limit)).toBe(expected);
  });

  it('rejects a negative concentration and a missing limit, naming the field', () => {
    expect(() => exceeds(-1, 10)).toThrow(expect.objectContaining({ field: 'concentration' }));
    expect(() => exceeds(1, {})).toThrow(expect.objectContaining({ field: 'limit' }));
    expect(() => exceeds(1, { min: 9, max: 6 })).toThrow(DomainValidationError);
  });
});

describe('exceedanceMultiple (超标倍数)', () => {
  it('is (C − L) / L to two decimals above an upper limit', () => {
    expect(exceedanceMultiple(150, 100)).toBe(0.5);
    expect(exceedanceMultiple(320, 100)).toBe(2.2);
    expect(exceedanceMultiple(101, 30)).toBe(2.37);
  });

  it('is null when within the limit or for a lower bound', () => {
    expect(exceedanceMultiple(100, 100)).toBeNull();
    expect(exceedanceMultiple(5, { min: 6, max: 9 })).toBeNull();
  });
});

describe('summarizeEmissions', () => {
  const report = [
    { pollutant: '化学需氧量', outlet: 'DW001', concentration: 45, limit: 50, unit: 'mg/L' },
    { pollutant: '氨氮', outlet: 'DW001', concentration: 8.2, limit: 5, unit: 'mg/L' },
    { pollutant: 'pH', outlet: 'DW001', concentration: 9.4, limit: { min: 6, max: 9 } },
    { pollutant: '氨氮', outlet: 'DW002', concentration: 6, limit: 5, unit: 'mg/L' },
  ];

  it('counts exceedances and lists the pollutants and outlets concerned', () => {
    const s = summarizeEmissions(report);
    expect(s).toMatchObject({
      compliant: false,
      total: 4,
      exceedingCount: 3,
      exceedingPollutants: ['氨氮', 'pH'],
      exceedingOutlets: ['DW001', 'DW002'],
    });
    expect(s.items[1]).toMatchObject({ exceeds: true, exceedanceMultiple: 0.64 });
    expect(s.items[0]).toMatchObject({ exceeds: false, exceedanceMultiple: null });
  });

  it('is compliant when nothing exceeds', () => {
    expect(summarizeEmissions([report[0]]).compliant).toBe(true);
  });

  it('names every bad row', () => {
    try {
      summarizeEmissions([
        { pollutant: '', concentration: 1, limit: 2 },
        { pollutant: '总磷', concentration: Number.NaN, limit: 0.5 },
      ]);
      throw new Error('expected a DomainValidationError');
    } catch (e) {
      expect((e as DomainValidationError).errors.map((x) => x.field)).toEqual([
        'measurements[0].pollutant',
        'measurements[1].concentration',
      ]);
    }
  });

  it('rejects an empty report', () => {
    expect(() => summarizeEmissions([])).toThrow(expect.objectContaining({ field: 'measurements' }));
  });
});

import { observationRule } from '../observation-rules';

describe('observationRule', () => {
  it.each([
    [
      'computes the AQI fields (HJ 633-2012) and overwrites a hand-typed AQI',
      { observedAt: '2025-01-01T08:00:00+08:00', averaging: '1h', pm25: 120, aqi: 1, station: 's' },
      [],
      { aqi: 158, level: 4, observedDate: '2025-01-01' },
    ],
    [
      'defaults to 实时报 (1h)',
      { observedAt: '2025-01-01T08:00:00+08:00', pm25: 35, station: 's' },
      [],
      { aqi: 50, level: 1 },
    ],
    [
      'refuses a bad averaging and a missing station',
      { observedAt: '2025-01-01T08:00:00+08:00', averaging: '8h', pm25: 35 },
      ['averaging', 'station'],
      {},
    ],
    ['refuses a bad time', { observedAt: 'yesterday', pm25: 35, station: ['s'] }, ['observedAt'], {}],
  ])('%s', (_label, input, fields, computed) => {
    const after: Record<string, unknown> = { ...input };
    const problems = observationRule(after);
    expect(problems.map((p) => p.field)).toEqual(fields);
    expect(after).toMatchObject(computed);
  });
});

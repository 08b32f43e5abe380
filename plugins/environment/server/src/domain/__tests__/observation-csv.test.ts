import { parseObservationCsv } from '../observation-csv';

const HEADER = 'station,observedAt,averaging,so2,no2,pm10,co,o3_1h,o3_8h,pm25';

describe('parseObservationCsv', () => {
  it('parses good rows with the computed AQI', () => {
    const { rows, errors } = parseObservationCsv(`${HEADER}\ndx,2026-01-01,24h,,,,,,,80\n`);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ row: 2, station: 'dx', aqi: 107, observedDate: '2026-01-01' });
  });

  it('reports every bad row with line and column, and duplicates within the file', () => {
    const { rows, errors } = parseObservationCsv(
      [
        HEADER,
        'dx,2026-01-01 01:00,1h,1e3,,,,,,10',
        'dx,2026-01-01 02:00,1h,,,,,,,',
        'dx,2026-01-01 03:00,1h,,,,,,,10',
        'dx,2026-01-01T03:00+08:00,1h,,,,,,,12',
        'dx,2026-01-01,24h',
      ].join('\n'),
    );
    expect(rows).toHaveLength(1);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'so2'],
      [3, 'so2|no2|pm10|co|o3_1h|o3_8h|pm25'],
      [5, 'observedAt'],
      [6, 'row'],
    ]);
  });

  it('checks the header', () => {
    expect(parseObservationCsv('').errors[0]).toMatchObject({ row: 1, column: 'file' });
    expect(
      parseObservationCsv('station,observedAt,averaging,pm25,nh3\n').errors.map((e) => e.column),
    ).toEqual(['so2', 'no2', 'pm10', 'co', 'o3_1h', 'o3_8h', 'nh3']);
  });
});

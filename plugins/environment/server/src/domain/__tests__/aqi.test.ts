import fc from 'fast-check';

import { editionFor } from '../../data/editions';
import { aqiLevelInfo, computeAqi, computeIaqi, parseAqiQuery, type AqiInput } from '../aqi';
import { POLLUTANT_KEYS } from '../aqi-types';
import { DomainValidationError, type FieldError } from '@gov-portal/kit/domain';

const DAY = '2025-06-15';

function daily(concentrations: AqiInput['concentrations']) {
  return computeAqi({ averaging: '24h', date: DAY, concentrations });
}

function fieldErrors(fn: () => unknown): FieldError[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainValidationError) return [...e.errors];
    throw e;
  }
  throw new Error('expected a DomainValidationError');
}

describe('computeAqi', () => {
  it('takes the AQI as the largest IAQI and names it the primary pollutant', () => {
    const r = daily({ so2: 10, no2: 30, pm10: 80, co: 0.8, o3_8h: 90, pm25: 36 });
    // PM10 80 → 50/100×30+50 = 65; PM2.5 36 → 52; O3 90 → 45
    expect(r.iaqi.pm10?.value).toBe(65);
    expect(r.aqi).toBe(65);
    expect(r.display).toBe('65');
    expect(r.primaryPollutants).toEqual(['pm10']);
    expect(r.exceedingPollutants).toEqual([]);
    expect(r).toMatchObject({
      level: 2,
      levelLabel: '二级',
      category: '良',
      aboveScale: false,
      edition: 'HJ 633-2012',
    });
    expect(r.color).toEqual({ name: '黄色', hex: '#FFFF00', rgb: [255, 255, 0] });
  });

  it('lists every pollutant that ties for the largest IAQI as primary', () => {
    // PM2.5 75 → 100 and PM10 150 → 100
    const r = daily({ pm25: 75, pm10: 150, no2: 20 });
    expect(r.aqi).toBe(100);
    expect(r.primaryPollutants).toEqual(['pm10', 'pm25']);
  });

  it('names no primary pollutant when the AQI is 50 or less', () => {
    const r = daily({ pm25: 35, pm10: 50, so2: 50 });
    expect(r.aqi).toBe(50);
    expect(r.primaryPollutants).toEqual([]);
    expect(r).toMatchObject({ level: 1, category: '优', healthEffect: '空气质量令人满意，基本无空气污染' });
  });

  it('names the primary pollutant from AQI 51 on', () => {
    expect(daily({ pm25: 35.1 }).primaryPollutants).toEqual(['pm25']);
  });

  it('lists as exceeding every pollutant whose IAQI is above 100, not only the primary one', () => {
    // PM2.5 150 → 200; PM10 151 → 101; NO2 80 → 100 (not exceeding)
    const r = daily({ pm25: 150, pm10: 151, no2: 80 });
    expect(r.aqi).toBe(200);
    expect(r.primaryPollutants).toEqual(['pm25']);
    expect(r.exceedingPollutants).toEqual(['pm10', 'pm25']);
    expect(r).toMatchObject({ level: 4, category: '中度污染' });
  });

  it('uses O3 1-hour and 8-hour items together in a daily report', () => {
    // O3 1h 250 → 125; O3 8h 170 → 50/55×10+100 = 109.09 → 110
    const r = daily({ o3_1h: 250, o3_8h: 170, pm25: 40 });
    expect(r.iaqi.o3_1h?.value).toBe(125);
    expect(r.iaqi.o3_8h?.value).toBe(110);
    expect(r.aqi).toBe(125);
    expect(r.primaryPollutants).toEqual(['o3_1h']);
    expect(r.exceedingPollutants).toEqual(['o3_1h', 'o3_8h']);
  });

  it('keeps the unit and the 表1 row of each item', () => {
    const r = daily({ co: 1.2, pm25: 10 });
    expect(r.iaqi.co).toMatchObject({ concentration: 1.2, unit: 'mg/m³', row: 'co_24h', value: 30 });
    expect(r.iaqi.pm25).toMatchObject({ unit: 'μg/m³', row: 'pm25_24h' });
    expect(r.iaqi.so2).toBeUndefined();
  });

  describe('表2 levels', () => {
    it.each([
      [0, 1, '一级', '优', '#00E400', [0, 228, 0]],
      [50, 1, '一级', '优', '#00E400', [0, 228, 0]],
      [51, 2, '二级', '良', '#FFFF00', [255, 255, 0]],
      [100, 2, '二级', '良', '#FFFF00', [255, 255, 0]],
      [101, 3, '三级', '轻度污染', '#FF7E00', [255, 126, 0]],
      [150, 3, '三级', '轻度污染', '#FF7E00', [255, 126, 0]],
      [151, 4, '四级', '中度污染', '#FF0000', [255, 0, 0]],
      [200, 4, '四级', '中度污染', '#FF0000', [255, 0, 0]],
      [201, 5, '五级', '重度污染', '#99004C', [153, 0, 76]],
      [300, 5, '五级', '重度污染', '#99004C', [153, 0, 76]],
      [301, 6, '六级', '严重污染', '#7E0023', [126, 0, 35]],
      [500, 6, '六级', '严重污染', '#7E0023', [126, 0, 35]],
    ])('puts AQI %d in level %d (%s, %s, %s)', (aqi, level, label, category, hex, rgb) => {
      const info = aqiLevelInfo(aqi);
      expect(info).toMatchObject({ level, levelLabel: label, category });
      expect(info.color.hex).toBe(hex);
      expect(info.color.rgb).toEqual(rgb);
    });

    it('carries the standard’s health effect and advice texts', () => {
      expect(aqiLevelInfo(180)).toMatchObject({
        healthEffect: '进一步加剧易感人群症状，可能对健康人群心脏、呼吸系统有影响',
        advice:
          '儿童、老年人及心脏病、呼吸系统疾病患者避免长时间、高强度的户外锻练，一般人群适量减少户外运动',
      });
      expect(aqiLevelInfo(400)).toMatchObject({
        healthEffect: '健康人群运动耐受力降低，有明显强烈症状，提前出现某些疾病',
        advice: '儿童、老年人和病人应当留在室内，避免体力消耗，一般人群应避免户外活动',
      });
    });

    it('gives the level and category of the AQI in every result', () => {
      fc.assert(
        fc.property(fc.double({ min: 0, max: 500, noNaN: true }), (pm25) => {
          const r = daily({ pm25 });
          const info = aqiLevelInfo(r.aqi as number);
          return r.level === info.level && r.category === info.category && r.advice === info.advice;
        }),
      );
    });
  });

  describe('concentrations beyond the top of 表1', () => {
    it('reports PM2.5 above 500 as >500 with no number', () => {
      const r = daily({ pm25: 520, pm10: 300 });
      expect(r.aqi).toBeNull();
      expect(r.display).toBe('>500');
      expect(r.aboveScale).toBe(true);
      expect(r.iaqi.pm25).toMatchObject({
        status: 'aboveScale',
        value: null,
        display: '>500',
        aboveScale: true,
      });
      expect(r).toMatchObject({ level: 6, levelLabel: '六级', category: '严重污染' });
      expect(r.primaryPollutants).toEqual(['pm25']);
      expect(r.exceedingPollutants).toEqual(['pm10', 'pm25']);
      expect(JSON.parse(JSON.stringify(r)).aqi).toBeNull();
    });

    it('treats exactly 500 μg/m³ PM2.5 as IAQI 500, still on the scale', () => {
      const r = daily({ pm25: 500 });
      expect(r.aqi).toBe(500);
      expect(r.aboveScale).toBe(false);
    });

    it('lists every item that leaves the scale as primary', () => {
      const r = daily({ pm25: 600, pm10: 700, co: 10 });
      expect(r.primaryPollutants).toEqual(['pm10', 'pm25']);
    });
  });

  describe('SO2 1-hour above 800 μg/m³ (表1 note 2)', () => {
    it('computes SO2 1-hour up to 800 on the 1-hour row', () => {
      const r = computeAqi({ averaging: '1h', date: DAY, concentrations: { so2: 800 } });
      expect(r.iaqi.so2).toMatchObject({ status: 'computed', value: 200, row: 'so2_1h' });
    });

    it('reports SO2 by its 24-hour index when the 1-hour value is above 800', () => {
      // SO2 24h 700 → 50/325×225+150 = 184.6 → 185
      const r = computeAqi({
        averaging: '1h',
        date: DAY,
        concentrations: { so2: 900, so2_24h: 700, pm25: 20 },
      });
      expect(r.iaqi.so2).toMatchObject({
        status: 'computed',
        value: 185,
        concentration: 900,
        row: 'so2_24h',
        reportedFrom: { key: 'so2_24h', concentration: 700 },
      });
      expect(r.aqi).toBe(185);
      expect(r.primaryPollutants).toEqual(['so2']);
    });

    it('asks for so2_24h rather than inventing a 1-hour index above 800', () => {
      const errors = fieldErrors(() =>
        computeAqi({ averaging: '1h', date: DAY, concentrations: { so2: 801 } }),
      );
      expect(errors.map((e) => e.field)).toEqual(['so2_24h']);
      expect(errors[0].message).toMatch(/^so2_24h: /);
    });

    it('does not apply the 1-hour rule in a daily report', () => {
      const r = daily({ so2: 900 });
      // SO2 24h 900 → 100/800×100+200 = 212.5 → 213
      expect(r.iaqi.so2).toMatchObject({ status: 'computed', value: 213, row: 'so2_24h' });
    });

    it('rejects so2_24h in a daily report', () => {
      expect(fieldErrors(() => daily({ so2: 10, so2_24h: 10 })).map((e) => e.field)).toEqual(['so2_24h']);
    });
  });

  describe('O3 8-hour above 800 μg/m³ (表1 note 3)', () => {
    it('computes O3 8-hour up to 800 (IAQI 300)', () => {
      expect(daily({ o3_8h: 800 }).aqi).toBe(300);
    });

    it('does not compute the 8-hour index above 800 and reports O3 by its 1-hour index', () => {
      // O3 1h 900 → 100/200×100+300 = 350
      const r = daily({ o3_8h: 850, o3_1h: 900 });
      expect(r.iaqi.o3_8h).toMatchObject({
        status: 'notComputed',
        value: null,
        display: '—',
        reportWith: 'o3_1h',
      });
      expect(r.iaqi.o3_1h?.value).toBe(350);
      expect(r.aqi).toBe(350);
      expect(r.primaryPollutants).toEqual(['o3_1h']);
      expect(r.exceedingPollutants).toEqual(['o3_1h']);
    });

    it('applies the same rule in a real-time report', () => {
      const r = computeAqi({ averaging: '1h', date: DAY, concentrations: { o3_8h: 801, o3_1h: 1000 } });
      expect(r.aqi).toBe(400);
    });

    it('asks for o3_1h when the 8-hour value is above 800 and no 1-hour value is given', () => {
      const errors = fieldErrors(() => daily({ o3_8h: 850, pm25: 30 }));
      expect(errors.map((e) => e.field)).toEqual(['o3_1h']);
    });
  });

  describe('editions', () => {
    it('states HJ 633-2012 and no note for a date it covers', () => {
      const r = computeAqi({ averaging: '24h', date: '2026-02-28', concentrations: { pm25: 36 } });
      expect(r.edition).toBe('HJ 633-2012');
      expect(r.editionNote).toBeUndefined();
      expect(r.date).toBe('2026-02-28');
    });

    it('still computes with HJ 633-2012 from 2026-03-01 and says the revision’s table is not shipped', () => {
      const r = computeAqi({ averaging: '24h', date: '2026-03-01', concentrations: { pm25: 36 } });
      expect(r.edition).toBe('HJ 633-2012');
      expect(r.aqi).toBe(52);
      expect(r.editionNote).toMatch(/2026-03-01.*尚未收录.*HJ 633-2012/);
    });

    it('chooses the edition by the date in Asia/Shanghai, not UTC', () => {
      // 2026-02-28T16:30Z is 2026-03-01 00:30 in Shanghai
      expect(editionFor(new Date('2026-02-28T16:30:00Z')).note).toBeDefined();
      expect(editionFor(new Date('2026-02-28T15:30:00Z')).note).toBeUndefined();
      const r = computeAqi({ averaging: '1h', date: '2026-02-28T16:30:00Z', concentrations: { pm25: 10 } });
      expect(r.date).toBe('2026-03-01');
    });

    it('notes dates before the nationwide start of HJ 633-2012', () => {
      expect(editionFor('2015-12-31').note).toMatch(/2016-01-01/);
      expect(editionFor('2016-01-01')).toEqual({ edition: expect.objectContaining({ id: 'HJ 633-2012' }) });
    });
  });

  describe('bad input', () => {
    it.each<[string, AqiInput, string[]]>([
      ['a negative concentration', { averaging: '24h', concentrations: { pm25: -1 } }, ['pm25']],
      ['a non-numeric concentration', { averaging: '24h', concentrations: { no2: Number.NaN } }, ['no2']],
      ['an infinite concentration', { averaging: '24h', concentrations: { co: Infinity } }, ['co']],
      ['no pollutant at all', { averaging: '24h', concentrations: {} }, ['concentrations']],
      ['only so2_24h', { averaging: '1h', concentrations: { so2_24h: 20 } }, ['concentrations']],
      [
        'an unknown pollutant',
        { averaging: '24h', concentrations: { pm25: 10, nox: 3 } as AqiInput['concentrations'] },
        ['nox'],
      ],
      ['a bad averaging', { averaging: '8h' as never, concentrations: { pm25: 10 } }, ['averaging']],
      ['a bad date', { averaging: '24h', date: '2026-02-30', concentrations: { pm25: 10 } }, ['date']],
    ])('rejects %s and names the field', (_what, input, fields) => {
      const errors = fieldErrors(() => computeAqi(input));
      expect(errors.map((e) => e.field)).toEqual(fields);
      for (const e of errors) expect(e.message.startsWith(`${e.field}: `)).toBe(true);
    });

    it('rejects a negative value in computeIaqi naming the pollutant', () => {
      expect(fieldErrors(() => computeIaqi('so2', -3, '24h'))).toEqual([
        { field: 'so2', rule: 'invalid', message: 'so2: 浓度不得为负数' },
      ]);
    });
  });

  it('makes the AQI the maximum IAQI for any set of in-scale concentrations', () => {
    const concentration = fc.double({ min: 0, max: 400, noNaN: true });
    fc.assert(
      fc.property(
        fc.record({ so2: concentration, no2: concentration, pm10: concentration, pm25: concentration }),
        (c) => {
          const r = daily(c);
          const values = Object.values(r.iaqi).map((e) => e?.value as number);
          return (
            r.aqi === Math.max(...values) && r.primaryPollutants.every((k) => r.iaqi[k]?.value === r.aqi)
          );
        },
      ),
    );
  });
});

describe('parseAqiQuery', () => {
  it('turns a query string into an input, treating empty parameters as absent', () => {
    const input = parseAqiQuery({
      so2: '8',
      no2: '',
      pm10: ' 65 ',
      co: '0.9',
      o3_8h: '120',
      o3_1h: '',
      pm25: '36.5',
      averaging: '24h',
      date: '2026-03-02',
    });
    expect(input).toEqual({
      averaging: '24h',
      date: '2026-03-02',
      concentrations: { so2: 8, pm10: 65, co: 0.9, o3_8h: 120, pm25: 36.5 },
    });
  });

  it('defaults to the daily report', () => {
    expect(parseAqiQuery({ pm25: '10' })).toEqual({ averaging: '24h', concentrations: { pm25: 10 } });
  });

  it('accepts so2_24h with a real-time report', () => {
    expect(parseAqiQuery({ so2: '900', so2_24h: '700', averaging: '1h' }).concentrations).toEqual({
      so2: 900,
      so2_24h: 700,
    });
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['a negative value', { pm25: '-5' }, ['pm25']],
    ['a non-numeric value', { pm25: '12', no2: 'abc' }, ['no2']],
    ['a number with trailing text', { pm10: '12ug' }, ['pm10']],
    ['a repeated parameter', { pm25: ['1', '2'] }, ['pm25']],
    ['no pollutant at all', { averaging: '24h', so2: '', pm25: '  ' }, ['concentrations']],
    ['an unknown pollutant', { pm25: '10', nh3: '4' }, ['nh3']],
    ['a bad averaging', { pm25: '10', averaging: 'daily' }, ['averaging']],
    ['a bad date', { pm25: '10', date: '2026/03/01' }, ['date']],
    ['a date-time without zone', { pm25: '10', date: '2026-03-01T10:00' }, ['date']],
    ['so2_24h in a daily report', { so2: '10', so2_24h: '10', averaging: '24h' }, ['so2_24h']],
  ])('rejects %s and names the field', (_what, query, fields) => {
    const errors = fieldErrors(() => parseAqiQuery(query));
    expect(errors.map((e) => e.field)).toEqual(fields);
    for (const e of errors) expect(e.message.startsWith(`${e.field}: `)).toBe(true);
  });

  it('reports every bad field at once', () => {
    const errors = fieldErrors(() => parseAqiQuery({ pm25: '-1', no2: 'x', averaging: '2h', foo: '1' }));
    expect(errors.map((e) => e.field).sort()).toEqual(['averaging', 'foo', 'no2', 'pm25']);
  });

  it('reports a non-numeric value alone, without a misleading “no pollutant” error', () => {
    expect(fieldErrors(() => parseAqiQuery({ pm25: 'abc' })).map((e) => e.field)).toEqual(['pm25']);
  });

  it('skips parameters the route allows for other purposes', () => {
    expect(
      parseAqiQuery({ pm25: '10', station: '道县监测站' }, { allowKeys: ['station'] }).concentrations,
    ).toEqual({
      pm25: 10,
    });
  });

  it('explains the rule in Chinese after the field name', () => {
    const [error] = fieldErrors(() => parseAqiQuery({ pm25: '-5' }));
    expect(error.message).toBe('pm25: 浓度不得为负数');
  });

  it('accepts every pollutant key of the API', () => {
    const query = Object.fromEntries(POLLUTANT_KEYS.map((k) => [k, '1']));
    expect(Object.keys(parseAqiQuery(query).concentrations).sort()).toEqual([...POLLUTANT_KEYS].sort());
  });
});

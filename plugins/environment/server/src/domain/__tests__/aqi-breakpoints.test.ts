import fc from 'fast-check';

import { HJ_633_2012 } from '../../data/hj633-2012';
import { computeIaqi, computeRowIaqi } from '../aqi';
import type { Averaging, BreakpointRowId, PollutantKey } from '../aqi-types';

const IAQI = [0, 50, 100, 150, 200, 300, 400, 500];

/** HJ 633-2012 表1, typed out again here so the data file is checked against an independent copy. */
const TABLE_1: Record<BreakpointRowId, number[]> = {
  so2_24h: [0, 50, 150, 475, 800, 1600, 2100, 2620],
  so2_1h: [0, 150, 500, 650, 800],
  no2_24h: [0, 40, 80, 180, 280, 565, 750, 940],
  no2_1h: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
  pm10_24h: [0, 50, 150, 250, 350, 420, 500, 600],
  co_24h: [0, 2, 4, 14, 24, 36, 48, 60],
  co_1h: [0, 5, 10, 35, 60, 90, 120, 150],
  o3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200],
  o3_8h: [0, 100, 160, 215, 265, 800],
  pm25_24h: [0, 35, 75, 115, 150, 250, 350, 500],
};

/**
 * Exact IAQI for a concentration given in tenths (integer arithmetic, so no floating error):
 * ceil((IAQI_lo·ΔBP·10 + ΔIAQI·(c10 − BP_lo·10)) / (ΔBP·10)).
 */
function exactIaqi(bp: number[], c10: number): number {
  let i = 1;
  while (c10 > bp[i] * 10) i += 1;
  const dBp = bp[i] - bp[i - 1];
  const num = IAQI[i - 1] * dBp * 10 + (IAQI[i] - IAQI[i - 1]) * (c10 - bp[i - 1] * 10);
  const den = dBp * 10;
  return Math.floor((num + den - 1) / den);
}

const ROW_IDS = Object.keys(TABLE_1) as BreakpointRowId[];

describe('HJ 633-2012 表1 data', () => {
  it.each(ROW_IDS)('holds the breakpoints of %s as printed in the standard', (id) => {
    expect(HJ_633_2012.rows[id].concentrations).toEqual(TABLE_1[id]);
  });

  it('has the IAQI breakpoints 0, 50, 100, 150, 200, 300, 400, 500', () => {
    expect(HJ_633_2012.iaqiBreakpoints).toEqual(IAQI);
  });

  it('gives CO in mg/m³ and every other row in μg/m³', () => {
    for (const id of ROW_IDS) {
      expect(HJ_633_2012.rows[id].unit).toBe(id.startsWith('co_') ? 'mg/m³' : 'μg/m³');
    }
  });
});

type Case = [BreakpointRowId, number, 'at' | 'below' | 'above', number, number];

/** Every breakpoint of every row: at it, 0.1 below and 0.1 above (where the row continues). */
const CASES: Case[] = ROW_IDS.flatMap((id) => {
  const bp = TABLE_1[id];
  return bp.flatMap((b, i): Case[] => {
    const rows: Case[] = [[id, b, 'at', b, IAQI[i]]];
    if (i > 0) rows.push([id, b, 'below', (b * 10 - 1) / 10, exactIaqi(bp, b * 10 - 1)]);
    if (i < bp.length - 1) rows.push([id, b, 'above', (b * 10 + 1) / 10, exactIaqi(bp, b * 10 + 1)]);
    return rows;
  });
});

describe('computeRowIaqi on every breakpoint', () => {
  it.each(CASES)('%s breakpoint %d, %s (C = %d) gives IAQI %d', (id, _bp, _where, c, expected) => {
    const r = computeRowIaqi(HJ_633_2012.rows[id], c, HJ_633_2012.iaqiBreakpoints);
    expect(r).toEqual({ status: 'computed', value: expected, display: String(expected), aboveScale: false });
  });

  it.each(ROW_IDS.filter((id) => !HJ_633_2012.rows[id].notComputedAbove))(
    'reports %s just above its last breakpoint as above the scale, never as a number',
    (id) => {
      const top = TABLE_1[id][TABLE_1[id].length - 1];
      const r = computeRowIaqi(HJ_633_2012.rows[id], top + 0.1, HJ_633_2012.iaqiBreakpoints);
      expect(r).toEqual({ status: 'aboveScale', value: null, display: '>500', aboveScale: true });
    },
  );
});

describe('rounding up (进位取整)', () => {
  it.each<[PollutantKey, Averaging, number, number]>([
    // hand computed: (100−50)/(75−35)×(36−35)+50 = 51.25 → 52
    ['pm25', '24h', 36, 52],
    // (150−100)/(115−75)×(76−75)+100 = 101.25 → 102
    ['pm25', '24h', 76, 102],
    // (100−50)/(150−50)×(151−150)+100 = 100.5 → 101
    ['pm10', '24h', 151, 101],
    // (150−100)/(215−160)×1+100 = 100.91 → 101
    ['o3_8h', '24h', 161, 101],
    // CO 24h: 50/10×0.1+100 = 100.5 → 101
    ['co', '24h', 4.1, 101],
    // NO2 1h: 50/100×99+50 = 99.5 → 100: still 良 although the breakpoint 200 is not reached
    ['no2', '1h', 199, 100],
    // SO2 24h: 50/50×0.4 = 0.4 → 1
    ['so2', '24h', 0.4, 1],
  ])('rounds %s (%s) at %d up to %d', (pollutant, averaging, c, expected) => {
    expect(computeIaqi(pollutant, c, averaging).value).toBe(expected);
  });

  it.each<[PollutantKey, number, number]>([
    // exact integers that a slope-first float formula turns into n + 1e-15 and rounds up one too far
    ['pm25', 4.9, 7],
    ['pm25', 9.8, 14],
    ['co', 2.2, 55],
    ['o3_8h', 102.4, 52],
    ['o3_1h', 160.8, 51],
    ['pm10', 352.1, 203],
  ])('does not round %s %d past its exact IAQI %d because of floating point', (pollutant, c, expected) => {
    expect(computeIaqi(pollutant, c, '24h').value).toBe(expected);
  });

  it('matches exact integer arithmetic for every tenth of every row', () => {
    for (const id of ROW_IDS) {
      const bp = TABLE_1[id];
      for (let c10 = 0; c10 <= bp[bp.length - 1] * 10; c10 += 1) {
        const r = computeRowIaqi(HJ_633_2012.rows[id], c10 / 10, HJ_633_2012.iaqiBreakpoints);
        if (r.value !== exactIaqi(bp, c10))
          throw new Error(`${id} at ${c10 / 10}: ${r.value} ≠ ${exactIaqi(bp, c10)}`);
      }
    }
  });
});

describe('choice of 表1 row by report type', () => {
  it.each<[PollutantKey, Averaging, BreakpointRowId]>([
    ['so2', '24h', 'so2_24h'],
    ['no2', '24h', 'no2_24h'],
    ['co', '24h', 'co_24h'],
    ['so2', '1h', 'so2_1h'],
    ['no2', '1h', 'no2_1h'],
    ['co', '1h', 'co_1h'],
    ['pm10', '1h', 'pm10_24h'],
    ['pm25', '1h', 'pm25_24h'],
    ['o3_1h', '24h', 'o3_1h'],
    ['o3_8h', '1h', 'o3_8h'],
  ])('uses for %s in a %s report the row %s', (pollutant, averaging, row) => {
    expect(HJ_633_2012.rowFor[averaging][pollutant]).toBe(row);
  });

  it('gives different indices for the same NO2 value in daily and real-time reports', () => {
    expect(computeIaqi('no2', 80, '24h').value).toBe(100);
    expect(computeIaqi('no2', 80, '1h').value).toBe(40);
  });
});

describe('IAQI properties', () => {
  it('never decreases when the concentration increases', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROW_IDS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (id, a, b) => {
          const row = HJ_633_2012.rows[id];
          const top = row.concentrations[row.concentrations.length - 1];
          const [lo, hi] = [Math.min(a, b) * top, Math.max(a, b) * top];
          const ra = computeRowIaqi(row, lo, HJ_633_2012.iaqiBreakpoints);
          const rb = computeRowIaqi(row, hi, HJ_633_2012.iaqiBreakpoints);
          return (ra.value as number) <= (rb.value as number);
        },
      ),
    );
  });

  it('stays an integer between 0 and 500 inside the table', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROW_IDS), fc.double({ min: 0, max: 1, noNaN: true }), (id, f) => {
        const row = HJ_633_2012.rows[id];
        const r = computeRowIaqi(
          row,
          f * row.concentrations[row.concentrations.length - 1],
          HJ_633_2012.iaqiBreakpoints,
        );
        return r.status === 'computed' && Number.isInteger(r.value) && r.value >= 0 && r.value <= 500;
      }),
    );
  });
});

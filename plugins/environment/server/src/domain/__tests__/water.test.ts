import { DomainValidationError, type FieldError } from '@gov-portal/kit/domain';
import {
  assessDrinkingWater,
  assessSurfaceWater,
  checkDrinkingWaterIndicator,
  classifySurfaceIndicator,
  findDrinkingWaterIndicator,
  type SurfaceIndicatorKey,
} from '../water';

function fieldErrors(fn: () => unknown): FieldError[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainValidationError) return [...e.errors];
    throw e;
  }
  throw new Error('expected a DomainValidationError');
}

describe('GB 5749-2022 drinking water indicators', () => {
  it.each<[string, number | 'notDetected', boolean]>([
    ['colonyCount', 100, true],
    ['colonyCount', 101, false],
    ['totalColiforms', 'notDetected', true],
    ['totalColiforms', 0, true],
    ['totalColiforms', 1, false],
    ['turbidity', 1, true],
    ['turbidity', 1.1, false],
    ['ph', 6.5, true],
    ['ph', 8.5, true],
    ['ph', 6.4, false],
    ['ph', 8.6, false],
    ['permanganateIndex', 3, true],
    ['permanganateIndex', 3.2, false],
    ['ammonia', 0.5, true],
    ['ammonia', 0.51, false],
    ['nitrate', 10, true],
    ['nitrate', 10.5, false],
    ['fluoride', 1.0, true],
    ['fluoride', 1.1, false],
    ['arsenic', 0.01, true],
    ['arsenic', 0.011, false],
    ['arsenic', 'notDetected', true],
  ])('judges %s = %s compliant: %s', (indicator, value, compliant) => {
    expect(checkDrinkingWaterIndicator(indicator, value).compliant).toBe(compliant);
  });

  it('finds indicators by key, by the standard’s name and by the 2006 name 耗氧量', () => {
    expect(findDrinkingWaterIndicator('氨（以N计）')?.key).toBe('ammonia');
    expect(findDrinkingWaterIndicator('耗氧量')?.key).toBe('permanganateIndex');
    expect(findDrinkingWaterIndicator('菌落总数')?.key).toBe('colonyCount');
    expect(findDrinkingWaterIndicator('unknown')).toBeUndefined();
  });

  it('applies the relaxed limits of small supplies only when asked', () => {
    expect(checkDrinkingWaterIndicator('turbidity', 2.5).compliant).toBe(false);
    expect(checkDrinkingWaterIndicator('turbidity', 2.5, { smallSupply: true })).toMatchObject({
      compliant: true,
      limitText: '3',
    });
    expect(checkDrinkingWaterIndicator('colonyCount', 400, { smallSupply: true }).compliant).toBe(true);
    expect(checkDrinkingWaterIndicator('fluoride', 1.2, { smallSupply: true }).compliant).toBe(true);
    expect(checkDrinkingWaterIndicator('nitrate', 20, { smallSupply: true }).compliant).toBe(true);
    expect(checkDrinkingWaterIndicator('arsenic', 0.02, { smallSupply: true }).compliant).toBe(false);
  });

  it.each<['finished' | 'tap', number, boolean]>([
    ['finished', 0.3, true],
    ['finished', 0.29, false],
    ['tap', 0.05, true],
    ['tap', 0.04, false],
    ['finished', 2, true],
    ['finished', 2.1, false],
  ])('checks free chlorine in %s water at %d mg/L: compliant %s', (samplingPoint, value, compliant) => {
    expect(checkDrinkingWaterIndicator('freeChlorine', value, { samplingPoint }).compliant).toBe(compliant);
  });

  it('fails a disinfectant that is not detected, since a residual is required', () => {
    expect(checkDrinkingWaterIndicator('游离氯', 'notDetected', { samplingPoint: 'tap' })).toMatchObject({
      compliant: false,
      reason: '末梢水余量低于 0.05 mg/L',
    });
  });

  it('needs the sampling point to judge a disinfectant residual', () => {
    expect(fieldErrors(() => checkDrinkingWaterIndicator('freeChlorine', 0.5)).map((e) => e.field)).toEqual([
      'samplingPoint',
    ]);
  });

  it('rejects an unknown indicator, a negative value and a pH given as not detected', () => {
    expect(fieldErrors(() => checkDrinkingWaterIndicator('铀', 1))[0].field).toBe('indicator');
    expect(fieldErrors(() => checkDrinkingWaterIndicator('lead', -1))[0]).toEqual({
      field: 'value',
      rule: 'invalid',
      message: 'value: 检测值不得为负数',
    });
    expect(fieldErrors(() => checkDrinkingWaterIndicator('ph', 'notDetected'))[0].field).toBe('value');
  });
});

describe('assessDrinkingWater', () => {
  it('is compliant only when every indicator is', () => {
    const ok = assessDrinkingWater({
      samplingPoint: 'tap',
      results: [
        { indicator: 'ph', value: 7.2 },
        { indicator: '浑浊度', value: 0.4 },
        { indicator: 'freeChlorine', value: 0.2 },
        { indicator: 'totalColiforms', value: 'notDetected' },
      ],
    });
    expect(ok.compliant).toBe(true);
    expect(ok.nonCompliant).toEqual([]);

    const bad = assessDrinkingWater({
      results: [
        { indicator: 'ph', value: 7.2 },
        { indicator: 'ammonia', value: 0.8 },
        { indicator: 'colonyCount', value: 150 },
      ],
    });
    expect(bad.compliant).toBe(false);
    expect(bad.nonCompliant).toEqual(['ammonia', 'colonyCount']);
    expect(bad.indicators[1]).toMatchObject({ name: '氨（以N计）', reason: '超过限值 0.5 mg/L' });
  });

  it('names each bad row of a report', () => {
    const errors = fieldErrors(() =>
      assessDrinkingWater({
        results: [
          { indicator: 'ph', value: 7 },
          { indicator: 'nope', value: 1 },
          { indicator: 'lead', value: -2 },
          { indicator: 'pH', value: 7 },
        ],
      }),
    );
    expect(errors.map((e) => e.field)).toEqual([
      'results[1].indicator',
      'results[2].value',
      'results[3].indicator',
    ]);
  });

  it('rejects an empty report', () => {
    expect(fieldErrors(() => assessDrinkingWater({ results: [] }))[0].field).toBe('results');
  });
});

describe('GB 3838-2002 surface water classes', () => {
  it.each<[SurfaceIndicatorKey, number, number]>([
    ['dissolvedOxygen', 7.5, 1],
    ['dissolvedOxygen', 7.4, 2],
    ['dissolvedOxygen', 5, 3],
    ['dissolvedOxygen', 2, 5],
    ['dissolvedOxygen', 1.9, 6],
    ['permanganateIndex', 2, 1],
    ['permanganateIndex', 6, 3],
    ['permanganateIndex', 15.1, 6],
    ['cod', 15, 1],
    ['cod', 16, 3],
    ['cod', 40, 5],
    ['bod5', 3, 1],
    ['bod5', 4, 3],
    ['bod5', 10.5, 6],
    ['ammoniaNitrogen', 0.15, 1],
    ['ammoniaNitrogen', 0.5, 2],
    ['ammoniaNitrogen', 1.0, 3],
    ['ammoniaNitrogen', 1.6, 5],
    ['ammoniaNitrogen', 2.1, 6],
    ['totalPhosphorus', 0.02, 1],
    ['totalPhosphorus', 0.2, 3],
    ['totalPhosphorus', 0.41, 6],
    ['ph', 6, 1],
    ['ph', 9.2, 6],
  ])('puts %s = %d in class %d', (key, value, waterClass) => {
    expect(classifySurfaceIndicator(key, value).waterClass).toBe(waterClass);
  });

  it('uses the lake and reservoir limits of total phosphorus for lakes', () => {
    expect(classifySurfaceIndicator('totalPhosphorus', 0.05, 'lake')).toMatchObject({
      waterClass: 3,
      label: 'Ⅲ类',
    });
    expect(classifySurfaceIndicator('totalPhosphorus', 0.05, 'river')).toMatchObject({
      waterClass: 2,
      label: 'Ⅱ类',
    });
  });

  it('classes the water body by its worst indicator and checks the target class', () => {
    const r = assessSurfaceWater({
      targetClass: 3,
      results: [
        { indicator: 'dissolvedOxygen', value: 6.8 },
        { indicator: 'cod', value: 22 },
        { indicator: 'ammoniaNitrogen', value: 0.4 },
        { indicator: 'bod5', value: 5 },
      ],
    });
    expect(r).toMatchObject({ waterClass: 4, label: 'Ⅳ类', targetClass: 3, meetsTarget: false });
    expect(r.limitingIndicators).toEqual(['cod', 'bod5']);
    expect(r.exceedingIndicators).toEqual(['cod', 'bod5']);
  });

  it('meets a target when no indicator is worse than it', () => {
    const r = assessSurfaceWater({
      targetClass: 2,
      results: [
        { indicator: 'dissolvedOxygen', value: 8 },
        { indicator: 'ammoniaNitrogen', value: 0.3 },
      ],
    });
    expect(r).toMatchObject({ waterClass: 2, meetsTarget: true, exceedingIndicators: [] });
  });

  it('reports 劣Ⅴ类 when an indicator fails class Ⅴ', () => {
    expect(assessSurfaceWater({ results: [{ indicator: 'ammoniaNitrogen', value: 3 }] }).label).toBe('劣Ⅴ类');
  });

  it('rejects a bad target, a negative value and a repeated indicator, naming the field', () => {
    expect(
      fieldErrors(() =>
        assessSurfaceWater({ targetClass: 6 as never, results: [{ indicator: 'cod', value: 1 }] }),
      )[0].field,
    ).toBe('targetClass');
    expect(
      fieldErrors(() =>
        assessSurfaceWater({
          results: [
            { indicator: 'cod', value: -1 },
            { indicator: 'bod5', value: 1 },
            { indicator: 'bod5', value: 2 },
          ],
        }),
      ).map((e) => e.field),
    ).toEqual(['results[0].value', 'results[2].indicator']);
    expect(
      fieldErrors(() => assessSurfaceWater({ results: [{ indicator: 'lead' as never, value: 1 }] })).map(
        (e) => e.field,
      ),
    ).toEqual(['results[0].indicator']);
  });
});

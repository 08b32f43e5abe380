import { PPP_EDITIONS, checkTransition, executionPrerequisites, findEdition, type PppEdition } from '..';

const matrix = (edition: PppEdition) => {
  const keys = edition.stages.map((s) => s.key);
  return [null, ...keys].flatMap((from) =>
    keys.map((to) => {
      const legal = from === null || from === to || keys.indexOf(to) === keys.indexOf(from) + 1;
      return { from, to, legal };
    }),
  );
};

describe.each(PPP_EDITIONS.map((e) => [e.id, e] as const))(
  'stage transitions of edition %s',
  (_id, edition) => {
    it.each(matrix(edition))('$from → $to legal: $legal', ({ from, to, legal }) => {
      const error = checkTransition(edition, from, to);
      if (legal) {
        expect(error).toBeNull();
      } else {
        expect(error).toMatchObject({ field: 'stage', rule: 'stage-transition' });
        expect(error!.message).toMatch(/^stage: 不能从「[^」]+」(直接进入|退回)「[^」]+」/);
      }
    });

    it.each(matrix(edition).filter((t) => !t.legal))(
      '$from → $to is allowed as a correction',
      ({ from, to }) => {
        expect(checkTransition(edition, from, to, { correction: '录入时阶段选错' })).toBeNull();
      },
    );

    it('refuses an unknown stage, even as a correction', () => {
      expect(checkTransition(edition, null, 'construction-x', { correction: '导入' })).toMatchObject({
        field: 'stage',
        rule: 'unknown-stage',
      });
    });
  },
);

describe('stage transition messages', () => {
  const e2017 = findEdition('caijin-2017')!;
  const e2023 = findEdition('concession-2023')!;

  it.each([
    [
      e2017,
      'identification',
      'procurement',
      'stage: 不能从「识别」直接进入「采购」，须依次经过「准备」；确需更正的，请填写更正原因',
    ],
    [e2017, 'procurement', 'identification', 'stage: 不能从「采购」退回「识别」；确需更正的，请填写更正原因'],
    [
      e2023,
      'plan',
      'construction',
      'stage: 不能从「特许经营方案」直接进入「建设实施」，须依次经过「特许经营者选择」「投资管理程序」；确需更正的，请填写更正原因',
    ],
  ])('names the transition with labels (%#)', (edition, from, to, message) => {
    expect(checkTransition(edition, from, to)?.message).toBe(message);
  });

  it('does not take a blank correction as a reason', () => {
    expect(checkTransition(e2017, 'execution', 'preparation', { correction: '  ' })?.rule).toBe(
      'stage-transition',
    );
  });

  it('names an unknown current stage (a stage of another edition)', () => {
    expect(checkTransition(e2017, 'construction', 'handover')).toMatchObject({ rule: 'unknown-stage' });
    expect(checkTransition(e2017, 'construction', 'handover')!.message).toContain('「construction」不是');
  });

  it('lets a stage stay as it is', () => {
    expect(checkTransition(e2023, 'operation', 'operation')).toBeNull();
  });
});

describe('execution prerequisites', () => {
  const full = { contract: 12, socialCapitalParty: '某水务有限公司', returnMechanism: 'user-pays' };
  const cases = PPP_EDITIONS.flatMap((edition) => {
    const exec = edition.stages.findIndex((s) => s.key === edition.executionStage);
    return edition.stages.map((s, i) => ({ edition: edition.id, stage: s.key, needed: i >= exec }));
  });

  it.each(cases)('edition $edition, stage $stage: needed $needed', ({ edition, stage, needed }) => {
    const e = findEdition(edition)!;
    const errors = executionPrerequisites(e, { stage });
    expect(errors.map((x) => x.field)).toEqual(
      needed ? ['contract', 'socialCapitalParty', 'returnMechanism'] : [],
    );
    expect(errors.every((x) => x.rule === 'required-from-execution')).toBe(true);
    expect(executionPrerequisites(e, { stage, ...full })).toEqual([]);
  });

  it.each([
    ['caijin-2017', 'contract', 'contract: 项目自「执行」阶段起须填写项目合同'],
    ['caijin-2017', 'socialCapitalParty', 'socialCapitalParty: 项目自「执行」阶段起须填写社会资本方'],
    ['concession-2023', 'contract', 'contract: 项目自「建设实施」阶段起须填写特许经营协议'],
    ['concession-2023', 'socialCapitalParty', 'socialCapitalParty: 项目自「建设实施」阶段起须填写特许经营者'],
    ['concession-2023', 'returnMechanism', 'returnMechanism: 项目自「建设实施」阶段起须填写回报机制'],
  ])('edition %s names the missing %s in its own terms', (id, field, message) => {
    const e = findEdition(id)!;
    const errors = executionPrerequisites(e, { ...full, stage: e.executionStage, [field]: null });
    expect(errors).toEqual([{ field, rule: 'required-from-execution', message }]);
  });

  it.each([[''], ['   '], [[]], [undefined]])('takes %j as missing', (blank) => {
    const errors = executionPrerequisites(findEdition('caijin-2021')!, {
      ...full,
      stage: 'handover',
      socialCapitalParty: blank,
    });
    expect(errors.map((e) => e.field)).toEqual(['socialCapitalParty']);
  });
});

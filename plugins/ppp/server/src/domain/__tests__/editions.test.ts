import {
  DISCLOSURE_MODES,
  EDITION_IDS,
  INTERIM_DISCLOSURE_MODES,
  OPERATION_MODES,
  PPP_EDITIONS,
  PPP_LABELS,
  RETURN_MECHANISMS,
  SECTORS,
  STAGE_KEYS,
  defaultEdition,
  findEdition,
  resolveOperationMode,
  resolveSector,
} from '..';

describe('the editions', () => {
  it('are oldest first with the ids of EDITION_IDS', () => {
    expect(PPP_EDITIONS.map((e) => e.id)).toEqual([...EDITION_IDS]);
    const dates = PPP_EDITIONS.map((e) => e.effectiveFrom);
    expect([...dates].sort()).toEqual(dates);
  });

  it.each([
    [
      'caijin-2017',
      ['identification', 'preparation', 'procurement', 'execution', 'handover'],
      'execution',
      undefined,
    ],
    [
      'caijin-2021',
      ['identification', 'preparation', 'procurement', 'execution', 'handover'],
      'execution',
      undefined,
    ],
    [
      'concession-2023',
      ['plan', 'selection', 'investment-approval', 'construction', 'operation', 'handover'],
      'construction',
      'selection',
    ],
  ])('%s has its stages, execution stage and first public stage', (id, stages, execution, publicFrom) => {
    const e = findEdition(id)!;
    expect(e.stages.map((s) => s.key)).toEqual(stages);
    expect(e.executionStage).toBe(execution);
    expect(e.publicFromStage).toBe(publicFrom);
  });

  it.each(PPP_EDITIONS.map((e) => [e.id, e] as const))(
    '%s: every rule names stages of its own edition',
    (_id, e) => {
      const keys = e.stages.map((s) => s.key);
      for (const rule of e.rules) {
        if (rule.kind === 'stage-information') rule.triggers.forEach((t) => expect(keys).toContain(t.stage));
        else [rule.fromStage, rule.untilStage].filter(Boolean).forEach((k) => expect(keys).toContain(k));
        expect(rule.basis).toMatch(/[\u4e00-\u9fff]/);
      }
    },
  );

  it('starts the 新机制 stage information at the first public stage', () => {
    const e = findEdition('concession-2023')!;
    const rule = e.rules[0];
    expect(rule.kind === 'stage-information' && rule.triggers[0].stage).toBe(e.publicFromStage);
  });

  it('cites unchecked parts as 待核实 rather than guessing', () => {
    expect(findEdition('caijin-2017')!.source).toContain('财金〔2017〕1号');
    expect(findEdition('caijin-2021')!.source).toContain('财金〔2021〕110号');
    expect(findEdition('concession-2023')!.source).toContain('国办函〔2023〕115号');
    expect(findEdition('concession-2023')!.source).toContain('文号待核实');
  });

  it('knows no other edition', () => {
    expect(findEdition('2019')).toBeUndefined();
    expect(findEdition(null)).toBeUndefined();
  });

  it('lists every stage key once', () => {
    expect(STAGE_KEYS).toEqual([
      'identification',
      'preparation',
      'procurement',
      'execution',
      'handover',
      'plan',
      'selection',
      'investment-approval',
      'construction',
      'operation',
    ]);
  });
});

describe('defaultEdition', () => {
  it.each([
    [{ startedOn: '2015-06-01' }, 'caijin-2017'],
    [{ startedOn: '2021-12-31' }, 'caijin-2017'],
    [{ startedOn: '2022-01-01' }, 'caijin-2021'],
    [{ startedOn: '2023-11-02' }, 'caijin-2021'],
    [{ startedOn: '2023-11-03' }, 'concession-2023'],
    [{ startedOn: null, createdAt: '2021-12-31T16:00:00.000Z' }, 'caijin-2021'], // 2022-01-01 in China
    [{ createdAt: '2021-12-31T15:59:59.999Z' }, 'caijin-2017'],
    [{ startedOn: '2019-05-05', createdAt: '2025-01-01T00:00:00Z' }, 'caijin-2017'],
    [{ createdAt: new Date('2026-02-01T00:00:00Z') }, 'concession-2023'],
  ])('%j → %s', (dates, id) => {
    expect(defaultEdition(dates).id).toBe(id);
  });

  it.each([[{}], [{ startedOn: '2023-02-30' }], [{ createdAt: 'yesterday' }]])('refuses %j', (dates) => {
    expect(() => defaultEdition(dates)).toThrow(RangeError);
  });
});

describe('labels', () => {
  const groups = {
    SECTORS,
    OPERATION_MODES,
    RETURN_MECHANISMS,
    DISCLOSURE_MODES,
    INTERIM_DISCLOSURE_MODES,
    ...Object.fromEntries(
      PPP_EDITIONS.map((e) => [`stages ${e.id}`, Object.fromEntries(e.stages.map((s) => [s.key, s.label]))]),
    ),
  };
  it.each(Object.entries(groups))('%s: ASCII keys, labels in both scripts', (_name, labels) => {
    for (const [key, label] of Object.entries(labels)) {
      expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(label['zh-Hans']).not.toBe('');
      expect(label['zh-Hant']).not.toBe('');
    }
  });

  it.each([
    [SECTORS.ecology, '生态建设和环境保护', '生態建設和環境保護'],
    [OPERATION_MODES.om, 'O&M（委托运营）', 'O&M（委託運營）'],
    [RETURN_MECHANISMS['viability-gap'], '可行性缺口补助', '可行性缺口補助'],
    [DISCLOSURE_MODES['on-request'], '依申请公开', '依申請公開'],
    [findEdition('caijin-2017')!.stages[2].label, '采购', '採購'],
    [findEdition('concession-2023')!.stages[1].label, '特许经营者选择', '特許經營者選擇'],
  ])('%j', (label, hans, hant) => {
    expect(label).toEqual(expect.objectContaining({ 'zh-Hans': hans, 'zh-Hant': hant }));
  });

  it('serves every group in the kit label shape', () => {
    expect(PPP_LABELS.operationMode.bot).toEqual({
      'zh-Hans': 'BOT（建设—运营—移交）',
      'zh-Hant': 'BOT（建設—運營—移交）',
    });
    expect(Object.keys(PPP_LABELS)).toEqual(
      expect.arrayContaining([
        'sector',
        'operationMode',
        'returnMechanism',
        'disclosureMode',
        'edition',
        'stage:concession-2023',
      ]),
    );
  });

  it.each([
    ['交通運輸', 'transport'],
    ['其它', 'other'],
    ['municipal', 'municipal'],
    ['港口', null],
  ])('resolves the sector %s', (input, key) => {
    expect(resolveSector(input)).toBe(key);
  });

  it.each([
    ['BOT', 'bot'],
    ['o&m', 'om'],
    ['TOT（轉讓—運營—移交）', 'tot'],
    ['mc', 'mc'],
    ['PFI', null],
  ])('resolves the operation mode %s', (input, key) => {
    expect(resolveOperationMode(input)).toBe(key);
  });
});

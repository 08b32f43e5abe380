import { disclosureSchedule, findEdition, nextDisclosure, type DeadlineInput } from '..';

const e2017 = findEdition('caijin-2017')!;
const e2021 = findEdition('caijin-2021')!;
const e2023 = findEdition('concession-2023')!;
/** An instant at the given time of day in China (UTC+8). */
const at = (day: string, time = '12:00:00') => new Date(`${day}T${time}+08:00`);

const project = (overrides: Partial<DeadlineInput> = {}): DeadlineInput => ({
  edition: e2017,
  stage: 'execution',
  milestones: [
    { date: '2023-01-10', stage: 'identification' },
    { date: '2023-03-01', stage: 'procurement' },
    { date: '2023-08-10', stage: 'execution' },
  ],
  publishedAt: null,
  updates: [],
  ...overrides,
});

describe('2017/2021: 识别、准备、采购阶段信息 within 6 months of entering 执行', () => {
  it.each([
    ['2024-08-31', '2025-02-28'],
    ['2023-08-31', '2024-02-29'],
    ['2024-02-29', '2024-08-29'],
    ['2024-06-30', '2024-12-30'],
  ])('entered 执行 on %s → due %s', (entered, due) => {
    const next = nextDisclosure(
      project({ milestones: [{ date: entered, stage: 'execution' }] }),
      at(entered),
    );
    expect(next).toEqual({
      item: 'pre-execution-information',
      label: '项目识别、准备、采购阶段信息',
      dueOn: due,
      overdue: false,
      rule: 'caijin-2017/pre-execution-information',
      basis: expect.stringContaining('6 个月'),
    });
  });

  it.each([
    ['2025-02-28', '00:00:00', false],
    ['2025-02-28', '23:59:59', false], // the due day itself
    ['2025-03-01', '00:00:00', true], // the day after
  ])('on %s %s (China) overdue is %s', (day, time, overdue) => {
    const next = nextDisclosure(
      project({ milestones: [{ date: '2024-08-31', stage: 'execution' }] }),
      at(day, time),
    );
    expect(next).toMatchObject({ dueOn: '2025-02-28', overdue });
  });

  it('reads the clock in China, not in UTC', () => {
    const input = project({ milestones: [{ date: '2024-08-31', stage: 'execution' }] });
    expect(nextDisclosure(input, new Date('2025-02-28T15:59:59Z'))?.overdue).toBe(false);
    expect(nextDisclosure(input, new Date('2025-02-28T16:00:00Z'))?.overdue).toBe(true);
  });

  it.each([
    [null, false],
    ['2023-08-09T10:00:00+08:00', false], // published before entering 执行: not the execution-time information
    ['2023-08-09T16:00:00Z', true], // 2023-08-10 00:00 in China, the day it entered
    ['2024-01-05T02:00:00Z', true],
  ])('publishedAt %j meets it: %s', (publishedAt, met) => {
    const item = disclosureSchedule(project({ publishedAt }), at('2023-12-01')).find(
      (i) => i.item === 'pre-execution-information',
    )!;
    expect(item.met).toBe(met);
  });

  it.each([['identification'], ['preparation'], ['procurement']])('owes nothing dated in %s', (stage) => {
    expect(disclosureSchedule(project({ stage }), at('2030-01-01'))).toEqual([]);
  });

  it('applies the same limits under the 2021 edition, citing it', () => {
    expect(nextDisclosure(project({ edition: e2021 }), at('2023-09-01'))).toMatchObject({
      dueOn: '2024-02-10',
      rule: 'caijin-2021/pre-execution-information',
      basis: expect.stringContaining('财金〔2021〕110号'),
    });
  });

  it('dates 执行 from a later stage when its milestone is missing, and skips what it cannot date', () => {
    const later = project({ stage: 'handover', milestones: [{ date: '2030-05-06', stage: 'handover' }] });
    expect(nextDisclosure(later, at('2030-05-06'))?.dueOn).toBe('2030-11-06');
    expect(disclosureSchedule(project({ milestones: [] }), at('2030-01-01'))).toEqual([]);
  });

  it('counts a stage entered again from the new day', () => {
    const again = project({
      milestones: [
        { date: '2023-08-10', stage: 'execution' },
        { date: '2023-09-01', stage: 'procurement' },
        { date: '2023-10-09', stage: 'execution' },
        { date: '2023-10-10', stage: null },
      ],
    });
    expect(nextDisclosure(again, at('2023-10-10'))?.dueOn).toBe('2024-04-09');
  });
});

describe('2017/2021: 执行阶段信息 of each year by 30 April of the next', () => {
  const published = '2023-09-01T10:00:00+08:00';
  const withUpdates = (updates: DeadlineInput['updates'], extra: Partial<DeadlineInput> = {}) =>
    project({ publishedAt: published, updates, ...extra });
  const pub = (period: string, day = '2025-01-15') => ({ period, publishedAt: `${day}T09:00:00+08:00` });

  it.each([
    ['2023-12-31', '23:59:59', []],
    ['2024-01-01', '00:00:00', ['2023:2024-04-30:false']],
    ['2024-04-30', '23:59:59', ['2023:2024-04-30:false']],
    ['2024-05-01', '00:00:00', ['2023:2024-04-30:true']],
    ['2025-03-01', '12:00:00', ['2023:2024-04-30:true', '2024:2025-04-30:false']],
  ])('on %s %s the years due are %j', (day, time, expected) => {
    const items = disclosureSchedule(withUpdates([]), at(day, time)).filter((i) =>
      i.item.startsWith('annual'),
    );
    expect(items.map((i) => `${i.item.split(':')[1]}:${i.dueOn}:${i.overdue}`)).toEqual(expected);
  });

  it.each([
    [[pub('2023')], '2024'],
    [[pub('2023Q3'), pub('2023Q4')], '2024'], // it entered 执行 in Q3: Q3 and Q4 are the year
    [[pub('2023Q4')], '2023'], // one quarter is not the year
    [[pub('2023'), pub('2024Q1'), pub('2024Q2'), pub('2024Q3')], '2024'],
    [[pub('2023'), pub('2024Q1'), pub('2024Q2'), pub('2024Q3'), pub('2024Q4')], null],
    [[pub('2023'), pub('2024')], null],
    [[{ period: '2023', publishedAt: null }], '2023'], // a draft does not count
    [[pub('2023'), { period: 'garbage', publishedAt: '2025-01-01' }], '2024'],
  ])('with updates %j the next year due is %s', (updates, year) => {
    const next = nextDisclosure(withUpdates(updates), at('2025-03-01'));
    expect(next?.item ?? null).toBe(year === null ? null : `annual-execution-information:${year}`);
    if (year) expect(next?.label).toBe(`${year} 年度执行阶段信息`);
  });

  it('records when a year was met, late or not', () => {
    const schedule = disclosureSchedule(
      withUpdates([pub('2023Q3', '2024-01-20'), pub('2023Q4', '2024-06-02')]),
      at('2025-03-01'),
    );
    expect(schedule.find((i) => i.item === 'annual-execution-information:2023')).toMatchObject({
      met: true,
      metOn: '2024-06-02',
      overdue: false,
    });
  });

  it('stops with the year the project entered 移交', () => {
    const handedOver = withUpdates([], {
      stage: 'handover',
      milestones: [
        { date: '2023-08-10', stage: 'execution' },
        { date: '2025-06-01', stage: 'handover' },
      ],
      updates: [pub('2023'), pub('2024'), pub('2025Q1'), pub('2025Q2')],
    });
    expect(disclosureSchedule(handedOver, at('2028-03-01')).map((i) => i.item)).toEqual([
      'pre-execution-information',
      'annual-execution-information:2023',
      'annual-execution-information:2024',
      'annual-execution-information:2025',
    ]);
    expect(nextDisclosure(handedOver, at('2028-03-01'))).toBeNull();
  });

  it('answers the earliest unmet item first', () => {
    const next = nextDisclosure(project({ updates: [pub('2023')] }), at('2025-03-01'));
    expect(next).toMatchObject({ item: 'pre-execution-information', dueOn: '2024-02-10', overdue: true });
  });

  it('gives labels in 繁体 on request', () => {
    const next = nextDisclosure(withUpdates([], { locale: 'zh-Hant-TW' }), at('2025-03-01'));
    expect(next?.label).toBe('2023 年度執行階段信息');
  });
});

describe('2023 新机制: each stage within 20 working days of entering it', () => {
  const concession = (overrides: Partial<DeadlineInput> = {}) =>
    project({
      edition: e2023,
      stage: 'selection',
      milestones: [
        { date: '2025-01-06', stage: 'plan' },
        { date: '2025-02-28', stage: 'selection' },
      ],
      ...overrides,
    });

  it('owes nothing before the selection starts (not public yet)', () => {
    expect(nextDisclosure(concession({ stage: 'plan' }), at('2026-01-01'))).toBeNull();
  });

  it.each([
    ['2025-02-28', '2025-03-28'], // Friday
    ['2025-03-01', '2025-03-28'], // Saturday
    ['2025-03-02', '2025-03-28'], // Sunday
    ['2025-03-03', '2025-03-31'], // Monday
    ['2024-02-29', '2024-03-28'],
    ['2024-12-20', '2025-01-17'],
  ])('entered 特许经营者选择 on %s → due %s', (entered, due) => {
    const next = nextDisclosure(
      concession({ milestones: [{ date: entered, stage: 'selection' }] }),
      at(entered),
    );
    expect(next).toEqual({
      item: 'stage-information:selection',
      label: '「特许经营者选择」阶段信息',
      dueOn: due,
      overdue: false,
      rule: 'concession-2023/stage-information',
      basis: expect.stringContaining('20 个工作日'),
    });
  });

  it.each([
    ['2025-03-28', false],
    ['2025-03-29', true],
  ])('on %s overdue is %s', (day, overdue) => {
    expect(nextDisclosure(concession(), at(day))?.overdue).toBe(overdue);
  });

  it('asks for each new stage once the project was published in the previous one', () => {
    const later = concession({
      stage: 'construction',
      publishedAt: '2025-03-10T10:00:00+08:00',
      milestones: [
        { date: '2025-02-28', stage: 'selection' },
        { date: '2025-05-06', stage: 'investment-approval' },
        { date: '2025-07-01', stage: 'construction' },
      ],
    });
    expect(
      disclosureSchedule(later, at('2025-07-02')).map((i) => [i.item, i.dueOn, i.met, i.overdue]),
    ).toEqual([
      ['stage-information:selection', '2025-03-28', true, false],
      ['stage-information:investment-approval', '2025-06-03', false, true],
      ['stage-information:construction', '2025-07-29', false, false],
    ]);
    expect(
      nextDisclosure({ ...later, publishedAt: '2025-07-01T09:00:00+08:00' }, at('2025-07-02')),
    ).toBeNull();
  });

  it('has no yearly rule: operation years bring nothing once the stage is published', () => {
    const operating = concession({
      stage: 'operation',
      publishedAt: '2026-01-05',
      milestones: [{ date: '2026-01-05', stage: 'operation' }],
    });
    expect(nextDisclosure(operating, at('2030-06-01'))).toBeNull();
  });
});

describe('input it cannot date', () => {
  it('schedules nothing for a stage of another edition', () => {
    expect(disclosureSchedule(project({ stage: 'construction' }), at('2025-01-01'))).toEqual([]);
  });

  it('refuses an invalid clock', () => {
    expect(() => nextDisclosure(project(), new Date('x'))).toThrow(RangeError);
  });
});

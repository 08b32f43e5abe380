import { OPERATION_MODE_KEYS, SECTOR_KEYS, projectStats, sumWan, toCents, type StatsProject } from '..';

const projects: StatsProject[] = [
  { stage: 'execution', sector: 'water', operationMode: 'bot', investment: 0.1, edition: 'caijin-2017' },
  { stage: 'execution', sector: 'water', operationMode: 'tot', investment: '0.20', edition: 'caijin-2021' },
  {
    stage: 'procurement',
    sector: 'municipal',
    operationMode: 'bot',
    investment: 12345678.91,
    edition: 'caijin-2017',
  },
  {
    stage: 'construction',
    sector: 'transport',
    operationMode: 'boot',
    investment: 99999999.99,
    edition: 'concession-2023',
  },
  {
    stage: 'handover',
    sector: 'transport',
    operationMode: 'bot',
    investment: 1250n,
    edition: 'concession-2023',
  },
  { stage: 'handover', sector: 'harbour', operationMode: null, investment: null, edition: 'caijin-2017' },
];

describe('projectStats', () => {
  const stats = projectStats(projects, 'zh-Hans');
  const cents = (entries: { totalInvestment: number }[]) => sumWan(entries.map((e) => e.totalInvestment));

  it('totals exactly (0.1 + 0.2 is 0.3)', () => {
    expect(stats.total).toEqual({ count: 6, totalInvestment: 112345691.7 });
    expect(toCents(stats.total.totalInvestment)).toBe(sumWan(projects.map((p) => p.investment)));
  });

  it.each([['byStage'], ['bySector'], ['byOperationMode']] as const)('%s adds up to the total', (by) => {
    const entries = stats[by];
    expect(entries.reduce((n, e) => n + e.count, 0)).toBe(stats.total.count);
    expect(cents(entries)).toBe(toCents(stats.total.totalInvestment));
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
  });

  it('lists only the stages present, in edition and stage order', () => {
    expect(stats.byStage).toEqual([
      { key: 'procurement', label: '采购', count: 1, totalInvestment: 12345678.91 },
      { key: 'execution', label: '执行', count: 2, totalInvestment: 0.3 },
      { key: 'handover', label: '移交 / 终止和移交', count: 2, totalInvestment: 12.5 },
      { key: 'construction', label: '建设实施', count: 1, totalInvestment: 99999999.99 },
    ]);
  });

  it('lists every sector and operation mode, with zeros, then the values outside the data', () => {
    expect(stats.bySector.map((e) => e.key)).toEqual([...SECTOR_KEYS, 'harbour']);
    expect(stats.bySector.find((e) => e.key === 'water')).toEqual({
      key: 'water',
      label: '水利建设',
      count: 2,
      totalInvestment: 0.3,
    });
    expect(stats.bySector.find((e) => e.key === 'energy')).toMatchObject({ count: 0, totalInvestment: 0 });
    expect(stats.bySector.at(-1)).toEqual({ key: 'harbour', label: 'harbour', count: 1, totalInvestment: 0 });
    expect(stats.byOperationMode.map((e) => e.key)).toEqual([...OPERATION_MODE_KEYS, 'unspecified']);
    expect(stats.byOperationMode.at(-1)).toMatchObject({ label: '未填写', count: 1 });
  });

  it.each([
    [[{ stage: 'handover', edition: 'caijin-2017' }], '移交'],
    [[{ stage: 'handover', edition: 'concession-2023' }], '终止和移交'],
    [[{ stage: 'handover' }], '移交 / 终止和移交'],
  ])('labels a shared stage key after the editions of its projects (%#)', (list, label) => {
    expect(projectStats(list, 'zh-Hans').byStage).toEqual([
      { key: 'handover', label, count: 1, totalInvestment: 0 },
    ]);
  });

  it.each([
    ['zh-Hant', '水利建設', '採購', 'O&M（委託運營）'],
    ['zh-Hant-HK', '水利建設', '採購', 'O&M（委託運營）'],
    ['zh-Hans', '水利建设', '采购', 'O&M（委托运营）'],
    [undefined, '水利建设', '采购', 'O&M（委托运营）'],
  ])('labels in the script of %s', (locale, sector, stage, mode) => {
    const s = projectStats(projects, locale);
    expect(s.bySector.find((e) => e.key === 'water')?.label).toBe(sector);
    expect(s.byStage[0].label).toBe(stage);
    expect(s.byOperationMode.find((e) => e.key === 'om')?.label).toBe(mode);
  });

  it('is all zeros for no projects, with the sector and mode axes kept', () => {
    const empty = projectStats([], 'zh-Hans');
    expect(empty.total).toEqual({ count: 0, totalInvestment: 0 });
    expect(empty.byStage).toEqual([]);
    expect(empty.bySector).toHaveLength(SECTOR_KEYS.length);
  });

  it('refuses an investment that is not exact money', () => {
    expect(() => projectStats([{ investment: 0.001 }], 'zh-Hans')).toThrow(/^investment:/);
  });

  it('does not take an inherited property name for a sector', () => {
    expect(projectStats([{ sector: 'constructor' }], 'zh-Hans').bySector.at(-1)?.label).toBe('constructor');
  });
});

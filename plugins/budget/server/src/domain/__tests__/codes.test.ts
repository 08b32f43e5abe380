import { GFS_2017, GFS_2026 } from '../../data/classification';
import { buildTree, checkCode, codeLevel, parentCode, summarize, threeFundsProblems } from '..';

describe('classification codes', () => {
  it.each([
    ['function', '205', 1],
    ['function', '20502', 2],
    ['function', '2050201', 3],
    ['function', '2050', 0],
    ['function', '205020101', 0],
    ['economic', '301', 1],
    ['economic', '30101', 2],
    ['economic', '3010101', 0],
    ['function', '20a', 0],
  ] as const)('%s %s is level %d', (axis, code, level) => expect(codeLevel(axis, code)).toBe(level));

  it.each([
    ['2050201', '20502'],
    ['20502', '205'],
    ['205', null],
  ])('the parent of %s is %s', (code, parent) => expect(parentCode(code)).toBe(parent));

  it('names a code of the edition, flags one it lacks as custom, refuses a malformed one', () => {
    expect(checkCode('function', '210', GFS_2017)).toEqual({
      ok: true,
      custom: false,
      name: '医疗卫生与计划生育支出',
    });
    expect(checkCode('function', '210', GFS_2026)).toEqual({ ok: true, custom: false, name: '卫生健康支出' });
    expect(checkCode('function', '2059999', GFS_2017)).toMatchObject({ ok: true, custom: true });
    expect(checkCode('economic', '3010101', GFS_2017)).toMatchObject({ ok: false });
  });
});

describe('trees and summaries are exact', () => {
  const line = (code: string, amount: bigint, group = 'g') => ({
    code,
    name: code,
    amount,
    lastYearAmount: null,
    group,
  });
  it('a total row is replaced by the sum of the rows below it', () => {
    const tree = buildTree(
      [line('205', 999n), line('20502', 30n), line('2050201', 10n), line('2050202', 20n)],
      () => undefined,
    );
    expect(tree[0].amount).toBe(30n);
    expect(tree[0].children[0].children.map((c) => c.amount)).toEqual([10n, 20n]);
  });
  it('names parents without a row from the edition', () => {
    const tree = buildTree([line('2050201', 10n)], (c) => GFS_2017.function[c]);
    expect([tree[0].name, tree[0].children[0].name]).toEqual(['教育支出', '普通教育']);
  });
  it('sums reports in 元 and 万元 in 分', () => {
    const s = summarize([
      {
        department: { documentId: 'a', name: 'A', code: 'a' },
        unit: 'yuan',
        leaves: [{ code: '205', amount: 10n }],
      },
      {
        department: { documentId: 'b', name: 'B', code: 'b' },
        unit: 'wan-yuan',
        leaves: [{ code: '208', amount: 1n }],
      },
    ]);
    expect(s.total).toBe(10_010n);
    expect(s.livelihood.map((c) => [c.code, c.amount])).toEqual([
      ['205', 10n],
      ['208', 10_000n],
      ['210', 0n],
      ['213', 0n],
      ['221', 0n],
    ]);
  });
});

describe('三公经费 at publishing', () => {
  const f = (current: number[], lastYear: number[] | null, explanation: string | null = null) => {
    const fig = (v: number[]) => ({
      abroad: BigInt(v[0]),
      vehiclePurchase: BigInt(v[1]),
      vehicleOperation: BigInt(v[2]),
      reception: BigInt(v[3]),
    });
    return { current: fig(current), lastYear: lastYear ? fig(lastYear) : null, explanation };
  };
  it.each([
    ['missing', null, 1],
    ['without last year', f([0, 0, 1, 1], null), 1],
    ['unchanged', f([0, 0, 1, 1], [0, 0, 1, 1]), 0],
    ['changed, unexplained', f([0, 0, 1, 2], [0, 0, 1, 1]), 1],
    ['changed, explained', f([0, 0, 1, 2], [0, 0, 1, 1], '接待任务增加'), 0],
  ])('%s → %d problems', (_l, funds, n) => expect(threeFundsProblems(funds as never)).toHaveLength(n));
});

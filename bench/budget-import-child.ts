// One measured import of a generated final account (BENCH_LINES lines, default 10,000) into the database the
// environment points at, then the tree of that report against the tree of a 100-line one, in this process.
// Prints {"lines": …, "bytes": …, "dryRunMs": …, "importMs": …, "treeMs": …, "smallTreeMs": …}.
import { performance } from 'node:perf_hooks';
import { Workbook } from 'exceljs';
import { makeUscc } from '../plugins/gov-core/server/src/domain/organization-code';
import { tableSetFor } from '../plugins/budget/server/src/data/table-sets';
import { median } from './lib';

const LINES = Number(process.env.BENCH_LINES ?? 10000);

/** 一般公共预算财政拨款支出决算表 of `lines` lines: one 类, 款 of 99 项 each (2 lines per row), every total exact. */
const functionTable = (lines: number) => {
  const rows: (string | number)[][] = [];
  const items = Math.max(1, Math.floor(lines / 2) - 1);
  const kuan = Math.ceil(items / 99);
  let left = items - kuan;
  const body: (string | number)[][] = [];
  let total = 0;
  for (let k = 1; k <= kuan; k++) {
    const code = `205${String(k).padStart(2, '0')}`;
    const n = Math.min(99, Math.max(0, left));
    left -= n;
    const children = Array.from(
      { length: n },
      (_, i) =>
        [`${code}${String(i + 1).padStart(2, '0')}`, `项目${k}-${i + 1}`, (i % 7) + 0.1, (i % 5) + 0.2] as (
          | string
          | number
        )[],
    );
    const sum = (col: number) => children.reduce((t, c) => t + Math.round(Number(c[col]) * 100), 0) / 100;
    body.push([code, `款${k}`, n ? sum(2) : 1, n ? sum(3) : 0], ...children);
    total += Math.round((n ? sum(2) + sum(3) : 1) * 100);
  }
  const basic =
    body.filter((r) => String(r[0]).length === 5).reduce((t, r) => t + Math.round(Number(r[2]) * 100), 0) /
    100;
  const project =
    body.filter((r) => String(r[0]).length === 5).reduce((t, r) => t + Math.round(Number(r[3]) * 100), 0) /
    100;
  rows.push(['科目编码', '科目名称', '基本支出', '项目支出'], ['205', '教育支出', basic, project], ...body);
  return { rows, total };
};

const workbook = async (lines: number) => {
  const title = tableSetFor('final-account', 2017).tables.find((t) => t.key === 'general-function')!.title;
  const wb = new Workbook();
  wb.addWorksheet(title).addRows(functionTable(lines).rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
};

const main = async () => {
  process.env.NODE_ENV = 'test';
  const { bootApp } = await import('../scripts/boot');
  const strapi = await bootApp();
  const docs = (uid: string) => strapi.documents(uid as never) as any;
  const approve = (uid: string, documentId: string) =>
    strapi
      .plugin('gov-core')
      .service('reviews')
      .decide({ uid, documentId, decision: 'approve', comment: 'bench' }, null);
  const dept = await docs('plugin::gov-core.department').create({
    data: {
      name: '道县基准测试局',
      code: 'bench',
      organizationCode: makeUscc({ divisionCode: '431124', orgCodeBody: 'B0000003' }),
      kind: 'department',
    },
  });
  await docs('plugin::gov-core.department').publish({ documentId: dept.documentId });
  const column = await docs('plugin::gov-core.column').create({
    data: {
      name: '财政预决算',
      slug: 'bench-yjs',
      kind: 'thematic',
      contentType: 'plugin::budget.budget-report',
    },
  });
  await docs('plugin::gov-core.column').publish({ documentId: column.documentId });
  const report = (year: number) =>
    docs('plugin::budget.budget-report').create({
      data: {
        year,
        kind: 'final-account',
        unit: 'yuan',
        approvedAt: `${year + 1}-06-30`,
        reviewStatement: '基准测试',
        threePublicFunds: Object.fromEntries(
          ['abroad', 'vehiclePurchase', 'vehicleOperation', 'reception'].flatMap((p) => [
            [p, 0],
            [`lastYear${p[0].toUpperCase()}${p.slice(1)}`, 0],
          ]),
        ),
        tableNotes: tableSetFor('final-account', year)
          .tables.filter((t) => !['general-function', 'three-public-funds', 'livelihood'].includes(t.key))
          .map((t) => ({ table: t.key, note: '基准测试：无数据' })),
        department: dept.documentId,
        column: column.documentId,
      },
    });
  const tables = strapi.plugin('budget').service('tables');
  const publicTables = strapi.plugin('budget').service('public');

  const big = await report(2017);
  const file = await workbook(LINES);
  let t0 = performance.now();
  await tables.importFile(big.documentId, file, { dryRun: true, filename: 'bench.xlsx' });
  const dryRunMs = performance.now() - t0;
  t0 = performance.now();
  const result = await tables.importFile(big.documentId, file, { filename: 'bench.xlsx' });
  const importMs = performance.now() - t0;

  const small = await report(2016);
  await tables.importFile(small.documentId, await workbook(100), { filename: 'small.xlsx' });
  // The tree is public only for published reports: reviewed and published as any report is.
  for (const r of [big, small]) {
    await approve('plugin::budget.budget-report', r.documentId);
    await docs('plugin::budget.budget-report').publish({ documentId: r.documentId });
  }
  const time = async (documentId: string) => {
    const runs: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      const tree = await publicTables.tree(documentId, 'function');
      if (!tree) throw new Error('the tree of a published report is missing');
      runs.push(performance.now() - t);
    }
    return median(runs);
  };
  await time(small.documentId);
  const treeMs = await time(big.documentId);
  const smallTreeMs = await time(small.documentId);
  console.log(
    JSON.stringify({ lines: result.created, bytes: file.length, dryRunMs, importMs, treeMs, smallTreeMs }),
  );
  process.exit(0);
};
main().catch((e) => {
  console.error(e);
  process.exit(1);
});

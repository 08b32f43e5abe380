import { Workbook } from 'exceljs';
import type { Core } from '@strapi/strapi';
import type { SeedOutcome, SeedSet } from '../types';
import { approveAndPublish, columnId, departmentId, docs, isPublished } from '../helpers';
import { BUDGET_REPORTS, COLUMN_SLUG, REVIEW_STATEMENT, type BudgetSeed } from '../data/budget/reports';
import { editionFor } from '../../plugins/budget/server/src/data/classification';
import { tableSetFor } from '../../plugins/budget/server/src/data/table-sets';
import { blankLine, writeReportTables, type LineRecord } from '../../plugins/budget/server/src/domain';

/**
 * budget demo data: 2017 budgets and final accounts of Dao County departments (seeds/data/budget). Each report
 * is created through the document service, its standard tables are built from the 项 of the data (类 and 款
 * totals, summary tables and 合计 rows derived, so everything adds up) and imported through the plugin's own
 * import — the way a department would — then reviewed and published (one stays a draft).
 */

const REPORT = 'plugin::budget.budget-report';
const LINE = 'plugin::budget.budget-line';

const enabled = (strapi: Core.Strapi) => Boolean(strapi.plugin('budget'));
const cents = (yuan: number) => BigInt(Math.round(yuan * 100));

const EMPTY_NOTES: Record<string, string> = {
  'fund-function': '本部门没有政府性基金预算财政拨款收入、支出，故本表为空表。',
  'state-capital-function': '本部门没有国有资本经营预算财政拨款支出，故本表为空表。',
};

const blank = blankLine;

/** A classified table from its most detailed rows: 合计, then each 类, its 款 and their rows, every total summed. */
function classified(
  table: string,
  fund: LineRecord['fund'],
  axis: 'function' | 'economic',
  leaves: { code: string; basic: bigint; project: bigint }[],
  year: number,
): LineRecord[] {
  const names = editionFor(year)[axis];
  const codes = new Set<string>();
  for (const l of leaves) for (let c = l.code; c.length >= 3; c = c.slice(0, c.length - 2)) codes.add(c);
  const sum = (code: string, key: 'basic' | 'project') =>
    leaves.filter((l) => l.code.startsWith(code)).reduce((t, l) => t + l[key], 0n);
  const rows = [
    {
      code: null as string | null,
      basic: leaves.reduce((t, l) => t + l.basic, 0n),
      project: leaves.reduce((t, l) => t + l.project, 0n),
    },
    ...[...codes].sort().map((code) => ({ code, basic: sum(code, 'basic'), project: sum(code, 'project') })),
  ];
  return rows.flatMap((row, i) => {
    const base = { ...blank(table, i + 1), fund };
    const coded = (l: LineRecord): LineRecord =>
      row.code === null
        ? { ...l, item: '合计' }
        : axis === 'function'
          ? { ...l, functionCode: row.code, functionName: names[row.code] ?? row.code }
          : { ...l, economicCode: row.code, economicName: names[row.code] ?? row.code };
    return axis === 'function'
      ? [
          coded({ ...base, expenseType: 'basic', amount: row.basic }),
          coded({ ...base, expenseType: 'project', amount: row.project }),
        ]
      : [coded({ ...base, expenseType: 'basic', amount: row.basic })];
  });
}

/** Summary items with their 合计 rows (each the sum of the rows since the previous one). */
const items = (table: string, groups: [string, bigint][][]): LineRecord[] => {
  const out: LineRecord[] = [];
  for (const [i, group] of groups.entries()) {
    for (const [item, amount] of group) out.push({ ...blank(table, out.length + 1), item, amount });
    const label = groups.length > 1 ? (i === 0 ? '收入合计' : '支出合计') : '合计';
    out.push({ ...blank(table, out.length + 1), item: label, amount: group.reduce((t, [, a]) => t + a, 0n) });
  }
  return out;
};

/** The report's standard tables as an xlsx, in its year's table set. */
export async function budgetWorkbook(r: BudgetSeed): Promise<Buffer> {
  const set = tableSetFor(r.kind, r.year);
  const general = r.general.map(([code, basic, project]) => ({
    code,
    basic: cents(basic),
    project: cents(project),
  }));
  const fund = (r.fund ?? []).map(([code, project]) => ({ code, basic: 0n, project: cents(project) }));
  const generalTotal = general.reduce((t, l) => t + l.basic + l.project, 0n);
  const fundTotal = fund.reduce((t, l) => t + l.project, 0n);
  const basic = general.reduce((t, l) => t + l.basic, 0n);
  const project = general.reduce((t, l) => t + l.project, 0n) + fundTotal;
  const income: [string, bigint][] = [
    ['一般公共预算财政拨款收入', generalTotal],
    ...(fund.length ? ([['政府性基金预算财政拨款收入', fundTotal]] as [string, bigint][]) : []),
  ];
  const spending: [string, bigint][] = [
    ['一般公共预算财政拨款支出', generalTotal],
    ...(fund.length ? ([['政府性基金预算财政拨款支出', fundTotal]] as [string, bigint][]) : []),
  ];
  const lines: LineRecord[] = [
    ...items('summary', [income, spending]),
    ...items('income', [income]),
    ...items('expenditure', [
      [
        ['基本支出', basic],
        ['项目支出', project],
      ],
    ]),
    ...items('appropriation', [income, spending]),
    ...classified('general-function', 'general', 'function', general, r.year),
    ...classified(
      'general-economic',
      'general',
      'economic',
      r.economic.map(([code, a]) => ({ code, basic: cents(a), project: 0n })),
      r.year,
    ),
    ...(fund.length ? classified('fund-function', 'fund', 'function', fund, r.year) : []),
    ...(r.livelihood ?? []).map((p, i) => ({
      ...blank('livelihood', i + 1),
      fund: 'general' as const,
      functionCode: p.code,
      functionName: editionFor(r.year).function[p.code] ?? p.code,
      expenseType: 'project' as const,
      amount: cents(p.amount),
      projectName: p.projectName,
      subsidyStandard: p.subsidyStandard,
      distributionProcedure: p.distributionProcedure,
      recipients: p.recipients,
      allocationResult: p.allocationResult,
    })),
  ];
  const filled = new Set(lines.map((l) => l.table));
  const notes = Object.fromEntries(
    set.tables
      .filter((t) => EMPTY_NOTES[t.key] && !filled.has(t.key))
      .map((t) => [t.key, EMPTY_NOTES[t.key]]),
  );
  const [c, l] = [r.threePublicFunds.current.map(cents), r.threePublicFunds.lastYear.map(cents)];
  const sheets = writeReportTables({
    set,
    unit: 'yuan',
    lines,
    notes,
    threePublicFunds: {
      current: { abroad: c[0], vehiclePurchase: c[1], vehicleOperation: c[2], reception: c[3] },
      lastYear: { abroad: l[0], vehiclePurchase: l[1], vehicleOperation: l[2], reception: l[3] },
      explanation: r.threePublicFunds.explanation,
    },
  });
  const workbook = new Workbook();
  for (const s of sheets)
    workbook.addWorksheet(s.title.replace(/[[\]:*?/\\]/g, '').slice(0, 31)).addRows(s.rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const reportOf = async (strapi: Core.Strapi, r: BudgetSeed) =>
  strapi.db.query(REPORT).findOne({
    where: {
      year: r.year,
      kind: r.kind,
      scopeDepartment: await departmentId(strapi, r.department),
      publishedAt: null,
    },
    select: ['documentId'],
  }) as Promise<{ documentId: string } | null>;

export const budgetReportsSet: SeedSet<BudgetSeed> = {
  name: 'budget reports',
  records: (strapi) => (enabled(strapi) ? BUDGET_REPORTS : []),
  label: (r) => `${r.department} ${r.year} ${r.kind}`,
  async apply(strapi, r): Promise<SeedOutcome> {
    const existing = await reportOf(strapi, r);
    if (existing) {
      if (r.draft || (await isPublished(strapi, REPORT, existing.documentId))) return 'existing';
      await approveAndPublish(strapi, REPORT, existing.documentId);
      return 'updated';
    }
    const department = await departmentId(strapi, r.department);
    const created = await docs(strapi, REPORT).create({
      data: {
        year: r.year,
        kind: r.kind,
        unit: 'yuan',
        approvedAt: r.approvedAt,
        description: `<p>${r.description}</p>`,
        agencyOperatingCost: r.agencyOperatingCost.toFixed(2),
        reviewStatement: REVIEW_STATEMENT,
        department,
        column: await columnId(strapi, COLUMN_SLUG),
        disclosure: { publisher: department, writtenAt: r.approvedAt },
      },
    });
    await strapi
      .plugin('budget')
      .service('tables')
      .importFile(created.documentId, await budgetWorkbook(r), { actor: null, filename: 'tables.xlsx' });
    if (!r.draft) await approveAndPublish(strapi, REPORT, created.documentId);
    return 'created';
  },
  count: async (strapi) => {
    if (!enabled(strapi)) return 0;
    let n = 0;
    for (const r of BUDGET_REPORTS) if (await reportOf(strapi, r)) n++;
    return n;
  },
  async reset(strapi) {
    if (!enabled(strapi)) return;
    for (const r of BUDGET_REPORTS) {
      const found = await reportOf(strapi, r);
      if (!found) continue;
      await strapi.db.query(LINE).deleteMany({ where: { report: found.documentId } });
      await strapi.db.query(REPORT).deleteMany({ where: { documentId: found.documentId } });
    }
  },
};

export const budgetSets = [budgetReportsSet];

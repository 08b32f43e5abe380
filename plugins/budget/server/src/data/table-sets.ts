/**
 * The standard tables of department budgets and final accounts, per kind and year: the sheets an import
 * recognises and an export writes, and what a report must publish (an empty table is published with a note).
 *
 * Layouts (domain/tables.ts reads and writes them):
 * - `function`: 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 (| 上年基本支出 | 上年项目支出) — rows at 类, 款 and
 *   项 level by 支出功能分类科目 of the table's fund; every 类 and 款 row is the exact sum of its children.
 * - `economic`: 科目编码 | 科目名称 | 金额 (| 上年金额) — 一般公共预算基本支出 by 经济分类科目 (类 and 款).
 * - `summary`: 项目 | 金额 (| 上年金额) — the summary tables (收入支出总表 …) as lines of items; a row named
 *   合计 / 总计 / 小计 is the exact sum of the rows above it since the previous such row.
 * - `three-public-funds`: 项目 | 金额 (| 上年金额) with the four parts of 三公经费 (and their 合计).
 * - `livelihood`: 科目编码 | 项目名称 | 预算规模 | 补助标准 | 发放程序 | 补助对象 | 资金分配结果 — the 民生 projects:
 *   each row is a 项目支出 line of the general fund's function table; their sum per 科目 is that row's 项目支出.
 *
 * A county whose province publishes another layout adds a table set here (or in its own fork of this file):
 * `tableSetFor` takes the newest set of the kind whose `fromYear` is not after the report's year.
 */
import type { FundKey, KindKey } from './labels';

export type TableLayout = 'function' | 'economic' | 'summary' | 'three-public-funds' | 'livelihood';

export interface TableDefinition {
  /** Stable key (stored on every line): `general-function` … */
  key: string;
  /** The sheet name and title as published. */
  title: string;
  /** Other titles counties use for the same table. */
  aliases?: readonly string[];
  layout: TableLayout;
  /** Fund of the lines of `function`, `economic` and `livelihood` tables. */
  fund?: FundKey;
  /** Optional tables are not required for publishing (the 民生 projects table). */
  optional?: boolean;
}

export interface TableSet {
  id: string;
  kind: KindKey;
  /** First budget year the set applies to. */
  fromYear: number;
  title: string;
  source: string;
  tables: readonly TableDefinition[];
}

const table = (
  key: string,
  title: string,
  layout: TableLayout,
  extra: Partial<TableDefinition> = {},
): TableDefinition => ({ key, title, layout, ...extra });

const LIVELIHOOD = table('livelihood', '民生项目支出情况表', 'livelihood', {
  fund: 'general',
  optional: true,
  aliases: ['民生项目情况表', '重点民生项目支出表'],
});

/** 部门决算 (9 tables, as published from 2017 on). */
const FINAL_ACCOUNT_TABLES = [
  table('summary', '收入支出决算总表', 'summary'),
  table('income', '收入决算总表', 'summary', { aliases: ['收入决算表'] }),
  table('expenditure', '支出决算总表', 'summary', { aliases: ['支出决算表'] }),
  table('appropriation', '财政拨款收入支出决算总表', 'summary'),
  table('general-function', '一般公共预算财政拨款支出决算表', 'function', { fund: 'general' }),
  table('general-economic', '一般公共预算财政拨款基本支出决算表', 'economic', { fund: 'general' }),
  table('three-public-funds', '一般公共预算财政拨款“三公”经费支出决算表', 'three-public-funds', {
    aliases: ['一般公共预算财政拨款"三公"经费支出决算表', '“三公”经费支出决算表', '三公经费支出决算表'],
  }),
  table('fund-function', '政府性基金预算财政拨款收入支出决算表', 'function', { fund: 'fund' }),
  table('state-capital-function', '国有资本经营预算财政拨款支出决算表', 'function', {
    fund: 'state-capital',
  }),
  LIVELIHOOD,
];

const budgetTables = (withStateCapital: boolean) => [
  table('summary', '收支总表', 'summary', { aliases: ['部门收支总表', '收入支出预算总表'] }),
  table('income', '收入总表', 'summary', { aliases: ['部门收入总表', '收入预算总表'] }),
  table('expenditure', '支出总表', 'summary', { aliases: ['部门支出总表', '支出预算总表'] }),
  table('appropriation', '财政拨款收支总表', 'summary', { aliases: ['财政拨款收入支出预算总表'] }),
  table('general-function', '一般公共预算支出表', 'function', {
    fund: 'general',
    aliases: ['一般公共预算财政拨款支出预算表'],
  }),
  table('general-economic', '一般公共预算基本支出表', 'economic', {
    fund: 'general',
    aliases: ['一般公共预算财政拨款基本支出预算表'],
  }),
  table('three-public-funds', '一般公共预算“三公”经费支出表', 'three-public-funds', {
    aliases: ['一般公共预算"三公"经费支出表', '“三公”经费支出预算表', '三公经费支出预算表'],
  }),
  table('fund-function', '政府性基金预算支出表', 'function', {
    fund: 'fund',
    aliases: ['政府性基金预算财政拨款支出预算表'],
  }),
  ...(withStateCapital
    ? [
        table('state-capital-function', '国有资本经营预算支出表', 'function', {
          fund: 'state-capital',
          aliases: ['国有资本经营预算财政拨款支出预算表'],
        }),
      ]
    : []),
  LIVELIHOOD,
];

export const TABLE_SETS: readonly TableSet[] = [
  {
    id: 'final-account-2017',
    kind: 'final-account',
    fromYear: 2016,
    title: '部门决算公开表（9 张）',
    source:
      '财政部《地方预决算公开操作规程》（财预〔2016〕143号）及湖南省、永州市县级部门决算公开的通行格式：9 张决算表，无数据的表格须公开空表并说明原因。',
    tables: FINAL_ACCOUNT_TABLES,
  },
  {
    id: 'budget-2017',
    kind: 'budget',
    fromYear: 2016,
    title: '部门预算公开表（8 张）',
    source:
      '财政部《地方预决算公开操作规程》（财预〔2016〕143号）及 2017 年前后县级部门预算公开的通行格式：8 张预算表（不含国有资本经营预算支出表）。',
    tables: budgetTables(false),
  },
  {
    id: 'budget-2019',
    kind: 'budget',
    fromYear: 2019,
    title: '部门预算公开表（9 张）',
    source:
      '财政部《地方预决算公开操作规程》（财预〔2016〕143号）及 2019 年起县级部门预算公开的通行格式：9 张预算表（增加国有资本经营预算支出表）。',
    tables: budgetTables(true),
  },
];

/** The table set of a report: the newest set of its kind whose `fromYear` is not after its year. */
export function tableSetFor(kind: KindKey, year: number): TableSet {
  const sets = TABLE_SETS.filter((s) => s.kind === kind).sort((a, b) => a.fromYear - b.fromYear);
  return [...sets].reverse().find((s) => s.fromYear <= year) ?? sets[0];
}

/** Stored rows read into the domain's exact types (bigint hundredths), and back. */
import { decimalToCents, formatCents } from '@gov-portal/kit/domain';
import { THREE_FUNDS_PARTS, type ThreeFundsPart } from '../data/labels';
import type { LineRecord, ThreeFunds, ThreeFundsFigures } from '../domain';

type Doc = Record<string, any>;

/** A stored decimal (number from SQLite, string from PostgreSQL) or bigint column as exact hundredths. */
export const centsOf = (value: unknown): bigint | null => {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'bigint') return value;
  const parsed = decimalToCents(typeof value === 'number' ? value : String(value), 'amount', '');
  return parsed.ok ? parsed.value : null;
};

/** A biginteger column (hundredths already) as bigint. */
export const bigintOf = (value: unknown): bigint | null =>
  value === null || value === undefined || value === '' ? null : BigInt(String(value));

const lastYearKey = (p: ThreeFundsPart) => `lastYear${p[0].toUpperCase()}${p.slice(1)}`;

export function threeFundsOf(report: Doc): ThreeFunds | null {
  const c = report?.threePublicFunds as Doc | null | undefined;
  if (!c) return null;
  const current = {} as ThreeFundsFigures;
  const lastYear = {} as ThreeFundsFigures;
  let anyLast = false;
  for (const p of THREE_FUNDS_PARTS) {
    current[p] = centsOf(c[p]) ?? 0n;
    const last = centsOf(c[lastYearKey(p)]);
    if (last !== null) anyLast = true;
    lastYear[p] = last ?? 0n;
  }
  return { current, lastYear: anyLast ? lastYear : null, explanation: c.explanation ?? null };
}

/** The component data of 三公经费 (decimals as exact text). */
export function threeFundsData(funds: ThreeFunds): Doc {
  const data: Doc = { explanation: funds.explanation };
  for (const p of THREE_FUNDS_PARTS) {
    data[p] = formatCents(funds.current[p]);
    data[lastYearKey(p)] = funds.lastYear ? formatCents(funds.lastYear[p]) : null;
  }
  return data;
}

export const LINE_FIELDS = [
  'tableKey',
  'position',
  'fund',
  'functionCode',
  'functionName',
  'economicCode',
  'economicName',
  'item',
  'expenseType',
  'amount',
  'lastYearAmount',
  'note',
  'projectName',
  'subsidyStandard',
  'distributionProcedure',
  'recipients',
  'allocationResult',
  'custom',
] as const;

export function lineOf(row: Doc): LineRecord {
  return {
    table: row.tableKey,
    position: Number(row.position),
    fund: row.fund ?? null,
    functionCode: row.functionCode ?? null,
    functionName: row.functionName ?? null,
    economicCode: row.economicCode ?? null,
    economicName: row.economicName ?? null,
    item: row.item ?? null,
    expenseType: row.expenseType ?? null,
    amount: bigintOf(row.amount) ?? 0n,
    lastYearAmount: bigintOf(row.lastYearAmount),
    note: row.note ?? null,
    projectName: row.projectName ?? null,
    subsidyStandard: row.subsidyStandard ?? null,
    distributionProcedure: row.distributionProcedure ?? null,
    recipients: row.recipients ?? null,
    allocationResult: row.allocationResult ?? null,
    custom: !!row.custom,
  };
}

/** The document data of a line (amounts as integer text: biginteger columns). */
export function lineData(line: LineRecord): Doc {
  const { table, amount, lastYearAmount, ...rest } = line;
  return {
    ...rest,
    tableKey: table,
    amount: amount.toString(),
    lastYearAmount: lastYearAmount === null ? null : lastYearAmount.toString(),
  };
}

/** What a review of the report covers besides the report: its draft lines, as one digest (order-independent). */
export const linesDigest = async (
  strapi: { db: { query: (uid: never) => { findMany: (q: object) => Promise<unknown> } } },
  lineUid: string,
  report: string,
) => {
  const rows = (await strapi.db.query(lineUid as never).findMany({
    where: { report, publishedAt: null },
    select: ['documentId', ...LINE_FIELDS],
  })) as Doc[];
  return rows
    .map((r) => `${r.documentId}:${lineSignature(lineOf(r))}`)
    .sort()
    .join('\n');
};

/** One comparable text per line, to tell an import that changes nothing. */
export const lineSignature = (line: LineRecord) => {
  const data = lineData(line);
  return JSON.stringify(LINE_FIELDS.map((f) => data[f] ?? null));
};

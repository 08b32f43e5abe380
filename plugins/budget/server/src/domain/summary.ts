/**
 * The year's summary over public reports: totals by department and by 类 (支出功能分类), and the 民生 categories.
 * Amounts are converted to 分 first (reports may be in 元 or 万元), so the totals are exact.
 */
import { CENTS_IN_FEN, LIVELIHOOD_CATEGORIES, type UnitKey } from '../data/labels';

export interface SummaryReport {
  department: { documentId: string; name: string; code: string } | null;
  unit: UnitKey;
  /** Amounts by 支出功能分类 of the report (its 类, or any finer codes: they are added up by 类). */
  leaves: readonly { code: string; amount: bigint }[];
}

export interface YearSummary {
  /** 元 as exact hundredths (分). */
  total: bigint;
  reports: number;
  byDepartment: { department: SummaryReport['department']; amount: bigint }[];
  byCategory: { code: string; amount: bigint }[];
  livelihood: { code: string; amount: bigint }[];
}

export function summarize(reports: readonly SummaryReport[]): YearSummary {
  const byDepartment = new Map<string, { department: SummaryReport['department']; amount: bigint }>();
  const byCategory = new Map<string, bigint>();
  let total = 0n;
  for (const r of reports) {
    const scale = CENTS_IN_FEN[r.unit];
    let sum = 0n;
    for (const l of r.leaves) {
      const fen = l.amount * scale;
      sum += fen;
      const category = l.code.slice(0, 3);
      byCategory.set(category, (byCategory.get(category) ?? 0n) + fen);
    }
    total += sum;
    const key = r.department?.documentId ?? '';
    const entry = byDepartment.get(key) ?? { department: r.department, amount: 0n };
    entry.amount += sum;
    byDepartment.set(key, entry);
  }
  return {
    total,
    reports: reports.length,
    byDepartment: [...byDepartment.values()].sort((a, b) =>
      b.amount > a.amount ? 1 : b.amount < a.amount ? -1 : 0,
    ),
    byCategory: [...byCategory.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, amount]) => ({ code, amount })),
    livelihood: LIVELIHOOD_CATEGORIES.map((code) => ({ code, amount: byCategory.get(code) ?? 0n })),
  };
}

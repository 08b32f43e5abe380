/** 三公经费: the four parts, their total, the change from last year and whether it is explained. */
import { THREE_FUNDS_PARTS, THREE_PUBLIC_FUNDS, type ThreeFundsPart } from '../data/labels';
import type { ThreeFunds, ThreeFundsFigures } from './tables';

export const threeFundsTotal = (figures: ThreeFundsFigures) =>
  THREE_FUNDS_PARTS.reduce((t, p) => t + figures[p], 0n);

export interface ThreeFundsView {
  parts: {
    key: ThreeFundsPart;
    label: string;
    amount: bigint;
    lastYearAmount: bigint | null;
    change: bigint | null;
  }[];
  total: bigint;
  lastYearTotal: bigint | null;
  change: bigint | null;
  explanation: string | null;
}

export function threeFundsView(funds: ThreeFunds): ThreeFundsView {
  const parts = THREE_FUNDS_PARTS.map((key) => {
    const last = funds.lastYear ? funds.lastYear[key] : null;
    return {
      key,
      label: THREE_PUBLIC_FUNDS[key]['zh-Hans'],
      amount: funds.current[key],
      lastYearAmount: last,
      change: last === null ? null : funds.current[key] - last,
    };
  });
  const total = threeFundsTotal(funds.current);
  const lastYearTotal = funds.lastYear ? threeFundsTotal(funds.lastYear) : null;
  return {
    parts,
    total,
    lastYearTotal,
    change: lastYearTotal === null ? null : total - lastYearTotal,
    explanation: funds.explanation,
  };
}

/**
 * What publishing asks of 三公经费 (财预〔2016〕143号: 公开 "三公"经费 … 并对增减变化情况进行说明): last year's
 * figures, and an explanation whenever a part changed.
 */
export function threeFundsProblems(funds: ThreeFunds | null): string[] {
  if (!funds)
    return ['须填写“三公”经费（因公出国（境）费、公务用车购置费、公务用车运行费、公务接待费，无支出的填 0）'];
  if (!funds.lastYear) return ['须填写“三公”经费的上年数，以说明增减变化'];
  const changed = THREE_FUNDS_PARTS.some((p) => funds.current[p] !== funds.lastYear![p]);
  if (changed && !funds.explanation?.trim())
    return ['“三公”经费与上年相比有增减变化，须在“增减变化说明”中说明原因'];
  return [];
}

/**
 * Write rules of a 项目实施情况 report: its 报告期 is a year (`2024`) or a quarter (`2024Q3`); 累计完成比例 is a
 * percentage from 0 to 100; 累计完成投资 is exact money of at least 0, and above the project's total investment
 * only with a 说明 (an overrun happens, but must be explained).
 */
import { problem, type FieldError } from '@gov-portal/kit/domain';
import { formatWan, parseWan, wanToCents } from './money';

export type QuarterNumber = 1 | 2 | 3 | 4;

export interface Period {
  year: number;
  /** `null` for a whole year. */
  quarter: QuarterNumber | null;
  /** Normalised: `2024` or `2024Q3`. */
  id: string;
}

const PERIOD = /^([1-9]\d{3})(?:\s*[Qq]([1-4]))?$/;

/** `2024` (or the number 2024) → the year 2024; `2024Q3` (or `2024q3`) → its third quarter; else null. */
export function parsePeriod(value: unknown): Period | null {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== 'string') return null;
  const m = PERIOD.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const quarter = m[2] ? (Number(m[2]) as QuarterNumber) : null;
  return { year, quarter, id: quarter === null ? String(year) : `${year}Q${quarter}` };
}

export interface UpdateInput {
  period: unknown;
  percentComplete?: unknown;
  investmentCompleted?: unknown;
  note?: unknown;
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

function percentProblem(value: unknown): FieldError | null {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^[+-]?\d+(\.\d+)?$/.test(value.trim())
        ? Number(value.trim())
        : NaN;
  if (!Number.isFinite(n)) return problem('percentComplete', 'number-format', '累计完成比例应为数字（%）');
  if (n < 0 || n > 100)
    return problem('percentComplete', 'range', `累计完成比例应在 0–100（%）之间，不能为 ${n}`);
  return null;
}

/** Every failure of a report `update` of a project whose total investment (万元) is `project.investment`. */
export function updateProblems(update: UpdateInput, project: { investment?: unknown }): FieldError[] {
  const errors: FieldError[] = [];
  if (parsePeriod(update.period) === null)
    errors.push(problem('period', 'period-format', '报告期应为年份（如 2024）或季度（如 2024Q3）'));

  if (!isEmpty(update.percentComplete)) {
    const p = percentProblem(update.percentComplete);
    if (p) errors.push(p);
  }

  if (!isEmpty(update.investmentCompleted)) {
    const completed = parseWan(update.investmentCompleted, 'investmentCompleted', { allowZero: true });
    if (!completed.ok) {
      errors.push({ field: completed.field, rule: completed.rule, message: completed.message });
    } else {
      const total = isEmpty(project.investment) ? null : wanToCents(project.investment, 'investment');
      if (total?.ok && completed.value > total.value && isEmpty(update.note))
        errors.push(
          problem(
            'note',
            'note-required',
            `累计完成投资 ${formatWan(completed.value)} 万元超过项目总投资 ${formatWan(total.value)} 万元，请在说明中写明原因`,
          ),
        );
    }
  }
  return errors;
}

/**
 * Exact money in 万元 with two decimals, as the decimal(10,2) columns store it. Amounts are held as a bigint of
 * hundredths of a 万元 ("cents": 0.01 万元 = 100 元), so sums never round. Databases hand decimals back as numbers
 * (SQLite) or strings (PostgreSQL); both are read through their decimal text, never through float arithmetic.
 */
import { DomainValidationError, invalid, type Parsed } from '@gov-portal/kit/domain';

/** The largest amount a decimal(10,2) column holds: 99 999 999.99 万元. */
export const MAX_WAN_CENTS = 9_999_999_999n;

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?$/;
// 1,234,567.89 as spreadsheets write it.
const GROUPED = /^([+-]?)(\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/;

/** The amount of `value` (万元, number or decimal text) in cents: only its form and its 2 decimals are checked. */
export function wanToCents(value: unknown, field: string): Parsed<bigint> {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return invalid(field, 'number-format', '应为数字（万元）');
    // Numbers this large or this small print with an exponent; neither fits the column.
    if (Math.abs(value) >= 1e21) return invalid(field, 'range', `不能超过 ${formatWan(MAX_WAN_CENTS)} 万元`);
    text = String(value);
    if (/e-/i.test(text)) return invalid(field, 'decimal-places', '金额（万元）最多保留两位小数');
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return invalid(field, 'number-format', '应为数字（万元）');
  }
  const m = DECIMAL.exec(text) ?? GROUPED.exec(text);
  if (!m) return invalid(field, 'number-format', `「${text}」不是数字（万元）`);
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  if (fraction.length > 2) return invalid(field, 'decimal-places', '金额（万元）最多保留两位小数');
  const cents = BigInt(m[2].replace(/,/g, '')) * 100n + BigInt(fraction.padEnd(2, '0'));
  return { ok: true, value: m[1] === '-' ? -cents : cents };
}

export interface ParseWanOptions {
  /** `true`: 0 is allowed (an amount completed); `false` (default): the amount must be above 0 (an investment). */
  allowZero?: boolean;
}

/**
 * A required amount of 万元 for a decimal(10,2) column, in cents: a number or numeric text, at most 2 decimals,
 * above 0 (or at least 0 with `allowZero`), at most 99 999 999.99.
 */
export function parseWan(value: unknown, field: string, options: ParseWanOptions = {}): Parsed<bigint> {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === ''))
    return invalid(field, 'required', '请填写金额（万元）');
  const parsed = wanToCents(value, field);
  if (!parsed.ok) return parsed;
  const cents = parsed.value;
  if (options.allowZero ? cents < 0n : cents <= 0n)
    return invalid(
      field,
      options.allowZero ? 'non-negative' : 'positive',
      options.allowZero ? '金额不能为负数' : '金额应大于 0',
    );
  if (cents > MAX_WAN_CENTS) return invalid(field, 'range', `不能超过 ${formatWan(MAX_WAN_CENTS)} 万元`);
  return { ok: true, value: cents };
}

/**
 * Cents of a stored amount (万元 as a number or decimal text; a bigint is cents already); throws
 * `DomainValidationError` on `field` for one that is not exact money.
 */
export function toCents(value: number | string | bigint, field = 'investment'): bigint {
  if (typeof value === 'bigint') return value;
  const parsed = wanToCents(value, field);
  if (!parsed.ok) throw new DomainValidationError(parsed);
  return parsed.value;
}

/** The exact sum, in cents, of amounts as `toCents` reads them; null and undefined count as 0. */
export function sumWan(
  values: Iterable<number | string | bigint | null | undefined>,
  field = 'investment',
): bigint {
  let total = 0n;
  for (const v of values) if (v !== null && v !== undefined) total += toCents(v, field);
  return total;
}

/** 万元 as a JSON number: Number(cents) / 100 is the double nearest the decimal, which prints exactly. */
export function wanToNumber(cents: bigint): number {
  return Number(cents) / 100;
}

/** 万元 with two decimals, exactly: 1250n → '12.50'. */
export function formatWan(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

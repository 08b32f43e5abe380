/**
 * Exact money in 万元 with two decimals, as the decimal(10,2) columns store it: the kit's exact money
 * (`decimalToCents`, hundredths of the unit as a bigint, so sums never round) with ppp's unit, 万元, and the
 * column's limit. Amounts are held as a bigint of hundredths of a 万元 ("cents": 0.01 万元 = 100 元).
 */
import {
  centsToNumber,
  decimalToCents,
  DomainValidationError,
  formatCents,
  invalid,
  type Parsed,
} from '@gov-portal/kit/domain';

/** The largest amount a decimal(10,2) column holds: 99 999 999.99 万元. */
export const MAX_WAN_CENTS = 9_999_999_999n;

const WAN = '万元';
const tooLarge = (field: string) => invalid(field, 'range', `不能超过 ${formatWan(MAX_WAN_CENTS)} 万元`);

/** The amount of `value` (万元, number or decimal text) in cents: only its form and its 2 decimals are checked. */
export function wanToCents(value: unknown, field: string): Parsed<bigint> {
  const parsed = decimalToCents(value, field, WAN);
  // A number too large to print exactly is refused with the column's limit.
  return !parsed.ok && parsed.rule === 'range' ? tooLarge(field) : parsed;
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
  if (cents > MAX_WAN_CENTS) return tooLarge(field);
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
  return centsToNumber(cents);
}

/** 万元 with two decimals, exactly: 1250n → '12.50'. */
export function formatWan(cents: bigint): string {
  return formatCents(cents);
}

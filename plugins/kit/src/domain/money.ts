/**
 * Exact money with two decimals, in any unit (元, 万元): an amount is held as a bigint of hundredths of its unit
 * ("cents"), so sums never round. Databases hand decimal columns back as numbers (SQLite) or strings
 * (PostgreSQL); both are read through their decimal text, never through float arithmetic. A plugin wraps these
 * with its own unit and limits (ppp: 万元, at most a decimal(10,2)).
 */
import { invalid, type Parsed } from './errors';

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?$/;
// 1,234,567.89 as spreadsheets write it.
const GROUPED = /^([+-]?)(\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/;

/**
 * The amount of `value` (a number, or decimal text with an optional sign and optional grouping commas) in
 * hundredths of `unit`: only its form and its 2 decimals are checked, no sign or range (the caller's rule).
 * Rules: `number-format` (not a number), `decimal-places` (more than 2 decimals), `range` (a number of 1e21 or
 * more, which no longer prints exactly).
 */
export function decimalToCents(value: unknown, field: string, unit: string): Parsed<bigint> {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return invalid(field, 'number-format', `应为数字（${unit}）`);
    // Numbers this large or this small print with an exponent: the first are past exact, the second too fine.
    if (Math.abs(value) >= 1e21) return invalid(field, 'range', `金额过大（${unit}）`);
    text = String(value);
    if (/e-/i.test(text)) return invalid(field, 'decimal-places', `金额（${unit}）最多保留两位小数`);
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return invalid(field, 'number-format', `应为数字（${unit}）`);
  }
  const m = DECIMAL.exec(text) ?? GROUPED.exec(text);
  if (!m) return invalid(field, 'number-format', `「${text}」不是数字（${unit}）`);
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  if (fraction.length > 2) return invalid(field, 'decimal-places', `金额（${unit}）最多保留两位小数`);
  const cents = BigInt(m[2].replace(/,/g, '')) * 100n + BigInt(fraction.padEnd(2, '0'));
  return { ok: true, value: m[1] === '-' ? -cents : cents };
}

/** The amount with two decimals, exactly: 1250n → '12.50', -5n → '-0.05'. */
export function formatCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/**
 * The amount as a JSON number: Number(cents) / 100 is the double nearest the decimal, which prints exactly
 * (for amounts below 2^53 cents, some 90 万亿 of the unit).
 */
export function centsToNumber(cents: bigint): number {
  return Number(cents) / 100;
}

/** The exact sum of amounts in cents. */
export function sumCents(values: Iterable<bigint>): bigint {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

/**
 * Masking of personal data in public output (去标识化): a column type declares `api.mask` as field → masker, the
 * public content API applies the masker to the field at every depth of every response, and refuses the field in
 * `filters`, `sort` and `q` (a filter on the real value would reveal it one guess at a time). Pure.
 *
 * The maskers keep what a published list needs to tell people apart and hide the rest:
 * - names keep the surname's first character: 张三 → 张*, 欧阳小明 → 欧***;
 * - 居民身份证号码 (GB 11643, 18 characters; 15 of the old cards) keep the 6-digit division code and the last
 *   4 characters, hiding the date of birth: 431124********123X;
 * - telephone numbers keep the first 3 and last 4 digits of a mobile number (138****1234), the area code and the
 *   last 2 digits of a fixed line (0746-*****78);
 * - anything else: `maskMiddle(value, keepStart, keepEnd)`.
 * null and undefined stay as they are; a value that is not a string is masked whole.
 */
export type FieldMask = (value: unknown) => unknown;

const MASK = '*';

const chars = (value: string) => Array.from(value);

/** Keeps `keepStart` leading and `keepEnd` trailing characters, one `*` for each hidden one (at least one). */
export function maskMiddle(value: unknown, keepStart: number, keepEnd: number): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value !== 'string') return MASK;
  const list = chars(value.trim());
  if (!list.length) return '';
  // Never show the whole value: a short value keeps fewer characters.
  let start = Math.max(0, keepStart);
  let end = Math.max(0, keepEnd);
  while (start + end >= list.length && (start > 0 || end > 0)) {
    if (end >= start && end > 0) end -= 1;
    else start -= 1;
  }
  const hidden = list.length - start - end;
  return `${list.slice(0, start).join('')}${MASK.repeat(hidden)}${end ? list.slice(-end).join('') : ''}`;
}

/** A person's name: the first character stays (张三 → 张*, 欧阳小明 → 欧***, a single character → *). */
export const maskName: FieldMask = (value) => maskMiddle(value, 1, 0);

/** 居民身份证号码: division code and last 4 kept, date of birth hidden (431124********123X). */
export const maskIdNumber: FieldMask = (value) => {
  if (typeof value !== 'string') return maskMiddle(value, 0, 0);
  const compact = value.replace(/\s+/g, '');
  return /^\d{17}[\dXx]$|^\d{15}$/.test(compact) ? maskMiddle(compact, 6, 4) : maskMiddle(compact, 1, 1);
};

/** A telephone number: mobile 138****1234; fixed line 0746-*****78 (area code and last 2 digits kept). */
export const maskPhone: FieldMask = (value) => {
  if (typeof value !== 'string') return maskMiddle(value, 0, 0);
  const compact = value.replace(/[\s()（）]/g, '');
  if (/^(?:\+?86)?1\d{10}$/.test(compact)) return maskMiddle(compact.slice(-11), 3, 4);
  const fixed = /^(0\d{2,3})-?(\d{7,8})$/.exec(compact);
  if (fixed) return `${fixed[1]}-${maskMiddle(fixed[2], 0, 2)}`;
  return maskMiddle(compact, 0, 2);
};

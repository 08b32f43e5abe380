/**
 * 职权编码: unique per department, built from a configurable pattern. The default
 * `{department}-{category}-{serial:5}` gives e.g. 431124-GA-XK-00001 for department code 431124-GA —
 * department code, category code (data/categories.ts), then a zero-padded serial, as provincial lists do.
 *
 * Tokens: `{department}`, `{category}`, `{serial}` (no padding) or `{serial:N}` (N digits, 1–10).
 * Everything else is literal text. The pattern must contain exactly one serial token.
 */
import { CATEGORIES, CATEGORY_KEYS } from '../data/categories';
import { DomainValidationError, fail, problem, type FieldError } from '@gov-portal/kit/domain';

export const DEFAULT_ITEM_CODE_PATTERN = '{department}-{category}-{serial:5}';

type Segment =
  | { kind: 'literal'; text: string }
  | { kind: 'department' }
  | { kind: 'category' }
  | { kind: 'serial'; width: number | null };

export interface ItemCodeParts {
  departmentCode: string;
  categoryCode: string;
  serial: number;
}

export interface ItemCodeContext {
  departmentCode?: string;
  categoryCode?: string;
}

const TOKEN = /\{([^{}]*)\}/g;

function patternProblems(pattern: string): { segments: Segment[]; errors: FieldError[] } {
  const segments: Segment[] = [];
  const errors: FieldError[] = [];
  const report = (text: string) => errors.push(problem('codePattern', 'invalid', text));
  if (typeof pattern !== 'string' || pattern.trim() === '') {
    report('编码格式不能为空');
    return { segments, errors };
  }
  let last = 0;
  for (const match of pattern.matchAll(TOKEN)) {
    if (match.index > last) segments.push({ kind: 'literal', text: pattern.slice(last, match.index) });
    last = match.index + match[0].length;
    const token = match[1];
    const serial = /^serial(?::(\d+))?$/.exec(token);
    if (token === 'department') segments.push({ kind: 'department' });
    else if (token === 'category') segments.push({ kind: 'category' });
    else if (serial) {
      const width = serial[1] === undefined ? null : Number(serial[1]);
      if (width !== null && (width < 1 || width > 10)) report(`序号位数应为 1–10，收到 {${token}}`);
      segments.push({ kind: 'serial', width });
    } else report(`未知的占位符 {${token}}，可用 {department}、{category}、{serial} 或 {serial:位数}`);
  }
  if (last < pattern.length) segments.push({ kind: 'literal', text: pattern.slice(last) });
  if (segments.some((s) => s.kind === 'literal' && /[{}]/.test(s.text))) report('花括号未配对');
  const serials = segments.filter((s) => s.kind === 'serial').length;
  if (serials !== 1) report(`编码格式必须且只能包含一个序号占位符 {serial}，现有 ${serials} 个`);
  return { segments, errors };
}

/** [] when the pattern is usable (for validating the plugin config at startup). */
export function validateItemCodePattern(pattern: string): FieldError[] {
  return patternProblems(pattern).errors;
}

const parsedPatterns = new Map<string, Segment[]>();

function segmentsOf(pattern: string): Segment[] {
  let segments = parsedPatterns.get(pattern);
  if (!segments) {
    const result = patternProblems(pattern);
    if (result.errors.length > 0) throw new DomainValidationError(result.errors);
    segments = result.segments;
    parsedPatterns.set(pattern, segments);
  }
  return segments;
}

function maxSerial(width: number | null): number {
  return width === null ? Number.MAX_SAFE_INTEGER : 10 ** width - 1;
}

export function formatItemCode(
  pattern: string,
  { departmentCode, categoryCode, serial }: ItemCodeParts,
): string {
  return segmentsOf(pattern)
    .map((segment) => {
      switch (segment.kind) {
        case 'literal':
          return segment.text;
        case 'department':
          if (!departmentCode?.trim() || /\s/.test(departmentCode)) {
            fail(
              'department',
              'invalid',
              `实施主体的部门编码 “${departmentCode ?? ''}” 为空或含空白，无法生成职权编码`,
            );
          }
          return departmentCode;
        case 'category':
          if (!categoryCode?.trim()) fail('category', 'invalid', '缺少职权类型代码，无法生成职权编码');
          return categoryCode;
        case 'serial':
          if (!Number.isSafeInteger(serial) || serial < 1 || serial > maxSerial(segment.width)) {
            fail('code', 'invalid', `序号 ${serial} 超出编码格式允许的范围 1–${maxSerial(segment.width)}`);
          }
          return segment.width === null ? String(serial) : String(serial).padStart(segment.width, '0');
      }
    })
    .join('');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CATEGORY_CODE_GROUP = `(${CATEGORY_KEYS.map((k) => escapeRegExp(CATEGORIES[k].code)).join('|')})`;

/**
 * Splits a code into its parts, or null when it does not follow the pattern. With a context, the
 * department and category parts must equal the given codes.
 */
export function parseItemCode(
  pattern: string,
  code: string,
  ctx: ItemCodeContext = {},
): ItemCodeParts | null {
  const segments = segmentsOf(pattern);
  const source = segments
    .map((segment) => {
      switch (segment.kind) {
        case 'literal':
          return escapeRegExp(segment.text);
        case 'department':
          return ctx.departmentCode ? `(${escapeRegExp(ctx.departmentCode)})` : '(\\S+?)';
        case 'category':
          return ctx.categoryCode ? `(${escapeRegExp(ctx.categoryCode)})` : CATEGORY_CODE_GROUP;
        case 'serial':
          return segment.width === null ? '([1-9]\\d*)' : `(\\d{${segment.width}})`;
      }
    })
    .join('');
  const match = new RegExp(`^${source}$`).exec(code);
  if (!match) return null;
  const parts: ItemCodeParts = { departmentCode: '', categoryCode: '', serial: 0 };
  let group = 1;
  for (const segment of segments) {
    if (segment.kind === 'literal') continue;
    const value = match[group++];
    if (segment.kind === 'department') parts.departmentCode = value;
    else if (segment.kind === 'category') parts.categoryCode = value;
    else parts.serial = Number(value);
  }
  return parts.serial >= 1 && Number.isSafeInteger(parts.serial) ? parts : null;
}

export function matchesItemCode(pattern: string, code: string, ctx: ItemCodeContext = {}): boolean {
  return parseItemCode(pattern, code, ctx) !== null;
}

/** The next free serial for a department (and category, when the pattern has one): highest used + 1. */
export function nextItemSerial(
  pattern: string,
  existingCodes: Iterable<string>,
  ctx: Required<ItemCodeContext>,
): number {
  const width = segmentsOf(pattern).find((s) => s.kind === 'serial') as { width: number | null };
  let highest = 0;
  for (const code of existingCodes) {
    const parts = parseItemCode(pattern, code, ctx);
    if (parts && parts.serial > highest) highest = parts.serial;
  }
  if (highest >= maxSerial(width.width)) {
    fail('code', 'invalid', `序号已用尽（最大 ${maxSerial(width.width)}），请调整编码格式`);
  }
  return highest + 1;
}

/** formatItemCode with the next free serial. */
export function allocateItemCode(
  pattern: string,
  existingCodes: Iterable<string>,
  ctx: Required<ItemCodeContext>,
): string {
  return formatItemCode(pattern, { ...ctx, serial: nextItemSerial(pattern, existingCodes, ctx) });
}

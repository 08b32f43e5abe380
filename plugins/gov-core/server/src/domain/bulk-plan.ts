import type { FieldError } from './errors';

/**
 * Pure pieces of the bulk writer (services/bulk-writer.ts): how many rows one INSERT may carry, the checks
 * Strapi's document service makes on scalar attributes, and the order values of new link rows.
 */

/** Bound parameters one statement may carry: SQLite's SQLITE_MAX_VARIABLE_NUMBER (32,766 since 3.32),
 * PostgreSQL's wire protocol (65,535, an Int16 count). Kept below both with a margin. */
export const PARAMETER_LIMIT: Record<string, number> = { sqlite: 32_000, postgres: 65_000 };

/**
 * Rows per INSERT: as many as the dialect's parameter limit allows for `columns` values per row, and no more
 * than `maxRows` (SQLite's compound-select limit of 500 when knex writes `INSERT … SELECT … UNION ALL`).
 */
export const rowsPerInsert = (client: string, columns: number, maxRows: number): number => {
  const limit = PARAMETER_LIMIT[client] ?? 999;
  return Math.max(1, Math.min(maxRows, Math.floor(limit / Math.max(1, columns))));
};

export const chunksOf = <T>(xs: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
};

/**
 * Values of an inverse order column for new links: each target's entries continue after the highest order it
 * already holds (what Strapi's relation writer does when an entry is connected to the end of the target's list).
 */
export const inverseOrders = (targets: readonly number[], highest: ReadonlyMap<number, number>): number[] => {
  const next = new Map(highest);
  return targets.map((t) => {
    const value = (next.get(t) ?? 0) + 1;
    next.set(t, value);
    return value;
  });
};

/** A scalar attribute as Strapi's content-type schema states it (the checks its entity validator makes). */
export interface ScalarAttribute {
  type: string;
  required?: boolean;
  maxLength?: number;
  minLength?: number;
  min?: number | string;
  max?: number | string;
  enum?: readonly string[];
  regex?: string;
  default?: unknown;
}

const TEXT = new Set(['string', 'text', 'richtext', 'email', 'uid', 'password']);
const NUMBER = new Set(['integer', 'biginteger', 'float', 'decimal']);
const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v === '');
const patterns = new Map<string, RegExp>();
const pattern = (source: string) => {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source)));
  return re;
};

/**
 * The problems Strapi's entity validator would find in the scalar attributes of a created document (required,
 * length, enumeration, regex, numeric bounds), one per field, in Chinese.
 */
export const scalarErrors = (
  attributes: Readonly<Record<string, ScalarAttribute>>,
  data: Readonly<Record<string, unknown>>,
): FieldError[] => {
  const problems: FieldError[] = [];
  const fail = (field: string, rule: string, detail: string) =>
    problems.push({ field, rule, message: `${field}: ${detail}` });
  for (const [field, attribute] of Object.entries(attributes)) {
    const value = data[field] === undefined ? attribute.default : data[field];
    if (blank(value)) {
      if (attribute.required) fail(field, 'required', '不能为空');
      continue;
    }
    if (TEXT.has(attribute.type)) {
      if (typeof value !== 'string') {
        fail(field, 'type', '须为文本');
        continue;
      }
      if (attribute.maxLength !== undefined && value.length > attribute.maxLength)
        fail(field, 'maxLength', `不能超过 ${attribute.maxLength} 个字符（现有 ${value.length} 个）`);
      else if (attribute.minLength !== undefined && value.length < attribute.minLength)
        fail(field, 'minLength', `不能少于 ${attribute.minLength} 个字符`);
      else if (attribute.regex && !pattern(attribute.regex).test(value))
        fail(field, 'regex', `格式不正确（须符合 ${attribute.regex}）`);
    } else if (attribute.type === 'enumeration') {
      if (!attribute.enum?.includes(String(value)))
        fail(field, 'enum', `“${String(value)}”不是可选值（${(attribute.enum ?? []).join('、')}）`);
    } else if (NUMBER.has(attribute.type)) {
      const n = typeof value === 'number' ? value : Number(value);
      if (!Number.isFinite(n)) fail(field, 'type', '须为数字');
      else if (attribute.type === 'integer' && !Number.isInteger(n)) fail(field, 'type', '须为整数');
      else if (attribute.min !== undefined && n < Number(attribute.min))
        fail(field, 'min', `不能小于 ${attribute.min}`);
      else if (attribute.max !== undefined && n > Number(attribute.max))
        fail(field, 'max', `不能大于 ${attribute.max}`);
    } else if (attribute.type === 'boolean') {
      if (typeof value !== 'boolean') fail(field, 'type', '须为 true 或 false');
    }
  }
  return problems;
};

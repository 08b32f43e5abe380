/**
 * Values of a public `filters` query (and of the `filters` of its populate) checked against the attribute
 * types they compare with: Strapi converts them as it builds the SQL and throws a plain Error — a 500 — on
 * `filters[year][$eq]=abc`, `2018-02-30`, `1e999`, a `$between` of one value, `$contains` on a number column
 * (PostgreSQL) or an integer past the column's range. Each bad value is a 400 naming its path and what was
 * expected, in Chinese.
 */
export interface FilterValueModel {
  attributes: Record<string, { type: string; target?: string; component?: string }>;
}

type Obj = Record<string, unknown>;
export interface FilterValueProblem {
  field: string;
  rule: string;
  message: string;
}

const INT32 = 2_147_483_647;
const INT64 = 9_223_372_036_854_775_807n;
const DECIMAL = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,3})?$/;
const BOOLEAN = /^(?:true|false|1|0)$/;
/** Deeper than this, a filter is refused rather than read (qs allows 20 levels). */
const MAX_DEPTH = 12;

const realDay = (y: string, m: string, d: string) => {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return (
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(m) - 1 &&
    date.getUTCDate() === Number(d)
  );
};

/** Whether `text` is a value of `type`, or what it should be. */
function expected(type: string, text: string): string | null {
  const t = text.trim();
  switch (type) {
    case 'integer':
      return /^-?\d{1,10}$/.test(t) && Math.abs(Number(t)) <= INT32
        ? null
        : `-${INT32} 至 ${INT32} 之间的整数`;
    case 'biginteger':
      return /^-?\d{1,19}$/.test(t) && (BigInt(t) < 0n ? -BigInt(t) : BigInt(t)) <= INT64 ? null : '整数';
    case 'float':
    case 'decimal':
      return DECIMAL.test(t) && Number.isFinite(Number(t)) ? null : '数字';
    case 'date': {
      const m = DATE.exec(t);
      return m && realDay(m[1], m[2], m[3]) ? null : 'YYYY-MM-DD 格式的日期';
    }
    case 'datetime':
    case 'timestamp': {
      const m = DATETIME.exec(t);
      return m &&
        realDay(m[1], m[2], m[3]) &&
        Number(m[4] ?? 0) < 24 &&
        Number(m[5] ?? 0) < 60 &&
        Number(m[6] ?? 0) < 60
        ? null
        : 'ISO 8601 格式的时间';
    }
    case 'time':
      return TIME.test(t) ? null : 'HH:mm:ss 格式的时间';
    case 'boolean':
      return BOOLEAN.test(t) ? null : 'true 或 false';
    default:
      return null;
  }
}

const TYPED = new Set([
  'integer',
  'biginteger',
  'float',
  'decimal',
  'date',
  'datetime',
  'timestamp',
  'time',
  'boolean',
]);
const VALUE_OPERATORS = new Set(['$eq', '$ne', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn', '$between']);
const TEXT_OPERATORS = new Set([
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
  '$eqi',
  '$nei',
]);
const isObject = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const SCALAR: FilterValueModel['attributes'][string] = { type: 'integer' };

/** Every value in `filters` that cannot be compared with its attribute (unknown keys are left to other checks). */
export function filterValueProblems(
  uid: string,
  filters: unknown,
  modelOf: (uid: string) => FilterValueModel | null | undefined,
  root = 'filters',
): FilterValueProblem[] {
  const problems: FilterValueProblem[] = [];
  const fail = (field: string, rule: string, message: string) =>
    problems.push({ field, rule, message: `${field}: ${message}` });
  const values = (type: string, operand: unknown, path: string) => {
    for (const v of Array.isArray(operand) ? operand : [operand]) {
      if (v === null || typeof v === 'boolean') continue;
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) fail(path, 'value-type', '不是有限的数字');
        continue;
      }
      if (typeof v !== 'string') {
        fail(path, 'value-type', '须为单个值');
        continue;
      }
      const want = expected(type, v);
      if (want) fail(path, 'value-type', `“${v.slice(0, 40)}”不是${want}`);
    }
  };
  const operators = (type: string, node: Obj, path: string, depth: number) => {
    for (const [operator, operand] of Object.entries(node)) {
      const at = `${path}.${operator}`;
      if (operator === '$not') {
        if (isObject(operand)) operators(type, operand, at, depth + 1);
        else values(type, operand, at);
      } else if (operator === '$between') {
        if (!Array.isArray(operand) || operand.length !== 2) fail(at, 'between', '须为两个值（下限和上限）');
        else values(type, operand, at);
      } else if (VALUE_OPERATORS.has(operator)) {
        if (isObject(operand)) fail(at, 'value-type', '须为单个值或值的列表');
        else values(type, operand, at);
      } else if (TEXT_OPERATORS.has(operator) && TYPED.has(type)) {
        fail(at, 'text-operator', '此字段不是文本，不能用文本匹配条件');
      }
    }
  };
  const walk = (model: FilterValueModel | null | undefined, node: unknown, path: string, depth: number) => {
    if (!model) return;
    if (depth > MAX_DEPTH) {
      fail(path, 'depth', `筛选条件嵌套过深（最多 ${MAX_DEPTH} 层）`);
      return;
    }
    if (Array.isArray(node)) return node.forEach((n, i) => walk(model, n, `${path}.${i}`, depth + 1));
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const at = `${path}.${key}`;
      if (key === '$and' || key === '$or' || key === '$not') {
        walk(model, value, at, depth + 1);
        continue;
      }
      const attribute = key === 'id' ? SCALAR : model.attributes[key];
      if (!attribute) continue;
      if (attribute.type === 'relation' || attribute.type === 'component' || attribute.type === 'media') {
        const target =
          attribute.type === 'media' ? 'plugin::upload.file' : (attribute.target ?? attribute.component);
        if (target) walk(modelOf(target), value, at, depth + 1);
        continue;
      }
      if (isObject(value)) operators(attribute.type, value, at, depth + 1);
      else values(attribute.type, value, at);
    }
  };
  walk(modelOf(uid), filters, root, 0);
  return problems;
}

/** The same for the `filters` inside a `populate` (`populate[department][filters][order][$gte]=…`), at every depth. */
export function populateValueProblems(
  uid: string,
  populate: unknown,
  modelOf: (uid: string) => FilterValueModel | null | undefined,
  path = 'populate',
  depth = 0,
): FilterValueProblem[] {
  const model = modelOf(uid);
  if (!model || !isObject(populate) || depth > MAX_DEPTH) return [];
  const problems: FilterValueProblem[] = [];
  for (const [key, value] of Object.entries(populate)) {
    const attribute = model.attributes[key];
    if (!attribute || !isObject(value)) continue;
    const target =
      attribute.type === 'media' ? 'plugin::upload.file' : (attribute.target ?? attribute.component);
    if (!target) continue;
    if (value.filters !== undefined)
      problems.push(...filterValueProblems(target, value.filters, modelOf, `${path}.${key}.filters`));
    if (value.populate !== undefined)
      problems.push(
        ...populateValueProblems(target, value.populate, modelOf, `${path}.${key}.populate`, depth + 1),
      );
  }
  return problems;
}

/**
 * Values of a public `filters` query checked against the attribute types they compare with: Strapi converts
 * them as it builds the SQL and throws a plain Error (a 500) on `filters[year][$eq]=abc`. Each bad value is a
 * 400 naming its path and the type expected, in Chinese.
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

const INTEGER = /^-?\d{1,18}$/;
const DECIMAL = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const TIME = /^\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?$/;

const EXPECTED: Readonly<Record<string, [RegExp, string]>> = {
  integer: [INTEGER, '整数'],
  biginteger: [INTEGER, '整数'],
  float: [DECIMAL, '数字'],
  decimal: [DECIMAL, '数字'],
  date: [DATE, 'YYYY-MM-DD 格式的日期'],
  datetime: [DATE, 'ISO 8601 格式的时间'],
  timestamp: [DATE, 'ISO 8601 格式的时间'],
  time: [TIME, 'HH:mm:ss 格式的时间'],
  boolean: [/^(?:true|false|1|0|t|f)$/i, 'true 或 false'],
};
const VALUE_OPERATORS = new Set(['$eq', '$ne', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn', '$between']);
const isObject = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** Every value in `filters` that cannot be compared with its attribute (unknown keys are left to other checks). */
export function filterValueProblems(
  uid: string,
  filters: unknown,
  modelOf: (uid: string) => FilterValueModel | null | undefined,
): FilterValueProblem[] {
  const problems: FilterValueProblem[] = [];
  const values = (type: string, operand: unknown, path: string) => {
    const expected = EXPECTED[type];
    if (!expected) return;
    const list = Array.isArray(operand) ? operand : [operand];
    for (const v of list) {
      if (v === null || typeof v === 'number' || typeof v === 'boolean') continue;
      if (typeof v !== 'string' || !expected[0].test(v.trim()))
        problems.push({
          field: path,
          rule: 'value-type',
          message: `${path}: “${String(typeof v === 'string' ? v.slice(0, 40) : typeof v)}”不是${expected[1]}`,
        });
    }
  };
  const walk = (model: FilterValueModel | null | undefined, node: unknown, path: string, depth: number) => {
    if (!model || depth > 8) return;
    if (Array.isArray(node)) return node.forEach((n, i) => walk(model, n, `${path}.${i}`, depth + 1));
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const at = path ? `${path}.${key}` : key;
      if (key === '$and' || key === '$or' || key === '$not') {
        walk(model, value, at, depth + 1);
        continue;
      }
      const attribute = model.attributes[key];
      if (!attribute) continue;
      if (attribute.type === 'relation' || attribute.type === 'component' || attribute.type === 'media') {
        const target =
          attribute.type === 'media' ? 'plugin::upload.file' : (attribute.target ?? attribute.component);
        if (target) walk(modelOf(target), value, at, depth + 1);
        continue;
      }
      if (!isObject(value)) {
        values(attribute.type, value, at);
        continue;
      }
      for (const [operator, operand] of Object.entries(value)) {
        if (operator === '$not' && isObject(operand)) {
          for (const [op, inner] of Object.entries(operand))
            if (VALUE_OPERATORS.has(op)) values(attribute.type, inner, `${at}.$not.${op}`);
        } else if (VALUE_OPERATORS.has(operator)) values(attribute.type, operand, `${at}.${operator}`);
      }
    }
  };
  walk(modelOf(uid), filters, 'filters', 0);
  return problems;
}

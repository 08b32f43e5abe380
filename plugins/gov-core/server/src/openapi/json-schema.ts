/**
 * zod → OpenAPI 3.1 schema objects (JSON Schema 2020-12), with named components. A zod schema is named with
 * `component(name, schema)`: wherever it appears it becomes `{ $ref: '#/components/schemas/<name>' }`.
 * Names are metadata keys (`x-component`), not zod registry ids, so loading a schema module twice (src and
 * dist in one test) cannot collide. Pure: zod only.
 */
import { z } from 'zod';
import { responses } from '@gov-portal/kit';

const { COMPONENT_NAME_KEY } = responses;

export type JsonSchema = Record<string, unknown>;

const NAME_KEY = COMPONENT_NAME_KEY;
export const component = responses.component;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Bounds zod writes for `.int()` (±2^53−1): not rules of ours, and noise in the document. */
const SAFE_BOUNDS = new Set([Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]);

const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Collects named components while converting. One instance per document: `convert` returns the schema of one
 * request or response part and adds every named schema it contains to `components`.
 */
export class SchemaCollector {
  readonly components: Record<string, JsonSchema> = {};
  private anonymous = 0;

  /** Adds (or checks) a component given as JSON Schema (the column schemas built from content-type models). */
  add(name: string, schema: JsonSchema): JsonSchema {
    const existing = this.components[name];
    if (existing && !equal(existing, schema))
      throw new Error(`OpenAPI: two different schemas are named ${name}`);
    this.components[name] = schema;
    return { $ref: `#/components/schemas/${name}` };
  }

  has(name: string) {
    return name in this.components;
  }

  /** `io: 'input'` for parameters and request bodies (what a client sends), `'output'` for responses. */
  convert(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
    const raw = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io,
      unrepresentable: 'any',
    }) as JsonSchema;
    const { $schema: _dialect, $defs, ...root } = raw;
    const refs = new Map<string, string>();
    const defs = isObject($defs) ? $defs : {};
    for (const [key, def] of Object.entries(defs)) {
      const named = isObject(def) && typeof def[NAME_KEY] === 'string' ? (def[NAME_KEY] as string) : null;
      refs.set(`#/$defs/${key}`, named ?? `Schema${++this.anonymous}`);
    }
    for (const [key, def] of Object.entries(defs)) {
      const name = refs.get(`#/$defs/${key}`)!;
      const { [NAME_KEY]: _n, ...rest } = def as JsonSchema;
      this.add(name, this.walk(rest, refs) as JsonSchema);
    }
    return this.walk(root, refs) as JsonSchema;
  }

  /** Rewrites `$defs` refs, lifts named sub-schemas into components, drops the safe-integer bounds. */
  private walk(node: unknown, refs: Map<string, string>): unknown {
    if (Array.isArray(node)) return node.map((n) => this.walk(n, refs));
    if (!isObject(node)) return node;
    if (typeof node[NAME_KEY] === 'string') {
      const { [NAME_KEY]: name, ...rest } = node;
      return this.add(name as string, this.walk(rest, refs) as JsonSchema);
    }
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && refs.has(value))
        out.$ref = `#/components/schemas/${refs.get(value)}`;
      else if ((key === 'minimum' || key === 'maximum') && SAFE_BOUNDS.has(value as number)) continue;
      else out[key] = this.walk(value, refs);
    }
    return out;
  }
}

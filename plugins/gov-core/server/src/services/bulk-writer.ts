import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
// Strapi's own field conversions (what its query engine applies to every written value); @strapi/database 5.54.0.
import { createField } from '@strapi/database/dist/fields';
import { SCOPE_FIELD } from '../permissions';
import type { FieldError } from '../domain/errors';
import {
  chunksOf,
  inverseOrders,
  rowsPerInsert,
  scalarErrors,
  type ScalarAttribute,
} from '../domain/bulk-plan';
import type { Actor } from '../utils/actor';
import { changedFields } from '../utils/audit-changes';
import { fieldError } from '../utils/errors';
import { getService } from '../utils/get-service';
import { hashOf, normalise, normalisedOnce, versionHashes } from '../utils/version-hash';
import { disclosureField } from '../middlewares/disclosure';
import type { AuditChange } from './audit';
import { bulkRules, type BulkRowRule } from './bulk-rules';

type Doc = Record<string, unknown>;
type Version = 'draft' | 'published';

const REVIEW = 'plugin::gov-core.review';
const AUDIT = 'plugin::gov-core.audit-entry';
const SOURCE_LOCALE = 'zh-Hans';
/** Rows per `$in` look-up. */
const LOOKUP = 500;
/** Rows per PostgreSQL `insert … select * from unnest(…)` (its parameters are one array per column). */
const UNNEST_ROWS = 10_000;
/** Rows checked before they are queued for writing (the database writes a chunk while the next is checked). */
const CHUNK_ROWS = 1_000;
/** Rows checked between two turns of the event loop (queued statements are sent and answered there). */
const YIELD_ROWS = 5;
/** Rows per SQLite multi-row INSERT (also bounded by its 32,766 bound parameters). */
const SQLITE_ROWS = 500;
/** Attributes the writer fills itself (or Strapi's bookkeeping it leaves empty, as the document service does). */
const SYSTEM = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
  SCOPE_FIELD,
]);

/**
 * documentIds in Strapi's shape (24 lowercase alphanumerics starting with a letter, as cuid2 makes them), from
 * one buffer of random bytes: cuid2's SHA-3 per id costs more than the insert of the row.
 */
export const newDocumentIds = (n: number): string[] => {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.randomBytes(n * 24);
  const ids: string[] = [];
  for (let k = 0; k < n; k++) {
    let id = alphabet[bytes[k * 24] % 26];
    for (let i = 1; i < 24; i++) id += alphabet[bytes[k * 24 + i] % 36];
    ids.push(id);
  }
  return ids;
};

/** One document to create: its data as the document service takes it, relations as documentIds. */
export interface BulkDocument {
  /** The row of the imported file (for the refusal); default: the position in the list, from 1. */
  row?: number;
  data: Doc;
}

export interface BulkRowError extends FieldError {
  row: number;
}

export interface BulkCreateOptions {
  uid: string;
  documents: BulkDocument[];
  /** Locale of localized types (default zh-Hans); ignored for types that are not localized. */
  locale?: string | null;
  /** Also write the published version (types that need no 保密审查 and carry no 索引号 only). */
  publish?: boolean;
  /** The admin importing (scope, audit), or null for the system. */
  actor?: Actor | null;
  /** The admin user recorded as creator (`createdBy` / `updatedBy`, as the content manager records it). */
  createdBy?: number | null;
  /** The one audit entry of the whole import (action `import` …), written with the documents. */
  audit?: { action: string; changes?: AuditChange[] };
  /** The type's own write rules, until the pipeline's hooks run them (see bulk-rules.ts). */
  rules?: BulkRowRule;
  /** Check every row and stop: nothing is written (an import's dry run). */
  dryRun?: boolean;
  /** The error thrown when rows are bad (default: a 400 listing every bad row). */
  refuse?: (problems: BulkRowError[]) => Error;
}

export interface BulkCreateResult {
  documentIds: string[];
}

interface Relation {
  name: string;
  target: string;
  many: boolean;
  joinTable: {
    name: string;
    joinColumn: { name: string };
    inverseJoinColumn: { name: string };
    orderColumnName?: string;
    inverseOrderColumnName?: string;
  };
}

interface Component {
  name: string;
  uid: string;
  repeatable: boolean;
  joinTable: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };
}

/** A document's relation value as documentIds (`'id'`, `{ documentId }`, a list of them), or an error. */
const documentIdsOf = (value: unknown, many: boolean): string[] | null => {
  if (value === null || value === undefined) return [];
  const one = (v: unknown) =>
    typeof v === 'string'
      ? v
      : v && typeof v === 'object' && 'documentId' in v
        ? (v as Doc).documentId
        : null;
  const list = Array.isArray(value) ? value : [value];
  if (!many && list.length > 1) return null;
  const ids = list.map(one);
  return ids.every((id): id is string => typeof id === 'string' && id !== '') ? ids : null;
};

/**
 * The bulk writer: creates many documents of a column type as the document service would — documentId, the
 * draft row (and the published row), component rows, relation link rows (with their order columns),
 * `scopeDepartment`, a pending 保密审查 row per draft, an audit entry per document and per published version, and
 * one entry for the whole import — in batched multi-row INSERTs inside one transaction, after every row has
 * passed the write rules (bulk-rules.ts). All or nothing: any bad row refuses the whole call with every bad row
 * listed, and nothing is written.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const client = () => strapi.db.dialect.client as string;

  const shapeOf = (uid: string) => {
    const model: any = strapi.getModel(uid as never);
    const meta: any = strapi.db.metadata.get(uid);
    const scalars: Record<string, ScalarAttribute> = {};
    const relations: Relation[] = [];
    const components: Component[] = [];
    for (const [name, attribute] of Object.entries<any>(model.attributes)) {
      if (SYSTEM.has(name)) continue;
      if (attribute.type === 'component') {
        components.push({
          name,
          uid: attribute.component,
          repeatable: attribute.repeatable === true,
          joinTable: meta.attributes[name].joinTable,
        });
      } else if (attribute.type === 'relation') {
        if (String(attribute.target).startsWith('admin::')) continue;
        relations.push({
          name,
          target: attribute.target,
          many: /ToMany$/.test(attribute.relation),
          joinTable: meta.attributes[name].joinTable,
        });
      } else if (attribute.type !== 'media' && attribute.type !== 'dynamiczone') {
        scalars[name] = attribute;
      }
    }
    return { model, scalars, relations, components };
  };

  /** Scalar attributes of a component (the bulk writer writes components of scalars only). */
  const scalarsOfComponent = new Map<string, Record<string, ScalarAttribute>>();
  const componentScalars = (uid: string): Record<string, ScalarAttribute> => {
    const known = scalarsOfComponent.get(uid);
    if (known) return known;
    const attributes: Record<string, any> = (strapi.components as any)[uid]?.attributes ?? {};
    const scalars = Object.fromEntries(
      Object.entries(attributes).filter(
        ([, a]) => !['relation', 'component', 'media', 'dynamiczone'].includes(a.type),
      ),
    );
    scalarsOfComponent.set(uid, scalars);
    return scalars;
  };

  /** The columns of a model's table, with Strapi's conversion of each value (scalars and owned join columns). */
  const tableShapes = new Map<
    string,
    {
      table: string;
      columns: {
        name: string;
        column: string;
        toDB: (v: unknown) => unknown;
        /** The value read back as Strapi's query engine returns it (null for a join column). */
        readBack: ((v: unknown) => unknown) | null;
        fallback: unknown;
      }[];
    }
  >();
  const tableShape = (uid: string) => {
    const known = tableShapes.get(uid);
    if (known) return known;
    const meta: any = strapi.db.metadata.get(uid);
    const columns = [];
    for (const [name, attribute] of Object.entries<any>(meta.attributes)) {
      if (attribute.type === 'increments') continue;
      if (attribute.type === 'relation') {
        if (attribute.joinColumn && attribute.owner)
          columns.push({
            name,
            column: attribute.joinColumn.name,
            toDB: (v: unknown) => v,
            readBack: null,
            fallback: undefined,
          });
        continue;
      }
      const field = createField(attribute) as { toDB(v: unknown): unknown; fromDB(v: unknown): unknown };
      const toDB = (v: unknown) => (v === null || v === undefined ? null : field.toDB(v));
      columns.push({
        name,
        column: attribute.columnName ?? name,
        toDB,
        readBack: (v: unknown) => {
          const stored = bindable(toDB(v));
          return stored === null ? null : field.fromDB(stored);
        },
        fallback: typeof attribute.default === 'function' ? undefined : attribute.default,
      });
    }
    const shape = { table: meta.tableName as string, columns };
    tableShapes.set(uid, shape);
    return shape;
  };

  /** A value as the driver binds it (better-sqlite3 takes neither booleans nor dates, knex converts them so). */
  const bindable = (v: unknown) =>
    v === undefined
      ? null
      : v instanceof Date
        ? client() === 'postgres'
          ? v
          : v.valueOf()
        : typeof v === 'boolean' && client() !== 'postgres'
          ? Number(v)
          : v;

  /**
   * A PostgreSQL array parameter: a column of strings, numbers and booleans as the array literal itself
   * (`{"a","b",NULL}`, what node-pg would build from the array, without its per-element conversions); any
   * other column (dates, JSON objects) as the array, converted by node-pg.
   */
  const arrayParameter = (values: unknown[]): unknown => {
    let literal = '{';
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (i > 0) literal += ',';
      if (v === null || v === undefined) literal += 'NULL';
      else if (typeof v === 'string') literal += `"${/["\\]/.test(v) ? v.replace(/["\\]/g, '\\$&') : v}"`;
      else if (typeof v === 'number' && Number.isFinite(v)) literal += String(v);
      else if (typeof v === 'boolean') literal += v ? 'true' : 'false';
      else return values;
    }
    return `${literal}}`;
  };

  /** PostgreSQL column types of a table (`udt_name`: varchar, int4, jsonb, timestamptz …), read once. */
  const typesOfTables = new Map<string, Map<string, string>>();
  const columnTypes = async (trx: any, table: string) => {
    const known = typesOfTables.get(table);
    if (known) return known;
    const found = await trx.raw(
      'select column_name, udt_name from information_schema.columns where table_name = ? and table_schema = current_schema()',
      [table],
    );
    const types = new Map<string, string>(
      found.rows.map((r: { column_name: string; udt_name: string }) => [r.column_name, `"${r.udt_name}"`]),
    );
    typesOfTables.set(table, types);
    return types;
  };

  /**
   * Inserts rows into a table in one transaction and returns their ids in order. SQLite: one prepared statement,
   * run per row on the transaction's connection (better-sqlite3 runs it synchronously, no SQL to build per chunk);
   * PostgreSQL: multi-row `INSERT … VALUES … RETURNING id` per chunk, sized for its 65,535 bound parameters.
   */
  const insertColumns = async (
    trx: any,
    table: string,
    columns: string[],
    rows: unknown[][],
    returning: boolean,
  ) => {
    if (!rows.length) return [];
    const ids: number[] = [];
    const quoted = columns.map((c) => `"${c}"`).join(', ');
    if (client() !== 'postgres') {
      const connection = await trx.client.acquireConnection();
      const tuple = `(${columns.map(() => '?').join(', ')})`;
      const prepared = new Map<number, any>();
      const statementOf = (n: number) => {
        let statement = prepared.get(n);
        if (!statement)
          prepared.set(
            n,
            (statement = connection.prepare(
              `insert into "${table}" (${quoted}) values ${Array(n).fill(tuple).join(', ')}${returning ? ' returning id' : ''}`,
            )),
          );
        return statement;
      };
      // Multi-row statements (one native call per chunk, not per row), the same prepared one for every full chunk.
      for (const part of chunksOf(rows, rowsPerInsert(client(), columns.length, SQLITE_ROWS))) {
        const statement = statementOf(part.length);
        const values = part.flatMap((row) => row.map(bindable));
        if (returning) for (const r of statement.all(values)) ids.push(Number(r.id));
        else statement.run(values);
      }
      return ids;
    }
    // PostgreSQL: one array parameter per column, `insert … select * from unnest(…)` — one short statement per
    // chunk whatever its rows (the driver sends arrays as literals; the column types cast them back).
    const types = await columnTypes(trx, table);
    const casts = columns.map((c) => `?::${types.get(c) ?? 'text'}[]`).join(', ');
    for (const part of chunksOf(rows, UNNEST_ROWS)) {
      const arrays = columns.map((_, k) => arrayParameter(part.map((row) => bindable(row[k]))));
      const result = await trx.raw(
        `insert into "${table}" (${quoted}) select * from unnest(${casts})${returning ? ' returning id' : ''}`,
        arrays,
      );
      if (returning) ids.push(...result.rows.map((r: { id: number }) => Number(r.id)));
    }
    return ids;
  };

  /** Rows of a model (attribute names), converted as Strapi's query engine converts them, defaults applied. */
  const insert = async (trx: any, uid: string, rows: Doc[]): Promise<number[]> => {
    if (!rows.length) return [];
    const shape = tableShape(uid);
    return insertColumns(
      trx,
      shape.table,
      shape.columns.map((c) => c.column),
      rows.map((r) => shape.columns.map((c) => c.toDB(r[c.name] === undefined ? c.fallback : r[c.name]))),
      true,
    );
  };

  /** Link rows straight into a join table (column names). */
  const link = async (trx: any, table: string, rows: Doc[]) => {
    if (!rows.length) return;
    const columns = Object.keys(rows[0]);
    await insertColumns(
      trx,
      table,
      columns,
      rows.map((r) => columns.map((c) => r[c])),
      false,
    );
  };

  /**
   * The target entries of a relation, loaded as rows name them (`load`, a chunk of rows at a time):
   * documentId → version → locale → row id, and the target rows as a populated relation holds them.
   */
  const relationTargets = (target: string) => {
    const map = new Map<string, { id: number; version: Version; locale: string | null }[]>();
    /** The target rows as the query engine returns them (what a populated relation holds). */
    const rowsById = new Map<number, Doc>();
    const looked = new Set<string>();
    const model: any = strapi.getModel(target as never);
    const hasDraft = Boolean(model?.options?.draftAndPublish);
    const load = async (documentIds: string[]) => {
      const missing = [...new Set(documentIds)].filter((id) => !looked.has(id));
      missing.forEach((id) => looked.add(id));
      for (const part of chunksOf(missing, LOOKUP)) {
        const rows = await strapi.db
          .query(target as never)
          .findMany({ where: { documentId: { $in: part } }, orderBy: [{ id: 'asc' }] });
        for (const r of rows as any[]) {
          const list = map.get(r.documentId) ?? [];
          const version: Version = hasDraft && !r.publishedAt ? 'draft' : 'published';
          list.push({ id: r.id, version, locale: r.locale ?? null });
          rowsById.set(r.id, r);
          map.set(r.documentId, list);
        }
      }
    };
    /** The row a version of ours links: the same version of the target (a draft-only target: none when
     * published), in our locale, else the source locale, else any. */
    const resolve = (documentId: string, version: Version, locale: string | null): number | undefined => {
      const rows = (map.get(documentId) ?? []).filter((r) => !hasDraft || r.version === version);
      return (
        rows.find((r) => r.locale === locale) ??
        rows.find((r) => r.locale === SOURCE_LOCALE) ??
        rows[0]
      )?.id;
    };
    /** A target row as a populated relation holds it, normalised once for every hash that includes it. */
    const normalisedRows = new Map<number, Doc>();
    const rowOf = (id: number): Doc | undefined => {
      let row = normalisedRows.get(id);
      const stored = rowsById.get(id);
      if (!row && stored) normalisedRows.set(id, (row = normalisedOnce(stored) as Doc));
      return row;
    };
    return Object.assign(resolve, { rowOf, load });
  };
  type Targets = ReadonlyMap<string, ReturnType<typeof relationTargets>>;

  /**
   * The entry of a row as `versionHash` reads it back (the query engine's values, relations as documentIds,
   * components populated, nothing else linked): the review hash computed without reading the drafts back.
   */
  const entryOf = (
    uid: string,
    row: Doc,
    data: Doc,
    targets: Targets,
    locale: string | null,
    depth = 0,
  ): Doc => {
    const entry: Doc = {};
    for (const c of tableShape(uid).columns) {
      if (!c.readBack) continue;
      entry[c.name] = c.readBack(row[c.name] === undefined ? c.fallback : row[c.name]);
    }
    const attributes: Record<string, any> =
      (strapi.getModel(uid as never) as any)?.attributes ?? (strapi.components as any)[uid]?.attributes ?? {};
    for (const [name, attribute] of Object.entries<any>(attributes)) {
      if (attribute.type === 'relation') {
        if (String(attribute.target).startsWith('admin::')) continue;
        // A populated relation: the linked draft rows of the targets, as the query engine reads them.
        const resolve = depth === 0 ? targets.get(name) : undefined;
        const linked = ((data[name] as string[] | undefined) ?? []).map((documentId) => {
          const id = resolve?.(documentId, 'draft', locale);
          return id === undefined ? { documentId } : (resolve!.rowOf(id) ?? { documentId });
        });
        entry[name] = /ToMany$/.test(attribute.relation) ? linked : (linked[0] ?? null);
      } else if (attribute.type === 'media') entry[name] = attribute.multiple ? [] : null;
      else if (attribute.type === 'dynamiczone') entry[name] = [];
      else if (attribute.type === 'component') {
        if (depth >= 2) continue;
        const value = data[name];
        const list = (
          value === null || value === undefined ? [] : Array.isArray(value) ? value : [value]
        ) as Doc[];
        const entries = list.map((item) => {
          const { id: _id, __component: _c, ...rest } = item;
          return entryOf(attribute.component, rest, rest, targets, locale, depth + 1);
        });
        entry[name] = attribute.repeatable ? entries : (entries[0] ?? null);
      }
    }
    return entry;
  };

  const refusal = (problems: BulkRowError[]) => {
    const sorted = [...problems].sort((a, b) => a.row - b.row);
    const rows = new Set(sorted.map((p) => p.row)).size;
    return new errors.ValidationError(`导入失败：${rows} 行有错误，未导入任何数据`, {
      errors: sorted.slice(0, 100).map((p) => ({
        path: ['rows', String(p.row), ...p.field.split('.')],
        message: `第 ${p.row} 行 ${p.message}`,
        rule: p.rule,
        name: 'ValidationError',
      })),
    });
  };

  /** Lets queued database work proceed between two chunks of checks (an `await` of a settled promise does not). */
  const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

  return {
    async createMany(options: BulkCreateOptions): Promise<BulkCreateResult> {
      const { uid, actor = null } = options;
      const registry = getService(strapi, 'column-registry');
      const type = registry.get(uid);
      if (!type) throw fieldError('uid', `“${uid}”不是栏目内容类型，不能批量写入`, 'registered');
      const { model, scalars, relations, components } = shapeOf(uid);
      const localized = model?.pluginOptions?.i18n?.localized === true;
      const locale = localized ? (options.locale ?? SOURCE_LOCALE) : null;
      const reviews = getService(strapi, 'reviews');
      if (options.publish && (reviews.isRequired(uid) || disclosureField(strapi, uid))) {
        throw fieldError('publish', '此类信息须经保密审查、发布时生成索引号，不能在导入时直接发布', 'review');
      }
      const versions: Version[] = options.publish ? ['draft', 'published'] : ['draft'];
      // One write of many rows: the hooks' scratch space (`state`) is shared by them, so a rule reads what every
      // row needs (the row's parent document …) once per call.
      const ctx = { action: 'create', uid, locale, actor, bulk: true, state: {} as Record<string, unknown> };
      const departmentOf = (d: { data: Doc }) =>
        ((d.data[type.departmentField] as string[] | undefined) ?? [])[0] ?? null;

      // Department scope: a scoped editor creates only in their own departments (governance's rule).
      let mine: string[] | null = null;
      if (actor && !actor.isSuperAdmin) {
        const scoping = getService(strapi, 'scoping');
        const scoped = await scoping.isScoped(actor.id, uid, 'create');
        if (scoped === null) throw new errors.ForbiddenError(`没有新建${type.label}的权限`);
        if (scoped) mine = await scoping.departmentsOf(actor.id);
      }

      const problems: BulkRowError[] = [];
      const check = bulkRules(strapi, uid, options.rules);
      const targets = new Map(relations.map((r) => [r.name, relationTargets(r.target)]));

      /** 1. A chunk of rows through the write rules and Strapi's attribute checks, relations resolved. */
      const checkChunk = async (chunk: BulkDocument[], offset: number) => {
        const docs: { row: number; data: Doc }[] = [];
        for (const [k, document] of chunk.entries()) {
          // The database answers the queued writes' statements between rows (checking is CPU work).
          if (k % YIELD_ROWS === YIELD_ROWS - 1) await yieldToIo();
          const row = document.row ?? offset + k + 1;
          const checked = await check(document.data, ctx);
          const errorsOfRow = [...checked.errors, ...scalarErrors(scalars, checked.data)];
          for (const name of Object.keys(checked.data)) {
            const attribute = model.attributes[name];
            if (!attribute || SYSTEM.has(name))
              errorsOfRow.push({ field: name, rule: 'unknown', message: `${name}: 不是可写入的字段` });
            else if (attribute.type === 'media' || attribute.type === 'dynamiczone')
              errorsOfRow.push({ field: name, rule: 'bulk', message: `${name}: 批量写入不接受媒体和动态区` });
          }
          for (const component of components) {
            const value = checked.data[component.name];
            if (value === null || value === undefined) continue;
            const list = Array.isArray(value) ? value : [value];
            if (!component.repeatable && Array.isArray(value)) {
              errorsOfRow.push({
                field: component.name,
                rule: 'type',
                message: `${component.name}: 须为一个对象`,
              });
              continue;
            }
            list.forEach((item, i) => {
              const at = component.repeatable ? `${component.name}.${i}` : component.name;
              const fields = componentScalars(component.uid);
              for (const key of Object.keys(item ?? {}))
                if (key !== 'id' && !(key in fields))
                  errorsOfRow.push({
                    field: `${at}.${key}`,
                    rule: 'bulk',
                    message: `${at}.${key}: 批量写入只接受组件的普通字段`,
                  });
              for (const e of scalarErrors(fields, item ?? {}))
                errorsOfRow.push({ ...e, field: `${at}.${e.field}`, message: `${at}.${e.message}` });
            });
          }
          problems.push(...errorsOfRow.map((e) => ({ ...e, row })));
          docs.push({ row, data: checked.data });
        }
        for (const relation of relations) {
          const ids: string[] = [];
          for (const d of docs) {
            if (!(relation.name in d.data)) continue;
            const found = documentIdsOf(d.data[relation.name], relation.many);
            if (found === null) {
              problems.push({
                row: d.row,
                field: relation.name,
                rule: 'relation-shape',
                message: `${relation.name}: 批量写入的关联须为 documentId${relation.many ? ' 的列表' : ''}`,
              });
            } else {
              d.data[relation.name] = found;
              ids.push(...found);
            }
          }
          if (!ids.length) continue;
          const resolve = targets.get(relation.name)!;
          await resolve.load(ids);
          for (const d of docs) {
            for (const id of (d.data[relation.name] as string[] | undefined) ?? []) {
              if (resolve(id, 'draft', locale) === undefined)
                problems.push({
                  row: d.row,
                  field: relation.name,
                  rule: 'exists',
                  message: `${relation.name}: 所选对象（${id}）不存在`,
                });
            }
          }
        }
        if (mine) {
          for (const d of docs) {
            const department = departmentOf(d);
            if (!department || !mine.includes(department))
              problems.push({
                row: d.row,
                field: type.departmentField,
                rule: 'scope',
                message: `${type.departmentField}: 信息的责任部门必须是您所在的部门`,
              });
          }
        }
        return docs;
      };

      const chunks = chunksOf(options.documents, CHUNK_ROWS);
      if (options.dryRun) {
        let offset = 0;
        for (const chunk of chunks) {
          await checkChunk(chunk, offset);
          offset += chunk.length;
        }
        if (problems.length) throw (options.refuse ?? refusal)(problems);
        return { documentIds: [] };
      }

      // 2. One transaction: the rows are checked a chunk at a time, and while the next chunk is checked the
      // database inserts the last one (queued, in order, on the transaction's connection). A bad row stops the
      // writing; every row is still checked (the refusal lists them all) and the transaction is rolled back —
      // to a savepoint when the caller's transaction holds this one, so that nothing of it stays.
      return strapi.db.transaction(async ({ trx }: { trx: any }) => {
        const now = new Date();
        const all: { row: number; data: Doc }[] = [];
        const documentIds: string[] = [];
        const entries = new Map<string, Doc>();
        let queue: Promise<unknown> = Promise.resolve();
        let writeError: unknown = null;
        const enqueue = (work: () => Promise<unknown>) => {
          queue = queue.then(() => (writeError ? undefined : work())).catch((e) => (writeError ??= e));
        };
        const savepoint = 'gov_core_bulk_writer';
        await trx.raw(`savepoint ${savepoint}`);

        /** The inserts of a chunk of checked rows: versions, components, relation links. */
        const writeChunk = async (docs: { row: number; data: Doc }[], ids: string[]) => {
          const rowIds = new Map<Version, number[]>();
          for (const version of versions)
            rowIds.set(version, await insert(trx, uid, rowsOf(docs, ids, version)));

          // Components: one row per value and version, linked through the type's `_cmps` table.
          for (const version of versions) {
            const entityIds = rowIds.get(version)!;
            const links: Doc[] = [];
            for (const component of components) {
              const values: { entity: number; order: number | null; data: Doc }[] = [];
              docs.forEach((d, i) => {
                const value = d.data[component.name];
                if (value === null || value === undefined) return;
                const list = (Array.isArray(value) ? value : [value]) as Doc[];
                list.forEach((data, k) =>
                  values.push({ entity: entityIds[i], order: component.repeatable ? k + 1 : null, data }),
                );
              });
              const cmpIds = await insert(
                trx,
                component.uid,
                values.map((v) => {
                  const { id: _id, __component: _c, ...data } = v.data;
                  return data;
                }),
              );
              values.forEach((v, k) =>
                links.push({
                  [component.joinTable.joinColumn.name]: v.entity,
                  [component.joinTable.inverseJoinColumn.name]: cmpIds[k],
                  component_type: component.uid,
                  field: component.name,
                  order: v.order,
                }),
              );
            }
            // The document service links each entry's components together, entry by entry.
            const joinColumn = components[0]?.joinTable.joinColumn.name;
            if (joinColumn) links.sort((a, b) => (a[joinColumn] as number) - (b[joinColumn] as number));
            if (components.length) await link(trx, components[0].joinTable.name, links);
          }

          // Relations: link rows to the target version that matches each version of ours.
          for (const relation of relations) {
            const resolve = targets.get(relation.name)!;
            const jt = relation.joinTable;
            const rows: Doc[] = [];
            for (const version of versions) {
              const entityIds = rowIds.get(version)!;
              docs.forEach((d, i) => {
                const linked = ((d.data[relation.name] as string[] | undefined) ?? [])
                  .map((documentId) => resolve(documentId, version, locale))
                  .filter((id): id is number => id !== undefined);
                linked.forEach((target, k) =>
                  rows.push({
                    [jt.joinColumn.name]: entityIds[i],
                    [jt.inverseJoinColumn.name]: target,
                    ...(jt.orderColumnName ? { [jt.orderColumnName]: k + 1 } : {}),
                  }),
                );
              });
            }
            if (!rows.length) continue;
            if (jt.inverseOrderColumnName) {
              // Read after the previous chunk's links (the queue runs in order): the orders continue theirs.
              const column = jt.inverseOrderColumnName;
              const targetIds = rows.map((r) => r[jt.inverseJoinColumn.name] as number);
              const highest = new Map<number, number>();
              for (const part of chunksOf([...new Set(targetIds)], LOOKUP)) {
                const found = await trx(jt.name)
                  .select(jt.inverseJoinColumn.name)
                  .max(column, { as: 'max' })
                  .whereIn(jt.inverseJoinColumn.name, part)
                  .groupBy(jt.inverseJoinColumn.name);
                for (const f of found) highest.set(Number(f[jt.inverseJoinColumn.name]), Number(f.max ?? 0));
              }
              inverseOrders(targetIds, highest).forEach((value, k) => (rows[k][column] = value));
            }
            await link(trx, jt.name, rows);
          }
        };

        /** The rows of a version of a chunk (attribute names), as `insert` takes them. */
        const rowsOf = (docs: { data: Doc }[], ids: string[], version: Version) =>
          docs.map((d, i) => {
            const row: Doc = {
              documentId: ids[i],
              createdAt: now,
              updatedAt: now,
              publishedAt: version === 'published' ? now : null,
              [SCOPE_FIELD]: departmentOf(d),
              ...(locale ? { locale } : {}),
              ...(options.createdBy ? { createdBy: options.createdBy, updatedBy: options.createdBy } : {}),
            };
            for (const name of Object.keys(scalars)) if (name in d.data) row[name] = d.data[name];
            return row;
          });

        const auditRow = (entry: {
          action: string;
          documentId?: string | null;
          department?: string | null;
          changes: AuditChange[];
        }) => ({
          actorId: actor?.id ?? null,
          actorEmail: actor?.email ?? 'system',
          action: entry.action,
          contentType: uid,
          itemDocumentId: entry.documentId ?? null,
          locale: entry.documentId ? locale : null,
          department: entry.department ?? null,
          changes: entry.changes,
          at: now,
          createdAt: now,
          updatedAt: now,
          publishedAt: now,
        });
        /** 保密审查: a pending row per new draft; audit: an entry per document (and per published version). */
        const reviewAndAudit = async (
          docs: { data: Doc }[],
          ids: string[],
          stored: ReadonlyMap<string, Doc>,
          hashes: ReadonlyMap<string, string>,
        ) => {
          const reviewRows: Doc[] = [];
          const auditRows: Doc[] = [];
          docs.forEach((d, i) => {
            const documentId = ids[i];
            const entry = stored.get(documentId) ?? {};
            const department = departmentOf(d);
            reviewRows.push({
              contentType: uid,
              itemDocumentId: documentId,
              locale,
              state: 'pending',
              versionHash: hashes.get(documentId) ?? null,
              title: entry.title ?? entry.name ?? null,
              department,
              authorId: actor?.id ?? null,
              authorEmail: actor?.email ?? null,
              createdAt: now,
              updatedAt: now,
              publishedAt: now,
            });
            auditRows.push(
              auditRow({
                action: 'create',
                documentId,
                department,
                changes: changedFields(strapi, uid, null, entry, d.data),
              }),
            );
          });
          if (options.publish)
            docs.forEach((d, i) =>
              auditRows.push(
                auditRow({ action: 'publish', documentId: ids[i], department: departmentOf(d), changes: [] }),
              ),
            );
          // Review and audit entries are documents too: each has its own documentId, as the document service gives it.
          const identified = (rows: Doc[]) => {
            const ids = newDocumentIds(rows.length);
            return rows.map((r, i) => ({ ...r, documentId: ids[i] }));
          };
          return async () => {
            // Nothing waits for review of types without drafts, or reviewed with another document.
            if (reviews.publishes(uid) && !reviews.reviewedWith(uid))
              await insert(trx, REVIEW, identified(reviewRows));
            await insert(trx, AUDIT, identified(auditRows));
          };
        };

        try {
          let offset = 0;
          for (const chunk of chunks) {
            const docs = await checkChunk(chunk, offset);
            offset += chunk.length;
            all.push(...docs);
            if (problems.length) continue;
            const ids = newDocumentIds(docs.length);
            documentIds.push(...ids);
            enqueue(() => writeChunk(docs, ids));
            // While the database writes them: the review hash of each new draft, from the rows written, and
            // the chunk's review and audit rows, queued behind its documents.
            const drafts = rowsOf(docs, ids, 'draft');
            docs.forEach((d, i) => entries.set(ids[i], entryOf(uid, drafts[i], d.data, targets, locale)));
            const hashes = new Map(ids.map((id) => [id, hashOf(entries.get(id))]));
            enqueue(await reviewAndAudit(docs, ids, entries, hashes));
            await yieldToIo();
          }
          await queue;
          if (writeError) throw writeError;
          if (problems.length) throw (options.refuse ?? refusal)(problems);
          if (!all.length) {
            await trx.raw(`release savepoint ${savepoint}`);
            return { documentIds: [] };
          }

          // The hashes computed in memory, checked against the first and the last draft read back (Strapi's
          // conversions, defaults); should they differ, every draft is read back and its review and audit
          // rows are written again from what was read.
          const probes = [...new Set([documentIds[0], documentIds[documentIds.length - 1]])];
          for (const documentId of probes) {
            const read = await versionHashes(strapi, uid, [documentId], locale);
            if (read.hashes.get(documentId) === hashOf(entries.get(documentId))) continue;
            const fromDb = normalise(read.entries.get(documentId)) as Doc;
            const computed = normalise(entries.get(documentId)) as Doc;
            const differing = [...new Set([...Object.keys(fromDb ?? {}), ...Object.keys(computed)])].filter(
              (k) => JSON.stringify(fromDb?.[k]) !== JSON.stringify(computed[k]),
            );
            strapi.log.warn(
              `bulk writer: ${uid}: the review hash computed in memory differs from the draft read back (${differing
                .map((k) => `${k}: ${JSON.stringify(fromDb?.[k])} ≠ ${JSON.stringify(computed[k])}`)
                .join('; ')}); every draft is read back`,
            );
            const again = await versionHashes(strapi, uid, documentIds, locale);
            for (const table of [REVIEW, AUDIT]) {
              const meta: any = strapi.db.metadata.get(table);
              const column = meta.attributes.itemDocumentId.columnName ?? 'item_document_id';
              for (const part of chunksOf(documentIds, LOOKUP))
                await trx(meta.tableName).whereIn(column, part).del();
            }
            await (
              await reviewAndAudit(all, documentIds, again.entries, again.hashes)
            )();
            break;
          }
        } catch (e) {
          await queue;
          await trx.raw(`rollback to savepoint ${savepoint}`);
          throw e;
        }
        await trx.raw(`release savepoint ${savepoint}`);
        if (options.audit)
          await insert(trx, AUDIT, [auditRow({ ...options.audit, changes: options.audit.changes ?? [] })]);
        return { documentIds };
      });
    },
  };
};

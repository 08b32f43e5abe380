import type { Core } from '@strapi/strapi';
import type { CadenceKey } from '../data/labels';
import type { AdminLayout } from '../domain/admin-layout';
import { SCOPE_FIELD } from '../permissions';

/** A field error of a write rule: the API field (dotted path), a stable rule key, a Chinese message. */
export interface ColumnFieldError {
  field: string;
  rule: string;
  message: string;
}

/** Who writes and how (given to every write hook). */
export interface WriteHookContext {
  /** The document-service action (create, update, publish, unpublish, delete, clone, discardDraft …). */
  action: string;
  uid: string;
  locale: string | null;
  /** The admin behind the request, or null (seeds, jobs, imports run by the system). */
  actor: { id: number; email?: string | null } | null;
  /** True when run by the bulk writer (imports): hooks must not do per-row database work they can batch. */
  bulk: boolean;
  /** The document written (null on create and in the bulk writer's checks). */
  documentId?: string | null;
  /** The locale parameter as the caller gave it (`'*'`, a code, or undefined). */
  requestedLocale?: unknown;
  /**
   * The write's data as it reaches the hooks (create / update): governed relations canonicalised, rich text
   * sanitised, system fields re-stamped. For rules that depend on what the write names, not on the result.
   */
  data?: Doc;
  /** Scratch space of one write, shared by a type's hooks (beforePublish → afterPublish). */
  state?: Record<string, unknown>;
}

type Doc = Record<string, unknown>;
type MaybePromise<T> = T | Promise<T>;

/**
 * Typed write hooks of a column type, run by gov-core's one document-service pipeline (and by the bulk
 * writer on every row). `before` is the stored version the write starts from (null on create), `after` the
 * document as it will be (stored values merged with the write's data, relations as `{ documentId }`).
 */
export interface ColumnHooks {
  /**
   * Values the type computes itself (AQI …), merged into the write's data; hand-typed values are overwritten.
   * A key returned as `undefined` is removed from the data (a field the write may not set).
   */
  compute?(after: Doc, ctx: WriteHookContext): MaybePromise<Doc>;
  /** Every problem of the write, or []. A non-empty list refuses it with a 400 naming each field. */
  validate?(before: Doc | null, after: Doc, ctx: WriteHookContext): MaybePromise<ColumnFieldError[]>;
  /** Checked when publishing (after review, before the row is published). */
  beforePublish?(document: Doc, ctx: WriteHookContext): MaybePromise<ColumnFieldError[]>;
  /** Runs after a successful publish, in the same transaction when there is one. */
  afterPublish?(document: Doc, previous: Doc | null, ctx: WriteHookContext): MaybePromise<void>;
  /** Checked before unpublishing (`published`: the published version being withdrawn, null when none). */
  beforeUnpublish?(published: Doc | null, ctx: WriteHookContext): MaybePromise<ColumnFieldError[]>;
  /** Checked before deleting (`before`: the stored draft, null when none). */
  beforeDelete?(before: Doc | null, ctx: WriteHookContext): MaybePromise<ColumnFieldError[]>;
  /** Runs after every successful write action (create … discardDraft), in its transaction. */
  afterWrite?(result: unknown, ctx: WriteHookContext): MaybePromise<void>;
}

/** A shortcut query parameter of a public list (`column`, `department`, `year` …) that expands into `filters`. */
export interface QueryAlias {
  /** The zod schema of the parameter's value (coerced), with Chinese messages. */
  schema: import('zod').ZodType;
  /** Shown in OpenAPI. */
  description: string;
  /** The Strapi `filters` the value stands for. */
  toFilters(value: any): Record<string, unknown>;
}

/** How the public content API serves a column type (one route factory makes its list and single routes). */
export interface ColumnApi {
  /** Fields `q` searches besides `title` / `name` (text fields of the type). */
  searchFields?: string[];
  /** Shortcut parameters, by name. */
  aliases?: Record<string, QueryAlias>;
  /** Default `sort` of the list when the request gives none. */
  defaultSort?: string[];
  /** Default page size of the list (else 10). */
  defaultPageSize?: number;
  /** Largest page size of the list (else `api.rest.maxLimit`): long series such as hourly observations. */
  maxPageSize?: number;
  /**
   * Filters a list applies when the request does not decide otherwise (power items: in force only, unless
   * `itemStatus` is given as a parameter or in `filters`). Receives the request's `filters` and aliases.
   */
  defaultFilters?(given: {
    filters: unknown;
    aliases: Record<string, unknown>;
  }): Record<string, unknown> | undefined;
  /** Default `populate` when the request gives none. */
  defaultPopulate?: Record<string, unknown>;
  /**
   * Field masking (去标识化; the relief plugin masks names and ID numbers): field → masker (the kit's `maskName`,
   * `maskIdNumber`, `maskPhone` or your own), a field of the type or `component.field` of one of its components.
   * The public API applies the masker wherever the field is served (list, single, populated at any depth) and
   * refuses the field in `filters`, `sort` and `q` (a filter on the real value would reveal it a guess at a time);
   * a masked component field is masked wherever that component is served.
   */
  mask?: Record<string, (value: unknown) => unknown>;
  /**
   * A type that is public with another document (budget lines with their report): an entry (published, as
   * every entry) is served only while the document of `uid` whose documentId its `field` holds is public too
   * (published, not 不予公开 — the one public rule, applied to the parent).
   */
  publicWith?: { field: string; uid: string };
  /** Adds derived values to served entries (labels, validityBadge …) after the public rules were applied. */
  decorate?(entries: Doc[], ctx: { locale: string }): MaybePromise<Doc[]>;
}

/** A content type that fills thematic columns (articles, 规范性文件, 权力事项 …). */
export interface ColumnType {
  uid: string;
  /** Label in the admin and in listings, in 简体. */
  label: string;
  /** Expected update rhythm: drives freshness monitoring. */
  cadence: CadenceKey;
  /** Attributes a public listing may show (feeds, search). */
  publicFields: string[];
  /** Attribute holding the item's department (for scoping); defaults to `department`. */
  departmentField?: string;
  /** Attribute holding the item's column; defaults to `column`. */
  columnField?: string;
  /** Write rules, run by the gov-core pipeline (no plugin registers its own document middleware). */
  hooks?: ColumnHooks;
  /**
   * `true`: records never updated or deleted once written (history): the pipeline refuses those actions.
   * `'once-published'`: drafts may be corrected, but a document once published is never updated or deleted
   * (ppp's 实施情况): the type's own hooks refuse it; the flag tells the platform (and its tests) so.
   */
  appendOnly?: boolean | 'once-published';
  /**
   * The type whose 保密审查 covers this one (budget lines: the rows of their report, public only with it and frozen
   * while it is published): its own versions wait for no review, and may be published without one.
   */
  reviewedWith?: string | null;
  /**
   * What else a 保密审查 of this type covers (budget reports: their lines): a digest of it, part of the version
   * hash, so that a change there puts an approved document back to pending.
   */
  reviewCovers?: ((documentId: string) => Promise<string>) | null;
  /** How the public content API serves the type. */
  api?: ColumnApi;
  /**
   * The content manager's view (「配置视图」), set at boot without overwriting a webmaster's changes: Chinese
   * labels, descriptions with examples, read-only system fields, list columns, main field, edit-view groups.
   * The fields every column shares (标题, 正文, 所属栏目, 信息公开目录 …) are labelled by gov-core.
   */
  admin?: AdminLayout;
}

/**
 * The column registry: every plugin registers its column content types here (during `register`), so that the
 * column tree, feeds, search, scoping and freshness monitoring treat every column alike.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const types = new Map<string, Required<ColumnType>>();
  const listeners: ((type: Required<ColumnType>) => void)[] = [];

  return {
    registerColumnType(type: ColumnType) {
      if (!/^(plugin|api)::[a-z0-9-]+\.[a-z0-9-]+$/.test(type.uid)) {
        throw new Error(`registerColumnType: "${type.uid}" is not a content type UID`);
      }
      if (types.has(type.uid)) throw new Error(`registerColumnType: ${type.uid} is already registered`);
      for (const field of Object.keys(type.api?.mask ?? {})) {
        if (!/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)?$/.test(field))
          throw new Error(
            `registerColumnType: ${type.uid}: mask "${field}" is not a field or component.field`,
          );
        if ((type.api?.searchFields ?? []).includes(field))
          throw new Error(`registerColumnType: ${type.uid}: "${field}" is masked, so q cannot search it`);
      }
      const full = {
        departmentField: 'department',
        columnField: 'column',
        hooks: {},
        appendOnly: false,
        reviewedWith: null,
        reviewCovers: null,
        api: {},
        admin: {},
        ...type,
      };
      // Department scoping needs a scalar copy of the department (see services/scoping.ts).
      strapi.get('content-types').extend(type.uid, (ct: any) => {
        ct.attributes[SCOPE_FIELD] = {
          type: 'string',
          private: true,
          configurable: false,
          writable: false,
          visible: false,
          pluginOptions: { i18n: { localized: false }, 'chinese-variants': { convert: false } },
        };
      });
      types.set(type.uid, full);
      listeners.forEach((fn) => fn(full));
      strapi.log.debug(`[gov-core] column type registered: ${type.uid}`);
    },
    get(uid: string) {
      return types.get(uid);
    },
    has(uid: string) {
      return types.has(uid);
    },
    list(): Required<ColumnType>[] {
      return [...types.values()];
    },
    uids(): string[] {
      return [...types.keys()];
    },
    /** Called for every type registered, including those registered before the subscription. */
    onRegister(fn: (type: Required<ColumnType>) => void) {
      types.forEach((t) => fn(t));
      listeners.push(fn);
    },
  };
};

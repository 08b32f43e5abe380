import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  WRITE_ACTIONS,
  isReadAction,
  refusalMessage,
  resolveAction,
  type ActionPlan,
  type WriteAction,
} from '../domain/document-actions';
import {
  APPEND_ONLY_REFUSED,
  applyComputed,
  documentAfter,
  guardHookOf,
  orderGlobals,
  type GovernedKind,
} from '../domain/write-pipeline';
import { disclosureProblems, type DisclosureInput } from '../domain/disclosure';
import {
  APPEND_ONLY_REFUSAL,
  APPEND_ONLY_TYPES,
  STRUCTURE_TYPES,
  governancePlans,
} from '../middlewares/governance';
import { sanitizeRichTextFields, validationPlan } from '../middlewares/validation';
import { disclosureField, disclosurePlan } from '../middlewares/disclosure';
import { documentGuard, type DocumentHandler } from '../utils/document-guard';
import { documentIdAfter } from '../utils/relation-input';
import { currentAdmin } from '../utils/actor';
import { fieldErrors } from '../utils/errors';
import { beginCall, callOf, localeOf } from '../utils/write-call';
import { getService } from '../utils/get-service';
import type { ColumnFieldError, ColumnHooks, WriteHookContext } from './column-registry';

type Doc = Record<string, any>;

/** A non-column type of a plugin (cleanup batches, validity changes, phrases …) written through the pipeline. */
export interface PipelineRegistration {
  /** What refusal messages call the type (`清理批次` …). */
  label?: string;
  /** Actions refused, with their message; a string refuses every write action (append-only histories). */
  refuse?: string | Partial<Record<WriteAction, string>>;
  hooks?: ColumnHooks;
}

/** Rules over every column type (accessibility, chinese-variants …), or over the types `applies` names. */
export interface GlobalHooks extends ColumnHooks {
  /** Position among the global rules (lower first; then by name). Default 100. */
  order?: number;
  /** The types the rules apply to; default: every registered column type. Other types run only `afterWrite`. */
  applies?(uid: string): boolean;
}

interface Global extends GlobalHooks {
  name: string;
  order: number;
}

export interface CheckResult {
  /** `after` with the computed values merged in (rich text sanitised). */
  data: Doc;
  errors: ColumnFieldError[];
}

/** The field errors an error carries (400s and 409s in Strapi's shape), or null when it is not one. */
const fieldErrorsOf = (error: unknown): ColumnFieldError[] | null => {
  const list = (error as { details?: { errors?: unknown } })?.details?.errors;
  if (!Array.isArray(list)) return null;
  return list.map((e: { path?: string[]; message?: string; rule?: string }) => ({
    field: (e.path ?? []).join('.'),
    message: e.message ?? '',
    rule: e.rule ?? 'invalid',
  }));
};

const TO_ONE = new Set(['oneToOne', 'manyToOne', 'oneWay']);
const ADMIN_RELATIONS = new Set(['createdBy', 'updatedBy', 'localizations']);

/**
 * gov-core's one write pipeline: the only `strapi.documents.use` middleware of the project's write rules. Every
 * document action on a governed type (column types, gov-core's structure and append-only types, the types
 * plugins `register`) runs through a fixed order of stages (domain/write-pipeline.ts), so the order of the
 * plugins in config/plugins.ts does not matter.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const registry = () => getService(strapi, 'column-registry');
  const registered = new Map<string, PipelineRegistration>();
  const globals: Global[] = [];
  let ordered: Global[] = [];

  const attributesOf = (uid: string): Record<string, any> =>
    (strapi.getModel(uid as never) as { attributes?: Record<string, any> } | undefined)?.attributes ?? {};

  const kindOf = (uid: string): GovernedKind | 'append-only' | null => {
    if (APPEND_ONLY_TYPES.includes(uid)) return 'append-only';
    if (STRUCTURE_TYPES.includes(uid)) return 'structure';
    if (registry().has(uid)) return 'item';
    if (registered.has(uid)) return 'registered';
    return null;
  };

  const labelOf = (uid: string) => registry().get(uid)?.label ?? registered.get(uid)?.label ?? uid;

  /** The plan of step 1: which actions reach the stages ('handle'), which are refused. */
  const planOf = (uid: string, kind: GovernedKind | 'append-only'): ActionPlan<'handle'> => {
    const plan = Object.fromEntries(WRITE_ACTIONS.map((a) => [a, 'handle'])) as ActionPlan<'handle'>;
    if (kind === 'append-only') {
      for (const a of WRITE_ACTIONS) plan[a] = { refuse: APPEND_ONLY_REFUSAL };
    } else if (kind === 'item' && registry().get(uid)!.appendOnly === true) {
      const refusal = { refuse: `${labelOf(uid)}只增不改，不能修改或删除` };
      for (const a of APPEND_ONLY_REFUSED) plan[a] = refusal;
    } else if (kind === 'registered') {
      const refuse = registered.get(uid)!.refuse;
      for (const a of WRITE_ACTIONS) {
        const message = typeof refuse === 'string' ? refuse : refuse?.[a];
        if (message) plan[a] = { refuse: message };
      }
    }
    return plan;
  };

  const stage = (plan: ActionPlan<DocumentHandler>) => documentGuard({ applies: () => true, plan });
  let stages: Record<GovernedKind, (uid: string) => DocumentHandler[]> | null = null;
  /** Stages 2–4 (built once, at the first write: the middleware files read services lazily). */
  const stagesOf = (kind: GovernedKind, uid: string) => {
    if (!stages) {
      const governance = governancePlans(strapi);
      const item = stage(governance.itemPlan);
      const structure = stage(governance.structurePlan);
      const validation = stage(validationPlan(strapi));
      const disclosure = stage(disclosurePlan(strapi));
      stages = {
        item: (u) => (disclosureField(strapi, u) ? [item, validation, disclosure] : [item, validation]),
        structure: () => [structure, validation],
        registered: () => [],
      };
    }
    return stages[kind](uid);
  };

  /**
   * What the stages read of the stored draft: every to-one relation it holds, as `{ documentId }`, and every
   * component with its own to-one relations (inverse and to-many sides are not loaded: no rule reads them).
   */
  const populateOf = (uid: string, depth = 0): Record<string, unknown> => {
    const populate: Record<string, unknown> = {};
    for (const [name, attribute] of Object.entries(attributesOf(uid))) {
      if (
        attribute.type === 'relation' &&
        TO_ONE.has(attribute.relation) &&
        !attribute.mappedBy &&
        !ADMIN_RELATIONS.has(name)
      ) {
        populate[name] = { select: ['documentId'] };
      } else if (attribute.type === 'component' && depth < 2) {
        const inner = populateOf(attribute.component, depth + 1);
        populate[name] = Object.keys(inner).length ? { populate: inner } : true;
      }
    }
    return populate;
  };

  /** A stored version: the draft or the published row (a type without draft & publish has one row). */
  const loadVersion = (uid: string, documentId: string, locale: string | null, published: boolean) => {
    const drafts = (strapi.getModel(uid as never) as any)?.options?.draftAndPublish !== false;
    const state = drafts ? { publishedAt: published ? { $notNull: true } : null } : {};
    return strapi.db.query(uid as never).findOne({
      where: { documentId, ...state, ...(locale ? { locale } : {}) },
      populate: populateOf(uid),
    }) as Promise<Doc | null>;
  };

  /** To-one relations the write names, as the documentId they will hold (the relation-input parser's reading). */
  const relationsAfter = async (uid: string, before: Doc | null, data: Doc) => {
    const out: Record<string, string | null> = {};
    for (const [field, attribute] of Object.entries(attributesOf(uid))) {
      if (!(field in data) || attribute.type !== 'relation' || !TO_ONE.has(attribute.relation)) continue;
      if (ADMIN_RELATIONS.has(field) || !attribute.target) continue;
      out[field] = await documentIdAfter(strapi, {
        target: attribute.target,
        field,
        value: data[field],
        current: before?.[field]?.documentId ?? null,
      });
    }
    return out;
  };

  /** The global rules and the type's hooks that apply to a type, in pipeline order. */
  const hooksOf = (uid: string, kind: GovernedKind | null): ColumnHooks[] => {
    const list: ColumnHooks[] = ordered.filter((g) => (g.applies ? g.applies(uid) : kind === 'item'));
    const own = kind === 'item' ? registry().get(uid)?.hooks : registered.get(uid)?.hooks;
    if (own) list.push(own);
    return list;
  };

  const contextOf = (ctx: any, hooksData?: Doc): WriteHookContext => ({
    action: ctx.action,
    uid: ctx.uid,
    locale: localeOf(strapi, ctx.uid, ctx.params?.locale),
    actor: currentAdmin(strapi),
    bulk: false,
    documentId: ctx.params?.documentId ?? null,
    requestedLocale: ctx.params?.locale,
    data: hooksData,
    state: {},
  });

  const refuseIf = (problems: ColumnFieldError[]) => {
    if (problems.length) throw fieldErrors(problems);
  };

  /** Stage 5: the document as it will be, once; then compute → validate / before* → write → after*. */
  const runHooks = async (ctx: any, next: () => Promise<any>, kind: GovernedKind): Promise<any> => {
    const hooks = hooksOf(ctx.uid, kind);
    if (!hooks.length) return next();
    const action = ctx.action as WriteAction;
    const before = callOf(ctx)?.before ?? null;
    const data: Doc | undefined =
      ctx.params?.data && typeof ctx.params.data === 'object' ? ctx.params.data : undefined;
    const hctx = contextOf(ctx, data);
    const guard = guardHookOf(action);
    let document: Doc | null = null;
    let previous: Doc | null = null;

    if (guard === 'validate' && data) {
      let after = documentAfter(before, data, await relationsAfter(ctx.uid, before, data));
      for (const h of hooks) {
        if (!h.compute) continue;
        const computed = await h.compute(after, hctx);
        applyComputed(data, computed);
        after = { ...after, ...computed };
        for (const [k, v] of Object.entries(computed ?? {})) if (v === undefined) after[k] = before?.[k];
      }
      const problems: ColumnFieldError[] = [];
      for (const h of hooks) if (h.validate) problems.push(...(await h.validate(before, after, hctx)));
      refuseIf(problems);
    } else if (guard === 'beforePublish' || guard === 'beforeUnpublish') {
      const documentId = ctx.params?.documentId;
      document = before;
      const readsPrevious = hooks.some((h) =>
        guard === 'beforePublish' ? h.afterPublish : h.beforeUnpublish,
      );
      if (documentId && readsPrevious) {
        previous = await loadVersion(ctx.uid, documentId, hctx.locale, true);
      }
      const problems: ColumnFieldError[] = [];
      for (const h of hooks) {
        if (guard === 'beforePublish' && h.beforePublish && document) {
          problems.push(...(await h.beforePublish(document, hctx)));
        }
        if (guard === 'beforeUnpublish' && h.beforeUnpublish) {
          problems.push(...(await h.beforeUnpublish(previous, hctx)));
        }
      }
      refuseIf(problems);
    } else if (guard === 'beforeDelete') {
      const problems: ColumnFieldError[] = [];
      for (const h of hooks) if (h.beforeDelete) problems.push(...(await h.beforeDelete(before, hctx)));
      refuseIf(problems);
    }

    const result = await next();
    if (action === 'publish' && document) {
      for (const h of hooks) if (h.afterPublish) await h.afterPublish(document, previous, hctx);
    }
    for (const h of hooks) if (h.afterWrite) await h.afterWrite(result, hctx);
    return result;
  };

  /** The one document-service middleware. */
  const middleware: DocumentHandler = async (ctx, next) => {
    if (isReadAction(ctx.action)) return next();
    const kind = kindOf(ctx.uid);
    if (!kind) {
      // Not a governed type: only the global rules that name it (e.g. chinese-variants' cache stamps) run.
      const hooks = ordered.filter((g) => g.applies?.(ctx.uid) && g.afterWrite);
      if (!hooks.length) return next();
      const result = await next();
      const hctx = contextOf(ctx);
      for (const h of hooks) await h.afterWrite!(result, hctx);
      return result;
    }
    const step = resolveAction(planOf(ctx.uid, kind), ctx.action);
    if (step.kind === 'refuse') {
      throw new errors.ForbiddenError(
        step.message ?? refusalMessage(labelOf(ctx.uid), ctx.action, step.reason),
        { action: ctx.action, uid: ctx.uid },
      );
    }
    if (step.kind !== 'handle' || kind === 'append-only') return next();
    return strapi.db.transaction(async () => {
      const documentId: unknown = ctx.params?.documentId;
      const locale = localeOf(strapi, ctx.uid, ctx.params?.locale);
      const before =
        typeof documentId === 'string' && documentId && ctx.action !== 'create' && ctx.action !== 'clone'
          ? await loadVersion(ctx.uid, documentId, locale, false)
          : null;
      beginCall(ctx, { before });
      const chain = stagesOf(kind, ctx.uid);
      const run = (i: number): Promise<any> =>
        i < chain.length ? chain[i](ctx, () => run(i + 1)) : runHooks(ctx, next, kind);
      return run(0);
    });
  };

  return {
    /** The middleware gov-core registers once with `strapi.documents.use`. */
    middleware,

    /** Write rules of a non-column type (a column type gives its hooks to `registerColumnType`). */
    register(uid: string, registration: PipelineRegistration) {
      if (registered.has(uid) || registry().has(uid)) {
        throw new Error(`pipeline.register: ${uid} already has write rules`);
      }
      registered.set(uid, registration);
    },

    /** Rules over every column type (or the types `applies` names), run after governance, before the type's. */
    registerGlobal(name: string, hooks: GlobalHooks) {
      if (globals.some((g) => g.name === name)) throw new Error(`pipeline.registerGlobal: ${name} exists`);
      globals.push({ ...hooks, name, order: hooks.order ?? 100 });
      ordered = orderGlobals(globals);
    },

    /** The global rules' names in the order they run. */
    globalOrder: () => ordered.map((g) => g.name),

    /**
     * compute + validate of gov-core's content rules (rich text, 信息公开目录 metadata), the global rules and the
     * type's hooks, without writing: for the bulk writer, per row. A thrown 400/409 becomes errors of the row.
     */
    async check(
      uid: string,
      action: string,
      before: Doc | null,
      after: Doc,
      ctx: WriteHookContext,
    ): Promise<CheckResult> {
      const kind = kindOf(uid);
      const data: Doc = { ...after };
      const problems: ColumnFieldError[] = [];
      const hctx: WriteHookContext = { state: {}, data, ...ctx, action, uid };
      const attempt = async (fn: () => unknown) => {
        try {
          await fn();
        } catch (error) {
          const list = fieldErrorsOf(error);
          if (!list) throw error;
          problems.push(...list);
        }
      };
      if (kind === 'item') {
        sanitizeRichTextFields(strapi, uid, data);
        const field = disclosureField(strapi, uid);
        const incoming = field ? (data[field] as DisclosureInput | null | undefined) : undefined;
        if (field && incoming && typeof incoming === 'object') {
          const stored = (before?.[field] ?? null) as DisclosureInput | null;
          problems.push(
            ...disclosureProblems(field, incoming, {
              indexNumber: stored?.indexNumber ?? null,
              publishDate: stored?.publishDate ?? null,
              current: stored,
            }),
          );
        }
      }
      const hooks = hooksOf(uid, kind === 'append-only' ? null : kind);
      for (const h of hooks) {
        if (h.compute) await attempt(async () => applyComputed(data, await h.compute!(data, hctx)));
      }
      for (const h of hooks) {
        if (h.validate) await attempt(async () => problems.push(...(await h.validate!(before, data, hctx))));
      }
      return { data, errors: problems };
    },
  };
};

import type { Core } from '@strapi/strapi';
import { CATEGORIES, isCategoryKey, type CategoryKey } from '../data/categories';
import { problem, type FieldError } from '@gov-portal/kit';
import { formatItemCode, nextItemSerial, parseItemCode } from '../domain/item-code';
import { blank, itemPublishProblems, itemWriteProblems } from '../domain/item-rules';
import { pluginConfig } from '../config';
import { asValidation } from '@gov-portal/kit';
import { getService, govCore } from '../utils/get-service';
import { SCOPE_FIELD, SOURCE_LOCALE, UID } from '../utils/constants';

type Doc = Record<string, any>;
type Problem = FieldError;
/** The parts of gov-core's WriteHookContext these rules read. */
interface HookContext {
  action: string;
  /** The bulk writer's check of a row: codes are allocated for the whole batch by the writer, not here. */
  bulk?: boolean;
  documentId?: string | null;
  requestedLocale?: unknown;
  data?: Doc;
  state?: Record<string, unknown>;
}
/** gov-core's column hooks (services/column-registry.ts `ColumnHooks`), as far as this plugin uses them. */
export interface ItemHooks {
  compute(after: Doc, ctx: HookContext): Promise<Doc>;
  validate(before: Doc | null, after: Doc, ctx: HookContext): Promise<Problem[]>;
  beforePublish(document: Doc, ctx: HookContext): Promise<Problem[]>;
  afterPublish(document: Doc, previous: Doc | null, ctx: HookContext): Promise<void>;
}

type Adjustments = ReturnType<typeof getService<'adjustments'>>;
/** The 动态调整 a publish makes, planned before the write. */
interface Planned {
  draft: NonNullable<Awaited<ReturnType<Adjustments['version']>>>;
  adjustment: NonNullable<Awaited<ReturnType<Adjustments['plan']>>>;
}

const withRule = (list: FieldError[]): Problem[] => list.map((p) => ({ ...p, rule: 'invalid' }));

const departmentCode = async (strapi: Core.Strapi, documentId: string | null): Promise<string | null> => {
  if (!documentId) return null;
  const row = await govCore(strapi, 'directory').department(documentId, ['code']);
  return row?.code ?? null;
};

/** PostgreSQL advisory-lock key of 职权编码 allocation (two int4: this plugin, then the department's hash). */
const CODE_LOCK = 0x504c4331; // 'PLC1'

/**
 * Serialises the allocation and the uniqueness check of 职权编码 per department until the write's transaction
 * ends (gov-core's pipeline transaction), so that simultaneous creates get different codes instead of the same
 * one (PostgreSQL, READ COMMITTED); SQLite serialises writes on its single connection.
 */
export const lockDepartmentCodes = (strapi: Core.Strapi, department: string) =>
  strapi.db.dialect.client === 'postgres'
    ? strapi.db.transaction(({ trx }: { trx: any }) =>
        trx.raw('select pg_advisory_xact_lock(?, hashtext(?))', [CODE_LOCK, department]),
      )
    : Promise.resolve();

/**
 * The write rules of 权力事项, run by gov-core's write pipeline (after governance has set `scopeDepartment` to
 * the department after the write): required fields, 职权编码 (allocated from the pattern when left empty on
 * create; format and uniqueness per department otherwise), 办事指南 link, no cancellation without a basis; on
 * publish, a complete version and the 动态调整 it makes (written after the publish, in its transaction).
 */
export const itemHooks = (strapi: Core.Strapi): ItemHooks => {
  /** The department, category and code context of the item as it will be. */
  const codeContextOf = async (before: Doc | null, after: Doc, data: Doc) => {
    const department: string | null = after[SCOPE_FIELD] ?? null;
    const category: CategoryKey | null = data.category ?? before?.category ?? null;
    const deptCode = await departmentCode(strapi, department);
    const context =
      deptCode && category && isCategoryKey(category)
        ? { departmentCode: deptCode, categoryCode: CATEGORIES[category].code }
        : null;
    return { department, context };
  };
  const writeOf = (ctx: HookContext) => (ctx.action === 'create' ? 'create' : 'update');

  return {
    /** 职权编码 trimmed, or allocated on create when left empty (under the department's lock). */
    async compute(after, ctx) {
      const data = ctx.data ?? {};
      const code = typeof data.code === 'string' ? data.code.trim() : data.code;
      if (!blank(code)) return { code };
      if (writeOf(ctx) !== 'create' || ctx.bulk) return {};
      const { department, context } = await codeContextOf(null, after, data);
      if (!department || !context) return {};
      await lockDepartmentCodes(strapi, department);
      const { codePattern } = pluginConfig(strapi);
      const used = await strapi.db
        .query(UID.item)
        .findMany({ where: { [SCOPE_FIELD]: department }, select: ['code'] });
      const allocated = await asValidation(() =>
        formatItemCode(codePattern, {
          ...context,
          serial: nextItemSerial(
            codePattern,
            used.map((r: { code: string | null }) => r.code ?? ''),
            context,
          ),
        }),
      );
      return { code: allocated };
    },

    async validate(before, after, ctx) {
      const data = ctx.data ?? {};
      const action = writeOf(ctx);
      const problems = itemWriteProblems(action, data, before, after[SCOPE_FIELD] ?? null);
      if (problems.length) return withRule(problems);
      // The import allocates and checks 职权编码 for all its rows at once, under the departments' locks.
      if (ctx.bulk) return [];
      const { department, context } = await codeContextOf(before, after, data);
      const codeGiven = 'code' in data;
      if (department && (codeGiven || action === 'create' || 'department' in data)) {
        await lockDepartmentCodes(strapi, department);
      }
      const code = data.code;
      if (!blank(code) && codeGiven && (action === 'create' || code !== before?.code)) {
        const { codePattern } = pluginConfig(strapi);
        if (!context || !parseItemCode(codePattern, code, context)) {
          const expected = context ? formatItemCode(codePattern, { ...context, serial: 1 }) : codePattern;
          return withRule([
            problem('code', 'invalid', `职权编码“${code}”不符合编码格式 ${codePattern}（如 ${expected}）`),
          ]);
        }
      }
      const finalCode = data.code ?? before?.code;
      if (!blank(finalCode) && (codeGiven || 'department' in data || action === 'create')) {
        const holder = await strapi.db.query(UID.item).findOne({
          where: {
            code: finalCode,
            [SCOPE_FIELD]: department,
            ...(ctx.documentId ? { documentId: { $ne: ctx.documentId } } : {}),
          },
          select: ['documentId', 'name'],
        });
        if (holder) {
          return withRule([
            problem('code', 'invalid', `职权编码“${finalCode}”已被本部门的“${holder.name}”使用`),
          ]);
        }
      }
      return [];
    },

    /** Publishing the source locale (or every locale): complete, and the 动态调整 planned before the write. */
    async beforePublish(_document, ctx) {
      const locale = ctx.requestedLocale;
      if (locale && locale !== '*' && locale !== SOURCE_LOCALE) return [];
      const adjustments = getService(strapi, 'adjustments');
      const draft = await adjustments.version(ctx.documentId!, false);
      if (!draft) return [];
      const missing = itemPublishProblems(draft as unknown as Doc);
      if (missing.length) return withRule(missing);
      const adjustment = await asValidation(() => adjustments.plan(draft));
      if (adjustment && ctx.state) ctx.state.adjustment = { draft, adjustment };
      return [];
    },

    async afterPublish(_document, _previous, ctx) {
      const planned = ctx.state?.adjustment as Planned | undefined;
      if (planned) {
        await getService(strapi, 'adjustments').write(
          planned.draft,
          planned.adjustment,
          govCore(strapi, 'toolkit').currentAdmin(),
        );
      }
    },
  };
};

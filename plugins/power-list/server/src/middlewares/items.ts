import type { Core } from '@strapi/strapi';
import { CATEGORIES, isCategoryKey, type CategoryKey } from '../data/categories';
import { formatItemCode, nextItemSerial, parseItemCode } from '../domain/item-code';
import { richTextToPlainText } from '@gov-portal/kit/domain';
import { pluginConfig } from '../config';
import { asValidation, fieldErrors, problem, type FieldError } from '@gov-portal/kit';
import { getService, govCore } from '../utils/get-service';
import { SCOPE_FIELD, SOURCE_LOCALE, UID } from '../utils/constants';

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const REQUIRED_LABEL: Record<string, string> = {
  name: '职权名称',
  category: '职权类型',
  legalBasis: '设定依据',
  department: '实施主体',
};

const departmentCode = async (strapi: Core.Strapi, documentId: string | null): Promise<string | null> => {
  if (!documentId) return null;
  const row = await govCore(strapi, 'directory').department(documentId, ['code']);
  return row?.code ?? null;
};

/** Another item of the department already holding the code (職权编码 are unique per department). */
const codeHolder = async (
  strapi: Core.Strapi,
  code: string,
  department: string | null,
  documentId: string | undefined,
) =>
  strapi.db.query(UID.item).findOne({
    where: {
      code,
      [SCOPE_FIELD]: department,
      ...(documentId ? { documentId: { $ne: documentId } } : {}),
    },
    select: ['documentId', 'name'],
  });

/** PostgreSQL advisory-lock key of 职权编码 allocation (two int4: this plugin, then the department's hash). */
const CODE_LOCK = 0x504c4331; // 'PLC1'

/**
 * Serialises the allocation and the uniqueness check of 职权编码 per department until the write's transaction
 * ends (gov-core's governance transaction), so that simultaneous creates get different codes instead of the same
 * one (PostgreSQL, READ COMMITTED); SQLite serialises writes on its single connection.
 */
const lockDepartmentCodes = (strapi: Core.Strapi, department: string) =>
  strapi.db.dialect.client === 'postgres'
    ? strapi.db.transaction(({ trx }: { trx: any }) =>
        trx.raw('select pg_advisory_xact_lock(?, hashtext(?))', [CODE_LOCK, department]),
      )
    : Promise.resolve();

/**
 * create / update: required fields, 职权编码 (allocated from the pattern when left empty on create; format and
 * uniqueness per department otherwise), 办事指南 link, and no cancellation without a basis.
 * gov-core's governance middleware (outermost) has already set `scopeDepartment` to the department after the write.
 */
const checkWrite = async (strapi: Core.Strapi, ctx: any) => {
  const data = ctx.params.data;
  const documentId: string | undefined = ctx.params.documentId;
  const { codePattern } = pluginConfig(strapi);
  const stored = documentId
    ? await strapi.db.query(UID.item).findOne({
        where: { documentId, publishedAt: null },
        orderBy: [{ locale: 'desc' }],
      })
    : null;
  const department: string | null = data[SCOPE_FIELD] ?? stored?.[SCOPE_FIELD] ?? null;
  const category: CategoryKey | null = data.category ?? stored?.category ?? null;
  const problems: FieldError[] = [];

  for (const field of ['name', 'category', 'legalBasis'] as const) {
    const given = field in data;
    const value = field === 'legalBasis' && given ? richTextToPlainText(data.legalBasis) : data[field];
    if ((ctx.action === 'create' || given) && blank(value)) {
      problems.push(problem(field, 'invalid', `${REQUIRED_LABEL[field]}不能为空`));
    }
  }
  if (ctx.action === 'create' && !department) {
    problems.push(problem('department', 'invalid', '必须选择实施主体（部门）'));
  }
  if (data.serviceGuideUrl && !/^https?:\/\/[^\s/]+\S*$/i.test(String(data.serviceGuideUrl))) {
    problems.push(
      problem('serviceGuideUrl', 'invalid', '办事指南链接须为 http:// 或 https:// 开头的完整地址'),
    );
  }
  const becomesCancelled = data.itemStatus === 'cancelled' && stored?.itemStatus !== 'cancelled';
  const basis = 'adjustmentBasis' in data ? data.adjustmentBasis : stored?.adjustmentBasis;
  if (becomesCancelled && blank(basis)) {
    problems.push(
      problem('adjustmentBasis', 'invalid', '取消职权必须填写调整依据（取消决定的文件名称和文号）'),
    );
  }

  const codeGiven = 'code' in data;
  const code = typeof data.code === 'string' ? data.code.trim() : data.code;
  if (codeGiven && ctx.action === 'update' && blank(code) && !blank(stored?.code)) {
    problems.push(problem('code', 'invalid', '职权编码不能清空'));
  }
  if (problems.length) throw fieldErrors(problems);
  if (department && (codeGiven || ctx.action === 'create' || 'department' in data)) {
    await lockDepartmentCodes(strapi, department);
  }

  const deptCode = await departmentCode(strapi, department);
  const codeContext =
    deptCode && category && isCategoryKey(category)
      ? { departmentCode: deptCode, categoryCode: CATEGORIES[category].code }
      : null;

  if (!blank(code) && (ctx.action === 'create' || code !== stored?.code)) {
    if (!codeContext || !parseItemCode(codePattern, code, codeContext)) {
      const expected = codeContext ? formatItemCode(codePattern, { ...codeContext, serial: 1 }) : codePattern;
      throw fieldErrors([
        problem('code', 'invalid', `职权编码“${code}”不符合编码格式 ${codePattern}（如 ${expected}）`),
      ]);
    }
    data.code = code;
  } else if (ctx.action === 'create' && blank(code) && codeContext) {
    const used = await strapi.db
      .query(UID.item)
      .findMany({ where: { [SCOPE_FIELD]: department }, select: ['code'] });
    data.code = await asValidation(() =>
      formatItemCode(codePattern, {
        ...codeContext,
        serial: nextItemSerial(
          codePattern,
          used.map((r: { code: string | null }) => r.code ?? ''),
          codeContext,
        ),
      }),
    );
  }

  const finalCode = data.code ?? stored?.code;
  if (!blank(finalCode) && (codeGiven || 'department' in data || ctx.action === 'create')) {
    const holder = await codeHolder(strapi, finalCode, department, documentId);
    if (holder) {
      throw fieldErrors([
        problem('code', 'invalid', `职权编码“${finalCode}”已被本部门的“${holder.name}”使用`),
      ]);
    }
  }
};

/**
 * publish (source locale, or all locales): the published version must be complete; the 动态调整 it makes is
 * computed against the previous published version before publishing (a cancellation without a basis is
 * refused) and written after, in gov-core's publishing transaction.
 */
const publishWithAdjustment = async (strapi: Core.Strapi, ctx: any, next: () => Promise<any>) => {
  const locale = ctx.params?.locale;
  if (locale && locale !== '*' && locale !== SOURCE_LOCALE) return next();
  const adjustments = getService(strapi, 'adjustments');
  const draft = await adjustments.version(ctx.params.documentId, false);
  if (!draft) return next();
  const missing: FieldError[] = [];
  for (const field of ['name', 'category', 'legalBasis', 'department'] as const) {
    const value = field === 'legalBasis' ? richTextToPlainText(draft.legalBasis) : (draft as any)[field];
    if (blank(value)) missing.push(problem(field, 'invalid', `发布前须填写${REQUIRED_LABEL[field]}`));
  }
  if (missing.length) throw fieldErrors(missing);

  const adjustment = await asValidation(() => adjustments.plan(draft));
  const result = await next();
  if (adjustment) await adjustments.write(draft, adjustment, govCore(strapi, 'toolkit').currentAdmin());
  return result;
};

const ADJUSTMENT_REFUSAL = { refuse: '权力清单调整情况只增不改：由发布自动记录，不能新建、修改、复制或删除' };

export const registerItemMiddleware = (strapi: Core.Strapi) => {
  const { documentGuard } = strapi.plugin('gov-core').service('toolkit');
  const write = async (ctx: any, next: () => Promise<any>) => {
    if (ctx.params?.data) await checkWrite(strapi, ctx);
    return next();
  };
  strapi.documents.use(
    documentGuard({
      applies: (uid: string) => uid === UID.adjustment,
      plan: {
        create: ADJUSTMENT_REFUSAL,
        update: ADJUSTMENT_REFUSAL,
        delete: ADJUSTMENT_REFUSAL,
        clone: ADJUSTMENT_REFUSAL,
        publish: ADJUSTMENT_REFUSAL,
        unpublish: ADJUSTMENT_REFUSAL,
        discardDraft: ADJUSTMENT_REFUSAL,
      },
    }),
  );
  strapi.documents.use(
    documentGuard({
      applies: (uid: string) => uid === UID.item,
      plan: {
        create: write,
        update: write,
        publish: (ctx: any, next: () => Promise<any>) => publishWithAdjustment(strapi, ctx, next),
        // gov-core turns the clone of a column item into a create: checkWrite allocates or checks its code.
        clone: 'refuse',
        delete: 'pass',
        unpublish: 'pass',
        discardDraft: 'pass',
      },
    }),
  );
};

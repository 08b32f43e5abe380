import type { Core } from '@strapi/strapi';
import { coordinatesProblem, problem, type FieldError } from '@gov-portal/kit/domain';
import {
  checkTransition,
  defaultEdition,
  executionPrerequisites,
  findEdition,
  isCivilDate,
  OPERATION_MODE_KEYS,
  parseWan,
  RETURN_MECHANISM_KEYS,
  SECTOR_KEYS,
} from '../domain';
import { UID } from '../constants';
import { govCore } from '../get-service';
import type { WriteHookContext } from 'strapi-plugin-gov-core/types';

type Doc = Record<string, any>;
type Ctx = WriteHookContext;

const CORRECTION = 'stageCorrection';

const list = (v: unknown): Doc[] => (Array.isArray(v) ? (v as Doc[]) : []);

/** The first day the project entered a stage (its earliest readable milestone with a stage), else null. */
const startedOn = (doc: Doc): string | null =>
  list(doc.milestones)
    .filter((m) => m?.stage && typeof m.date === 'string' && isCivilDate(m.date))
    .map((m) => m.date as string)
    .sort()[0] ?? null;

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/**
 * The write rules of a PPP project, run by gov-core's pipeline on every write (content manager, API, seeds):
 * an edition by default from the dates; money exact; stages in the edition's order (a webmaster may correct
 * with a reason, recorded in the audit trail); contract, social-capital party and return mechanism from the
 * execution stage on.
 */
export const projectHooks = (strapi: Core.Strapi) => {
  const anyDraft = (documentId: string) =>
    strapi.db.query(UID.project).findOne({
      where: { documentId, publishedAt: null },
      select: ['stage', 'edition', 'stageChangeReason'],
    }) as Promise<Doc | null>;
  const storedContract = async (documentId: string) =>
    (
      (await strapi.db.query(UID.project).findOne({
        where: { documentId, publishedAt: null },
        select: ['id'],
        populate: { contract: { select: ['id'] } },
      })) as Doc | null
    )?.contract ?? null;
  return hooks(strapi, anyDraft, storedContract);
};

const hooks = (
  strapi: Core.Strapi,
  anyDraft: (documentId: string) => Promise<Doc | null>,
  storedContract: (documentId: string) => Promise<unknown>,
) => ({
  compute(after: Doc) {
    const code = typeof after.code === 'string' ? { code: after.code.trim() } : {};
    if (after.edition) return code;
    return { ...code, edition: defaultEdition({ startedOn: startedOn(after), createdAt: new Date() }).id };
  },

  async validate(before: Doc | null, after: Doc, ctx: Ctx): Promise<FieldError[]> {
    const problems: FieldError[] = [];
    const investment = parseWan(after.investment, 'investment');
    if (!investment.ok)
      problems.push({ field: investment.field, rule: investment.rule, message: investment.message });
    if (after.cooperationYears !== null && after.cooperationYears !== undefined) {
      const years = Number(after.cooperationYears);
      if (!Number.isInteger(years) || years < 1 || years > 99)
        problems.push(problem('cooperationYears', 'range', '合作期限须为 1–99 的整数（年）'));
    }
    // 项目编号 is unique (every locale of one project shares it).
    if (typeof after.code === 'string' && after.code.trim()) {
      const taken = await strapi.db.query(UID.project).findOne({
        where: {
          code: after.code.trim(),
          ...(ctx.documentId ? { documentId: { $ne: ctx.documentId } } : {}),
        },
        select: ['documentId'],
      });
      if (taken)
        problems.push(problem('code', 'unique', `项目编号 ${after.code.trim()} 已被“${taken.name}”使用`));
    }
    // Enumerations checked here, in Chinese and with the keys a client may send (Strapi's own check is English).
    const oneOf = (
      field: string,
      value: unknown,
      known: readonly string[],
      what: string,
      required: boolean,
    ) => {
      if (value === null || value === undefined || value === '') {
        if (required) problems.push(problem(field, 'required', `请选择${what}`));
      } else if (!known.includes(String(value)))
        problems.push(problem(field, 'enum', `“${String(value)}”不是${what}，应为：${known.join('、')}`));
    };
    oneOf('sector', after.sector, SECTOR_KEYS, '所属行业', true);
    oneOf('operationMode', after.operationMode, OPERATION_MODE_KEYS, '运作方式', true);
    oneOf('returnMechanism', after.returnMechanism, RETURN_MECHANISM_KEYS, '回报机制', false);
    const township = after.township?.documentId;
    if (township) {
      const found = await govCore(strapi, 'directory').department(township, ['kind', 'name']);
      if (!found) problems.push(problem('township', 'exists', '所选乡镇不存在'));
      else if (found.kind !== 'township')
        problems.push(problem('township', 'township', `“${found.name}”不是乡镇（街道）`));
    }
    const coordinates = coordinatesProblem(after.latitude, after.longitude);
    if (coordinates) problems.push({ ...coordinates, rule: 'coordinates' });

    const edition = findEdition(after.edition);
    if (!edition) {
      problems.push(problem('edition', 'unknown-edition', `不认识的规则版本 ${String(after.edition)}`));
      return problems;
    }
    const stageKeys = edition.stages.map((s) => s.key);
    if (after.milestones !== null && after.milestones !== undefined && !Array.isArray(after.milestones))
      problems.push(problem('milestones', 'type', '项目里程碑须为列表'));
    list(after.milestones).forEach((m, i) => {
      if (m?.stage && !stageKeys.includes(m.stage))
        problems.push(
          problem(
            `milestones.${i}.stage`,
            'unknown-stage',
            `「${edition.label['zh-Hans']}」没有阶段 ${m.stage}`,
          ),
        );
    });

    // A stage change out of order is a correction: only a webmaster, only with a reason (kept in the audit). An
    // edition changed on the way is checked against the new edition's order (a switch of mechanism is a correction).
    // The stored stage: this locale's draft, or (a new locale of an existing project) another locale's.
    const stored =
      before ?? (ctx.action === 'update' && ctx.documentId ? await anyDraft(ctx.documentId) : null);
    const from: string | null = stored ? (stored.stage ?? null) : null;
    const editionChanged = !!stored?.edition && stored.edition !== after.edition;
    const transition =
      checkTransition(edition, from, after.stage) ??
      (editionChanged
        ? problem('edition', 'edition-change', '更改项目的适用规则须由网站管理员填写阶段更正原因')
        : null);
    // A reason counts once: the content manager sends the stored one back with every save.
    const given = text(ctx.data?.stageChangeReason);
    const reason = given && given !== text(stored?.stageChangeReason) ? given : '';
    // Correctable: out of order, or from a stage of another edition, to a stage of this one.
    if (transition && stageKeys.includes(after.stage) && reason) {
      const webmaster = !ctx.actor || (await govCore(strapi, 'reviews').isWebmaster(ctx.actor as never));
      if (webmaster) {
        if (ctx.state)
          ctx.state[CORRECTION] = {
            from,
            to: after.stage,
            reason,
            department: after.scopeDepartment ?? after.department?.documentId ?? null,
          };
      } else {
        problems.push(
          problem('stageChangeReason', 'webmaster', '只有网站管理员可以更正项目阶段（跳过或回退）'),
        );
        problems.push(transition);
      }
    } else if (transition) {
      problems.push(transition);
    }
    // Media are not part of `before` / `after`: a write that does not name the contract keeps the stored one.
    const contract =
      ctx.data && 'contract' in ctx.data
        ? after.contract
        : (after.contract ?? (ctx.documentId ? await storedContract(ctx.documentId) : null));
    problems.push(...executionPrerequisites(edition, { ...after, contract } as never));
    return problems;
  },

  async afterWrite(_result: unknown, ctx: Ctx) {
    const correction = ctx.state?.[CORRECTION] as
      | { from: string | null; to: string; reason: string; department: string | null }
      | undefined;
    if (!correction) return;
    await govCore(strapi, 'audit').write(
      {
        action: 'stage-correction',
        uid: UID.project,
        documentId: ctx.documentId ?? (_result as Doc | null)?.documentId ?? null,
        locale: ctx.locale,
        department: correction.department,
        changes: [
          { field: 'stage', from: correction.from, to: correction.to },
          { field: 'stageChangeReason', to: correction.reason },
        ],
      },
      ctx.actor as never,
    );
  },
});

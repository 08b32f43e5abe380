import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { importQuery, isTrue, overdueQuery } from '../schemas/queries';
import { asValidation, decodeText, fieldError, validate } from '@gov-portal/kit';
import { getService, govCore } from '../utils/get-service';
import { importLimits } from '../config';

const PUBLISH_ACTION = 'plugin::environment.import.publish';
const OBSERVATION = 'plugin::environment.air-observation';

const WATER_REPORT = 'plugin::environment.water-quality-report';

/**
 * The departments a caller is limited to on a content type (gov-core scoping), or undefined for every
 * department. The plugin action (import, overdue.read) is the licence; any content-manager grant on the type
 * limited to the caller's departments (部门编辑, 审核员) limits it to those departments. A role holding the
 * plugin action and no content-manager grant on the type at all is a dedicated data role: every department.
 */
const scopedDepartments = async (
  strapi: Core.Strapi,
  ctx: Context,
  uid: string,
  action: 'read' | 'create',
): Promise<string[] | undefined> => {
  const scoping = strapi.plugin('gov-core').service('scoping');
  let reach = await scoping.reach(ctx.state.user, uid, action);
  if (reach.kind === 'none' && action !== 'read') reach = await scoping.reach(ctx.state.user, uid, 'read');
  return reach.kind === 'departments' ? reach.departments : undefined;
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /environment/import/observations?dryRun=true&publish=true (multipart field `file`). */
  async importObservations(ctx: Context) {
    const query = validate(importQuery, ctx.query);
    const { bytes } = await govCore(strapi, 'table-files').readUpload(
      ctx.request,
      '须上传一个 CSV 文件（multipart 字段 file）',
      importLimits(strapi),
    );
    const publish = isTrue(query.publish);
    if (publish && !ctx.state.userAbility?.can(PUBLISH_ACTION)) {
      // A PolicyError: Strapi's route wrapper blanks any other ForbiddenError's message to 'Forbidden'.
      throw new errors.PolicyError(
        'publish: 无权直接发布导入的数据（需要“导入空气质量监测数据并直接发布”权限）',
      );
    }
    // Publishing on import skips the per-item 保密审查: only for a type the webmaster exempted from review.
    if (publish && strapi.plugin('gov-core').service('reviews').isRequired(OBSERVATION)) {
      throw fieldError(
        'publish',
        '空气质量监测数据须经保密审查后发布；如监测数据免审，请网站管理员在 config/plugins.ts 中设置 gov-core 的 review.required["plugin::environment.air-observation"] = false',
        'review',
      );
    }
    // UTF-8 (with or without a BOM), UTF-16 with a BOM, or the GB18030 that Excel on a Chinese Windows saves.
    const text = decodeText(bytes);
    if (text === null) throw fieldError('file', '文件不是 UTF-8 或 GB18030 编码的 CSV 文本', 'encoding');
    const result = await getService(strapi, 'observation-import').importObservations(text, {
      dryRun: isTrue(query.dryRun),
      publish,
      userId: ctx.state.user?.id,
      actor: strapi.plugin('gov-core').service('toolkit').currentAdmin(),
      departments: await scopedDepartments(strapi, ctx, OBSERVATION, 'create'),
    });
    if (!result.dryRun) {
      // One audit entry per import (the rows are written in bulk, outside the per-document middleware).
      const user = ctx.state.user as { id: number; email: string } | undefined;
      await strapi
        .plugin('gov-core')
        .service('audit')
        .write(
          {
            action: result.published ? 'import.publish' : 'import',
            uid: OBSERVATION,
            changes: [
              { field: 'rows', from: null, to: result.imported },
              { field: 'stations', from: null, to: result.stations },
            ],
          },
          user ? { id: user.id, email: user.email, isSuperAdmin: false } : null,
        );
    }
    ctx.status = result.dryRun ? 200 : 201;
    ctx.body = { data: result };
  },

  /** GET /environment/overdue?quarter=2026Q3 — townships without a published water report for the quarter. */
  async overdue(ctx: Context) {
    const { quarter } = validate(overdueQuery, ctx.query);
    const departments = await scopedDepartments(strapi, ctx, WATER_REPORT, 'read');
    const data = await asValidation(() => getService(strapi, 'disclosure').overdue(quarter));
    if (departments) {
      // A reader scoped to departments follows only their own townships.
      const mine = (t: { documentId: string }) => departments.includes(t.documentId);
      data.overdue = data.overdue.filter(mine);
      data.reported = data.reported.filter(mine);
    }
    ctx.body = { data };
  },
});

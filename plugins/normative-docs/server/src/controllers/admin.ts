import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { expireBody } from '../schemas/queries';
import { getService, govCore } from '../utils/get-service';
import { UID } from '../utils/plugin-id';
import { validate } from '@gov-portal/kit';

/** Admin actions: checking and applying a 清理批次, running the automatic expiry now. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async planBatch(ctx: Context) {
    const batches = getService(strapi, 'batches');
    const batch = await batches.load(ctx.params.id);
    if (!batch) throw new errors.NotFoundError(`清理批次 ${ctx.params.id} 不存在`);
    await batches.assertInScope(batch, govCore(strapi, 'toolkit').currentAdmin(), 'read');
    const plan = await batches.plan(batch, new Date());
    ctx.body = {
      data: {
        documentId: batch.documentId,
        applied: Boolean(batch.appliedAt),
        appliedAt: batch.appliedAt,
        ok: plan.ok,
        ...(plan.ok ? { changes: plan.changes } : { errors: plan.errors }),
      },
    };
  },

  async applyBatch(ctx: Context) {
    ctx.body = {
      data: await getService(strapi, 'batches').apply(
        ctx.params.id,
        govCore(strapi, 'toolkit').currentAdmin(),
      ),
    };
  },

  async runExpiry(ctx: Context) {
    validate(expireBody, ctx.request.body ?? {}, 'body');
    // The job changes documents of every department: only for a caller who may update all of them.
    const reach = await govCore(strapi, 'scoping').reach(
      govCore(strapi, 'toolkit').currentAdmin(),
      UID.document,
      'update',
    );
    if (reach.kind !== 'all')
      throw new errors.PolicyError('只有可修改所有部门规范性文件的用户才能立即执行自动失效');
    ctx.body = {
      data: await getService(strapi, 'expiry').run({ actor: govCore(strapi, 'toolkit').currentAdmin() }),
    };
  },
});

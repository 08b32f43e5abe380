import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { auditQuery, recentDraftsQuery, reviewDecision, reviewStatusQuery } from '../schemas/content-api';
import { validate } from '@gov-portal/kit';
import { getService } from '../utils/get-service';
import { currentAdmin, type Actor } from '../utils/actor';

const actorOf = (strapi: Core.Strapi, ctx: Context): Actor => {
  const fromContext = currentAdmin(strapi);
  if (fromContext) return fromContext;
  const user = ctx.state.user as any;
  return {
    id: user.id,
    email: user.email,
    isSuperAdmin: (user.roles ?? []).some((r: any) => r.code === 'strapi-super-admin'),
  };
};

/** Admin: the 保密审查 queue and decisions, the audit trail and its CSV export, the caller's departments. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async pendingReviews(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'reviews').pending(actorOf(strapi, ctx)) };
  },

  async reviewHistory(ctx: Context) {
    const { uid, documentId } = ctx.params;
    await getService(strapi, 'scoping').assertCanAccess(actorOf(strapi, ctx), uid, documentId, 'read');
    ctx.body = { data: await getService(strapi, 'reviews').history(uid, documentId) };
  },

  async recentDrafts(ctx: Context) {
    validate(recentDraftsQuery, ctx.query);
    ctx.body = { data: await getService(strapi, 'reviews').recentDrafts(actorOf(strapi, ctx)) };
  },

  async reviewStatus(ctx: Context) {
    const { uid, documentId } = ctx.params;
    const { locale } = validate(reviewStatusQuery, ctx.query);
    ctx.body = {
      data: await getService(strapi, 'reviews').status(uid, documentId, locale, actorOf(strapi, ctx), {
        showReviewer: ctx.state.userAbility?.can?.('plugin::gov-core.reviews.read') === true,
      }),
    };
  },

  async decide(ctx: Context) {
    const body = validate(reviewDecision, (ctx.request as any).body);
    const row = await getService(strapi, 'reviews').decide(
      { uid: ctx.params.uid, documentId: ctx.params.documentId, ...body },
      actorOf(strapi, ctx),
    );
    ctx.body = { data: row };
  },

  async audit(ctx: Context) {
    const q = validate(auditQuery, ctx.query);
    const { data, pagination } = await getService(strapi, 'audit').list(q, actorOf(strapi, ctx));
    ctx.body = { data, meta: { pagination } };
  },

  async auditCsv(ctx: Context) {
    const q = validate(auditQuery, ctx.query);
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', 'attachment; filename="audit.csv"');
    ctx.body = await getService(strapi, 'audit').csv(q, actorOf(strapi, ctx));
  },

  async myDepartments(ctx: Context) {
    const actor = actorOf(strapi, ctx);
    ctx.body = { data: await getService(strapi, 'scoping').departmentsOf(actor.id) };
  },
});

import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { fieldErrors, forbidden, publicQuery, query, validate } from '@gov-portal/kit';
import { z } from 'zod';
import { PPP_LABELS } from '../enums';
import { civilDate } from '../domain';
import { UID } from '../constants';
import { getService, govCore } from '../get-service';
import { reportOfPublicProject, updatesOfProject } from '../setup/detail';

type Obj = Record<string, unknown>;

// A statistic covers every matching project: paging, ordering and field choice mean nothing there.
const NOT_FOR_STATS = [
  'pagination',
  'page',
  'pageSize',
  'start',
  'limit',
  'sort',
  'fields',
  'populate',
  'status',
];
const statsQuery = (query: Obj) => {
  const refused = Object.keys(query).filter((k) => NOT_FOR_STATS.includes(k));
  if (refused.length)
    throw fieldErrors(
      refused.map((k) => ({
        field: k,
        rule: 'not-for-stats',
        message: `${k}: 统计覆盖全部符合条件的项目，不接受此参数`,
      })),
    );
  return query;
};
const chartBy = z.enum(['stage', 'sector', 'operationMode'], {
  message: '须为 stage、sector 或 operationMode',
});
const deadlineQuery = query.deadlines();

export default {
  projects: ({ strapi }: { strapi: Core.Strapi }) =>
    govCore(strapi, 'public-api').controller(UID.project, {
      decorateOne: async (entry, { locale }) => ({
        ...entry,
        updates: await updatesOfProject(strapi, entry, locale),
      }),
    }),
  updates: ({ strapi }: { strapi: Core.Strapi }) =>
    govCore(strapi, 'public-api').controller(UID.update, {
      decorateOne: (entry) => reportOfPublicProject(strapi, entry) as Promise<Record<string, unknown>>,
    }),
  stats: ({ strapi }: { strapi: Core.Strapi }) => ({
    async summary(ctx: Context) {
      ctx.body = { data: await getService(strapi, 'stats').summary(statsQuery(ctx.query as Obj), 'zh-Hans') };
    },
    async chart(ctx: Context) {
      const { by, ...rest } = ctx.query as Obj;
      const key = validate(z.strictObject({ by: chartBy }), { by: by ?? 'sector' }).by;
      const svg = await getService(strapi, 'stats').chart(
        statsQuery(rest),
        key,
        ctx.response.get('Content-Language') || null,
      );
      ctx.type = 'image/svg+xml; charset=utf-8';
      ctx.set('Cache-Control', 'public, max-age=300');
      ctx.body = svg;
    },
    labels(ctx: Context) {
      validate(z.strictObject({ locale: query.locale().optional() }), publicQuery(ctx.query));
      ctx.body = { data: PPP_LABELS };
    },
  }),
  admin: ({ strapi }: { strapi: Core.Strapi }) => ({
    async deadlines(ctx: Context) {
      const q = validate(deadlineQuery, ctx.query);
      const now = query.deadlineDay(q.on);
      const data = await getService(strapi, 'deadlines').forCaller({
        now,
        overdueOnly: q.overdue === 'true',
      });
      if (data === null) throw forbidden('无权查看PPP项目');
      ctx.body = { data, meta: { on: civilDate(now), total: data.length } };
    },
  }),
};

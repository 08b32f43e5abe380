import type { Core } from '@strapi/strapi';
import { variantText } from '@gov-portal/kit';
import { projectStats, statsChartSvg, type StatsProject } from '../domain';
import { UID } from '../constants';
import { govCore } from '../get-service';

type Obj = Record<string, unknown>;

const BY = { stage: '项目阶段', sector: '所属行业', operationMode: '运作方式' } as const;
export type ChartBy = keyof typeof BY;

/**
 * Statistics of the public projects: the same query as the public list (Strapi's filters and the shortcuts,
 * published only, 不予公开 excluded by gov-core's public API), over every matching project — so the totals are
 * the sums over what a front end can list.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async visibleProjects(query: Obj) {
    const { pagination: _p, page: _pg, pageSize: _ps, ...rest } = query;
    const { params } = await govCore(strapi, 'public-api').listParams(UID.project, rest);
    const { start: _s, limit: _l, populate: _po, fields: _f, sort: _so, ...where } = params;
    return (await strapi.documents(UID.project as never).findMany({
      ...where,
      fields: ['stage', 'sector', 'operationMode', 'investment', 'edition'],
      sort: ['id:asc'],
    } as never)) as unknown as StatsProject[];
  },

  async summary(query: Obj, locale: string) {
    return projectStats(await this.visibleProjects(query), locale);
  },

  /** The accessible SVG of the statistics by `by`, in the response's variant (Content-Language). */
  async chart(query: Obj, by: ChartBy, variant: string | null) {
    const stats = await this.summary(query, 'zh-Hans');
    const entries = by === 'stage' ? stats.byStage : by === 'sector' ? stats.bySector : stats.byOperationMode;
    const t = variantText(strapi, variant);
    return statsChartSvg(
      entries.map((e) => ({ ...e, label: t(e.label) })),
      {
        title: t(`政府和社会资本合作（PPP）项目按${BY[by]}统计`),
        desc: t(`共 ${stats.total.count} 个项目，总投资 ${stats.total.totalInvestment} 万元。`),
        unit: t('万元'),
        locale: variant ?? 'zh-Hans',
      },
    );
  },
});

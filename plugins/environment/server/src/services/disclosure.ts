import type { Core } from '@strapi/strapi';
import { parseQuarter, previousQuarter } from '../domain/quarter';
import { SOURCE_LOCALE, UID } from '../utils/constants';
import { govCore, publicRead } from '../utils/get-service';

const docs = (strapi: Core.Strapi, uid: string) => strapi.documents(uid as never) as any;
const ref = (d: any) => (d ? { code: d.code, name: d.name } : null);
const pagination = (page: number, pageSize: number, total: number) => ({
  page,
  pageSize,
  pageCount: Math.ceil(total / pageSize),
  total,
});

const SOURCE_TYPE_LABELS: Record<string, string> = {
  source: '水源',
  'plant-outlet': '出厂水',
  tap: '管网水',
  river: '河流断面',
};

/** Public water-quality and polluter disclosure, and the admin list of townships overdue with their report. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async waterQuality(query: {
    township?: string;
    year?: number;
    quarter?: string;
    sourceType?: string;
    page: number;
    pageSize: number;
  }) {
    const and: Record<string, unknown>[] = [];
    if (query.township) and.push({ township: { code: query.township } });
    if (query.year) and.push({ quarter: { $startsWith: `${query.year}Q` } });
    if (query.quarter) and.push({ quarter: query.quarter });
    if (query.sourceType) and.push({ sourceType: query.sourceType });
    const params = { filters: { $and: and } };
    const [rows, total] = await Promise.all([
      publicRead(strapi).readMany(UID.water, {
        ...params,
        populate: { township: { fields: ['code', 'name'] }, department: { fields: ['code', 'name'] } },
        sort: [{ quarter: 'desc' }, { siteName: 'asc' }],
        start: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      }),
      publicRead(strapi).count(UID.water, params),
    ]);
    return {
      data: rows.map((r: any) => ({
        documentId: r.documentId,
        township: ref(r.township),
        quarter: r.quarter,
        sourceType: r.sourceType,
        sourceTypeLabel: SOURCE_TYPE_LABELS[r.sourceType],
        siteName: r.siteName,
        sampledOn: r.sampledOn ?? null,
        standard: r.standard,
        targetClass: r.sourceType === 'source' || r.sourceType === 'river' ? (r.targetClass ?? 3) : null,
        waterClass: r.waterClass ?? null,
        waterClassLabel: r.waterClassLabel ?? null,
        compliant: r.compliant,
        indicators: r.indicators ?? [],
        notes: r.notes ?? null,
        department: ref(r.department),
      })),
      pagination: pagination(query.page, query.pageSize, total),
    };
  },

  async polluters(query: {
    company?: string;
    period?: string;
    exceeding?: string;
    page: number;
    pageSize: number;
  }) {
    const and: Record<string, unknown>[] = [];
    if (query.company) and.push({ company: { $contains: query.company } });
    if (query.period) and.push({ period: query.period });
    if (query.exceeding) and.push({ compliant: query.exceeding !== 'true' });
    const params = { filters: { $and: and } };
    const [rows, total] = await Promise.all([
      publicRead(strapi).readMany(UID.polluter, {
        ...params,
        populate: { department: { fields: ['code', 'name'] } },
        sort: [{ period: 'desc' }, { company: 'asc' }],
        start: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      }),
      publicRead(strapi).count(UID.polluter, params),
    ]);
    return {
      data: rows.map((r: any) => ({
        documentId: r.documentId,
        company: r.company,
        creditCode: r.creditCode ?? null,
        industry: r.industry ?? null,
        address: r.address ?? null,
        period: r.period,
        monitoredOn: r.monitoredOn ?? null,
        pollutants: r.pollutants ?? [],
        compliant: r.compliant,
        exceedingPollutants: r.exceedingPollutants ?? [],
        notes: r.notes ?? null,
        department: ref(r.department),
      })),
      pagination: pagination(query.page, query.pageSize, total),
    };
  },

  /**
   * Townships (published gov-core departments of kind `township`) with no published water report for
   * `quarter` (default: the last complete quarter, Beijing time).
   */
  async overdue(quarterId?: string, now = new Date()) {
    const quarter = quarterId ? parseQuarter(quarterId) : previousQuarter(now);
    const townships = await govCore(strapi, 'directory').publishedDepartments({
      locale: SOURCE_LOCALE,
      kind: 'township',
    });
    const reports = await docs(strapi, UID.water).findMany({
      status: 'published',
      filters: { quarter: quarter.id },
      fields: ['siteName'],
      populate: { township: { fields: ['code'] } },
      limit: -1,
    });
    const counts = new Map<string, number>();
    for (const r of reports) {
      const code = r.township?.code;
      if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const item = (t: any) => ({
      documentId: t.documentId,
      code: t.code,
      name: t.name,
      reports: counts.get(t.code) ?? 0,
    });
    return {
      quarter: quarter.id,
      overdue: townships.filter((t: any) => !counts.has(t.code)).map(item),
      reported: townships.filter((t: any) => counts.has(t.code)).map(item),
    };
  },
});

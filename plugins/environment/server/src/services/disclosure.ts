import type { Core } from '@strapi/strapi';
import { parseQuarter, previousQuarter } from '../domain/quarter';
import { SOURCE_LOCALE, UID } from '../utils/constants';
import { govCore } from '../utils/get-service';

const docs = (strapi: Core.Strapi, uid: string) => strapi.documents(uid as never) as any;
/** The admin list of townships overdue with their water report. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
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

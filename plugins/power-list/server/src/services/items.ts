import type { Core } from '@strapi/strapi';
import { CATEGORIES, CATEGORY_KEYS, type CategoryKey } from '../data/categories';
import type { ItemStatusKey } from '../data/labels';
import { SOURCE_LOCALE, UID } from '../utils/constants';
import { govCore } from '../utils/get-service';

export interface ItemQuery {
  department?: string;
  category?: CategoryKey;
  /** An item status, or 'all'; default: in-force (the powers currently exercised). */
  itemStatus?: ItemStatusKey | 'all';
  q?: string;
  locale?: string;
  page?: number;
  pageSize?: number;
}

type DepartmentRef = { code: string; name: string; shortName?: string | null; order?: number | null };

/** Public reads of the 权力清单 through gov-core's public-read path: published, 不予公开 excluded at every depth. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const publicRead = () => govCore(strapi, 'public-read');
  const filtersOf = (query: ItemQuery) => {
    const and: Record<string, unknown>[] = [];
    if (query.department) and.push({ department: { code: query.department } });
    if (query.category) and.push({ category: query.category });
    const status = query.itemStatus ?? 'in-force';
    if (status !== 'all') and.push({ itemStatus: status });
    if (query.q) and.push({ name: { $containsi: query.q } });
    return { $and: and };
  };

  return {
    /** documentIds of the items the public may see (published, not 不予公开), in any status. */
    async publicIds(): Promise<Set<string>> {
      return publicRead().publicDocumentIds(UID.item, undefined, SOURCE_LOCALE);
    },

    /**
     * Counts by department × category (the table every portal shows), for the same filters as the list:
     * `{ rows: [{ department, category, categoryLabel, count }], totals: { all, byCategory, byDepartment } }`.
     */
    async summary(query: Omit<ItemQuery, 'page' | 'pageSize' | 'q'> & { status?: string }) {
      const locale = query.locale ?? SOURCE_LOCALE;
      const items = (await publicRead().prune(
        UID.item,
        await publicRead().findMany(UID.item, {
          locale,
          filters: filtersOf(query),
          fields: ['category'],
          populate: { department: { fields: ['name', 'shortName', 'code', 'order'] } },
          limit: -1,
        }),
        { locale },
      )) as { category: CategoryKey; department?: DepartmentRef | null }[];

      const departments = new Map<string, DepartmentRef>();
      const counts = new Map<string, number>();
      const byCategory = Object.fromEntries(CATEGORY_KEYS.map((k) => [k, 0])) as Record<CategoryKey, number>;
      const byDepartment: Record<string, number> = {};
      for (const item of items) {
        const dept = item.department ?? { code: '', name: '（未指定实施主体）' };
        departments.set(dept.code, dept);
        const key = `${dept.code}\u0000${item.category}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        byCategory[item.category] += 1;
        byDepartment[dept.code] = (byDepartment[dept.code] ?? 0) + 1;
      }
      const order = (d: DepartmentRef) => d.order ?? Number.MAX_SAFE_INTEGER;
      const rows = [...departments.values()]
        .sort((a, b) => order(a) - order(b) || a.code.localeCompare(b.code))
        .flatMap((department) =>
          CATEGORY_KEYS.filter((c) => counts.has(`${department.code}\u0000${c}`)).map((category) => ({
            department: {
              code: department.code,
              name: department.name,
              shortName: department.shortName ?? null,
            },
            category,
            categoryLabel: CATEGORIES[category]['zh-Hans'],
            count: counts.get(`${department.code}\u0000${category}`)!,
          })),
        );
      return {
        rows,
        totals: {
          all: items.length,
          byCategory,
          byDepartment,
          categoryLabels: Object.fromEntries(CATEGORY_KEYS.map((k) => [k, CATEGORIES[k]['zh-Hans']])),
        },
      };
    },
  };
};

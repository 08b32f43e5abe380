import type { Core } from '@strapi/strapi';
import { buildTree, breadcrumb } from '../domain/column-tree';
import { LABELS } from '../data/labels';
import { getService } from '../utils/get-service';

const COLUMN = 'plugin::gov-core.column';
const ARTICLE = 'plugin::gov-core.article';
const DEPARTMENT = 'plugin::gov-core.department';
export const DEFAULT_LOCALE = 'zh-Hans';

type ColumnRow = {
  id: number;
  documentId: string;
  name: string;
  slug: string;
  kind: string;
  order: number;
  parent?: { documentId: string } | null;
  [k: string]: unknown;
};

/** Public reads, all through gov-core's public-read path (published only, 不予公开 excluded at every depth). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const publicRead = () => getService(strapi, 'public-read');
  const publishedColumns = async (locale: string): Promise<ColumnRow[]> =>
    (await publicRead().prune(
      COLUMN,
      await publicRead().findMany(COLUMN, { locale, populate: { parent: { fields: ['slug'] } }, limit: -1 }),
      { locale },
    )) as ColumnRow[];

  const nodes = (columns: ColumnRow[]) =>
    columns.map((c) => ({
      id: c.documentId,
      parentId: c.parent?.documentId ?? null,
      order: c.order ?? 0,
      documentId: c.documentId,
      name: c.name,
      slug: c.slug,
      kind: c.kind,
      cadence: c.cadence,
      contentType: c.contentType ?? null,
      externalUrl: c.externalUrl ?? null,
      description: c.description ?? null,
    }));

  const strip = (tree: any[]): any[] =>
    tree.map(({ id: _id, parentId: _p, children, ...rest }) => ({
      ...rest,
      children: strip(children ?? []),
    }));

  return {
    async columnTree(locale = DEFAULT_LOCALE) {
      return strip(buildTree(nodes(await publishedColumns(locale))));
    },

    async columnBySlug(slug: string, { locale = DEFAULT_LOCALE, page = 1, pageSize = 10 } = {}) {
      const columns = nodes(await publishedColumns(locale));
      const column = columns.find((c) => c.slug === slug);
      if (!column) return null;
      const trail = breadcrumb(columns, column.id).map(({ documentId, name, slug: s }) => ({
        documentId,
        name,
        slug: s,
      }));
      const children = columns
        .filter((c) => c.parentId === column.id)
        .sort((a, b) => a.order - b.order)
        .map(({ documentId, name, slug: s, kind }) => ({ documentId, name, slug: s, kind }));
      const { id: _id, parentId: _p, ...fields } = column;
      const result: Record<string, unknown> = { ...fields, breadcrumb: trail, children };
      if (column.kind === 'articles') {
        result.items = await getService(strapi, 'public-api').find(ARTICLE, {
          column: slug,
          locale,
          page: String(page),
          pageSize: String(pageSize),
        });
      }
      return result;
    },

    async departments(locale = DEFAULT_LOCALE) {
      const departments = await publicRead().findMany(DEPARTMENT, {
        locale,
        sort: [{ order: 'asc' }, { code: 'asc' }],
        limit: -1,
      });
      return publicRead().output(DEPARTMENT, departments, { locale });
    },

    labels() {
      return LABELS;
    },
  };
};

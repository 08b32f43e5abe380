import type { Core } from '@strapi/strapi';

const DEPARTMENT = 'plugin::gov-core.department';
const COLUMN = 'plugin::gov-core.column';

/** A department as other plugins need it (实施主体, 乡镇, 信息发布机构). */
export interface DepartmentRef {
  documentId: string;
  code: string;
  name: string;
  shortName?: string | null;
  kind?: string;
  order?: number | null;
}

/** A column as other plugins need it (the column an import files its documents in). */
export interface ColumnRef {
  documentId: string;
  slug: string;
  name: string;
}

export type DepartmentField = keyof DepartmentRef;

export interface DirectoryService {
  /** The department with this documentId (its newest row: published if it is, else the draft), or null. */
  department(documentId: string, fields?: readonly DepartmentField[]): Promise<DepartmentRef | null>;
  /** The drafts of every department in `locale` (what editors choose from). */
  departmentDrafts(locale: string, fields?: readonly DepartmentField[]): Promise<DepartmentRef[]>;
  /** Published departments of one kind (`township` …) in `locale`, in display order. */
  publishedDepartments(options: { locale: string; kind?: string }): Promise<DepartmentRef[]>;
  /** The column with this slug, or else the first thematic column of `contentType` (drafts), or null. */
  column(query: { slug?: string; contentType?: string }): Promise<ColumnRef | null>;
}

/**
 * Read access to gov-core's departments and columns for the other plugins: they ask this service instead
 * of querying gov-core's tables (STYLE: plugins talk through a service of gov-core).
 */
export default ({ strapi }: { strapi: Core.Strapi }): DirectoryService => ({
  async department(documentId, fields = ['documentId', 'code', 'name', 'kind']) {
    return strapi.db
      .query(DEPARTMENT)
      .findOne({ where: { documentId }, select: [...fields], orderBy: [{ publishedAt: 'desc' }] });
  },

  async departmentDrafts(locale, fields = ['documentId', 'code', 'name', 'shortName', 'order']) {
    return strapi.db
      .query(DEPARTMENT)
      .findMany({ where: { publishedAt: null, locale }, select: [...fields] });
  },

  async publishedDepartments({ locale, kind }) {
    return strapi.documents(DEPARTMENT).findMany({
      status: 'published',
      locale,
      ...(kind ? { filters: { kind } } : {}),
      fields: ['code', 'name'],
      sort: [{ order: 'asc' }, { code: 'asc' }],
      limit: -1,
    } as never) as unknown as Promise<DepartmentRef[]>;
  },

  async column({ slug, contentType }) {
    const where = slug ? { slug, publishedAt: null } : { contentType, kind: 'thematic', publishedAt: null };
    return strapi.db
      .query(COLUMN)
      .findOne({ where, select: ['documentId', 'slug', 'name'], orderBy: [{ order: 'asc' }, { id: 'asc' }] });
  },
});

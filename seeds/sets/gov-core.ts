import type { Core } from '@strapi/strapi';
import type { SeedOutcome, SeedSet } from '../types';
import departmentData from '../data/gov-core/departments.json';
import columnData from '../data/gov-core/columns.json';
import articleData from '../data/gov-core/articles.json';

/**
 * gov-core demo data of Dao County (道县): departments (发布机构 with their 统一社会信用代码), the column tree and
 * published articles, the first being the county's “道县2017年政务公开工作要点”. Everything goes through the
 * document service (create, then publish), so gov-core's validation, sanitising and 索引号 allocation run.
 */

const DEPARTMENT = 'plugin::gov-core.department';
const COLUMN = 'plugin::gov-core.column';
const ARTICLE = 'plugin::gov-core.article';

export interface DepartmentRecord {
  /** Natural key: the ASCII code used in URLs (?department=fgw). */
  code: string;
  name: string;
  shortName: string;
  kind: string;
  order: number;
  organizationCode: string;
}

export interface ColumnRecord {
  /** Natural key. */
  slug: string;
  name: string;
  /** Parent column's slug. */
  parent: string | null;
  order: number;
  kind: string;
  cadence: string;
  description?: string;
  externalUrl?: string;
  /**
   * The plugin whose registered column type fills this column (权责清单 → power-list …). The column is seeded as
   * `thematic` with that type only when the plugin is enabled and has registered exactly one type; otherwise it
   * is a plain `articles` column (and becomes thematic on a later seed run once the type is registered).
   */
  thematicPlugin?: string;
  /** The column type of a plugin that registers several (ppp: projects, not their updates). */
  thematicType?: string;
}

export interface ArticleRecord {
  /** Natural key: title + column slug. */
  title: string;
  column: string;
  department: string;
  summary?: string;
  source?: string;
  body: string;
  /** The 政策文件 a 政策解读 interprets, by its natural key. */
  interprets?: { title: string; column: string };
  disclosure: {
    /** Department code. */
    publisher: string;
    topic: string;
    documentNumber?: string;
    writtenAt: string;
    openness: string;
    keywords?: string;
  };
  /** 发布日期 of the original page: restored through gov-core's recorded correction after the first publish. */
  originalPublishDate?: string;
}

export const GOV_DEPARTMENTS = departmentData as DepartmentRecord[];
export const GOV_COLUMNS = columnData as ColumnRecord[];
export const GOV_ARTICLES = articleData as ArticleRecord[];

const docs = (strapi: Core.Strapi, uid: string) => strapi.documents(uid as never) as any;

/** The draft row of a document found by its natural key (any locale), or null. */
const findDraft = (strapi: Core.Strapi, uid: string, where: Record<string, unknown>) =>
  strapi.db.query(uid as never).findOne({ where: { ...where, publishedAt: null }, select: ['documentId'] });

const documentIdOf = async (strapi: Core.Strapi, uid: string, where: Record<string, unknown>) => {
  const row = await findDraft(strapi, uid, where);
  if (!row) throw new Error(`${uid} ${JSON.stringify(where)} is missing (seeded by an earlier set?)`);
  return row.documentId as string;
};

/**
 * Publishes a document, recording the 保密审查 approval gov-core requires first for column items (the demo
 * data is public material; the review row names the seed as its reviewer).
 */
const publish = async (strapi: Core.Strapi, uid: string, documentId: string) => {
  const reviews = strapi.plugin('gov-core').service('reviews') as any;
  if (reviews?.isRequired(uid)) {
    await reviews.decide({ uid, documentId, decision: 'approve', comment: '演示数据（npm run seed）' }, null);
  }
  await docs(strapi, uid).publish({ documentId });
};

/** Creates and publishes a document; or publishes an existing one left as a draft by an interrupted run. */
const ensure = async (
  strapi: Core.Strapi,
  uid: string,
  where: Record<string, unknown>,
  data: () => Promise<Record<string, unknown>>,
): Promise<{ outcome: SeedOutcome; documentId: string }> => {
  const existing = await findDraft(strapi, uid, where);
  if (existing) {
    const published = await strapi.db
      .query(uid as never)
      .count({ where: { documentId: existing.documentId, publishedAt: { $notNull: true } } });
    if (published) return { outcome: 'existing', documentId: existing.documentId };
    await publish(strapi, uid, existing.documentId);
    return { outcome: 'updated', documentId: existing.documentId };
  }
  const created = await docs(strapi, uid).create({ data: await data() });
  await publish(strapi, uid, created.documentId);
  return { outcome: 'created', documentId: created.documentId };
};

/** Deletes the documents matching `filters` (every locale), reporting those gov-core refuses to delete. */
const removeAll = async (strapi: Core.Strapi, uid: string, filters: Record<string, unknown>) => {
  const found: { documentId: string }[] = await docs(strapi, uid).findMany({
    filters,
    fields: ['documentId'],
    limit: -1,
  });
  for (const { documentId } of found) {
    try {
      await docs(strapi, uid).delete({ documentId, locale: '*' });
    } catch (e) {
      strapi.log.warn(`[seeds] ${uid} ${documentId} not deleted: ${(e as Error).message}`);
    }
  }
};

export const govDepartmentsSet: SeedSet<DepartmentRecord> = {
  name: 'gov-core departments',
  records: () => GOV_DEPARTMENTS,
  label: (r) => `${r.code} ${r.name}`,
  async apply(strapi, r) {
    const { outcome } = await ensure(strapi, DEPARTMENT, { code: r.code }, async () => ({ ...r }));
    return outcome;
  },
  count: (strapi) =>
    docs(strapi, DEPARTMENT).count({ filters: { code: { $in: GOV_DEPARTMENTS.map((d) => d.code) } } }),
  reset: (strapi) => removeAll(strapi, DEPARTMENT, { code: { $in: GOV_DEPARTMENTS.map((d) => d.code) } }),
};

const depth = (slug: string, seen = new Set<string>()): number => {
  const parent = GOV_COLUMNS.find((c) => c.slug === slug)?.parent;
  if (!parent || seen.has(slug)) return 0;
  seen.add(slug);
  return 1 + depth(parent, seen);
};

/** Parents before children (stable within a depth). */
export const columnsByDepth = () =>
  GOV_COLUMNS.map((c, i) => ({ c, i, d: depth(c.slug) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map(({ c }) => c);

/** The registered column type of the column's plugin, when that plugin registered exactly one. */
const thematicType = (strapi: Core.Strapi, r: ColumnRecord): string | null => {
  if (!r.thematicPlugin) return null;
  const registry = strapi.plugin('gov-core').service('column-registry');
  if (r.thematicType) return registry.has(r.thematicType) ? r.thematicType : null;
  const uids = (registry.uids() as string[]).filter((uid) => uid.startsWith(`plugin::${r.thematicPlugin}.`));
  return uids.length === 1 && registry.has(uids[0]) ? uids[0] : null;
};

export const govColumnsSet: SeedSet<ColumnRecord> = {
  name: 'gov-core columns',
  records: () => columnsByDepth(),
  label: (r) => `${r.slug} ${r.name}`,
  async apply(strapi, r) {
    const contentType = thematicType(strapi, r);
    const { outcome, documentId } = await ensure(strapi, COLUMN, { slug: r.slug }, async () => {
      const { parent, thematicPlugin: _plugin, thematicType: _type, ...fields } = r;
      return {
        ...fields,
        ...(contentType ? { kind: 'thematic', contentType } : {}),
        parent: parent ? await documentIdOf(strapi, COLUMN, { slug: parent }) : null,
      };
    });
    if (outcome !== 'existing' || !contentType) return outcome;
    // Seeded as a plain list before its plugin was enabled: make it the thematic column it is meant to be.
    const draft = await docs(strapi, COLUMN).findOne({ documentId, fields: ['kind', 'contentType'] });
    if (draft?.kind !== 'articles' || draft.contentType) return outcome;
    await docs(strapi, COLUMN).update({ documentId, data: { kind: 'thematic', contentType } });
    await publish(strapi, COLUMN, documentId);
    return 'updated';
  },
  count: (strapi) =>
    docs(strapi, COLUMN).count({ filters: { slug: { $in: GOV_COLUMNS.map((c) => c.slug) } } }),
  async reset(strapi) {
    // Children before parents: gov-core refuses to delete a column that has sub-columns.
    for (const c of columnsByDepth().reverse()) await removeAll(strapi, COLUMN, { slug: c.slug });
  },
};

const articleKey = (r: { title: string; column: string }) => ({ title: r.title, column: { slug: r.column } });

export const govArticlesSet: SeedSet<ArticleRecord> = {
  name: 'gov-core articles',
  records: () => GOV_ARTICLES,
  label: (r) => `${r.column}: ${r.title}`,
  async apply(strapi, r) {
    const { outcome, documentId } = await ensure(strapi, ARTICLE, articleKey(r), async () => {
      const dept = (code: string) => documentIdOf(strapi, DEPARTMENT, { code });
      const { disclosure, originalPublishDate: _date, interprets, ...fields } = r;
      return {
        ...fields,
        column: await documentIdOf(strapi, COLUMN, { slug: r.column }),
        department: await dept(r.department),
        interprets: interprets ? await documentIdOf(strapi, ARTICLE, articleKey(interprets)) : undefined,
        // Never indexNumber or publishDate: both belong to the system (a 400 otherwise).
        disclosure: { ...disclosure, publisher: await dept(disclosure.publisher) },
      };
    });
    if (outcome === 'created' && r.originalPublishDate) {
      await strapi.plugin('gov-core').service('publish-date').correct(
        {
          contentType: ARTICLE,
          documentId,
          publishDate: r.originalPublishDate,
          reason: '演示数据：按原道县人民政府网站页面恢复发布日期',
        },
        { id: null, email: 'seed' },
      );
    }
    return outcome;
  },
  count: (strapi) => docs(strapi, ARTICLE).count({ filters: { $or: GOV_ARTICLES.map(articleKey) } }),
  reset: (strapi) => removeAll(strapi, ARTICLE, { $or: GOV_ARTICLES.map(articleKey) }),
};

/** In load order: departments and columns before the articles that refer to them. */
export const govCoreSets: SeedSet<any>[] = [govDepartmentsSet, govColumnsSet, govArticlesSet];

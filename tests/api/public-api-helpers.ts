import qs from 'qs';
import type { TestApp } from '../helpers/strapi';

/**
 * The public content API's query cases: each case is a query in Strapi's REST query language (sent as the
 * `qs` string a front end or `@strapi/client` sends) and the same query as document-service params; the
 * expected answer is that query run through gov-core's public-read path (published only, 不予公开 excluded,
 * related documents judged by the database), independent of the public-api engine under test.
 */
export interface QueryCase {
  name: string;
  query: Record<string, unknown>;
  /** Document-service params of the same query (filters, sort, fields, populate, start/limit). */
  params: Record<string, unknown>;
  /** Relations whose populated documentIds are compared too. */
  relations?: string[];
  /** Expected number of results, to keep a case from passing vacuously. */
  min?: number;
}

export const query = (q: Record<string, unknown>) => qs.stringify(q, { encodeValuesOnly: true });

export const errorPaths = (res: { body: any }) =>
  (res.body.error?.details?.errors ?? []).map((e: any) => e.path.join('.'));

const idsOf = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map((v: any) => v?.documentId)
    : value && typeof value === 'object'
      ? (value as any).documentId
      : (value ?? null);

/** The public answer of a query by the document service (public-read path), as comparable values. */
export async function expectedEntries(
  app: TestApp,
  uid: string,
  params: Record<string, unknown>,
  relations: string[] = [],
) {
  const rows = (await app.strapi
    .plugin('gov-core')
    .service('public-read')
    .readMany(uid, { locale: 'zh-Hans', ...params })) as any[];
  return rows.map((r) => ({
    documentId: r.documentId,
    ...Object.fromEntries(relations.map((rel) => [rel, idsOf(r[rel])])),
  }));
}

export const servedEntries = (data: any[], relations: string[] = []) =>
  data.map((r) => ({
    documentId: r.documentId,
    ...Object.fromEntries(relations.map((rel) => [rel, idsOf(r[rel])])),
  }));

/** Runs every case on `path` and compares with the public-read answer. */
export async function checkCases(app: TestApp, uid: string, path: string, cases: QueryCase[]) {
  for (const c of cases) {
    const res = await app.http().get(`${path}?${query(c.query)}`);
    if (res.status !== 200) throw new Error(`${c.name}: ${res.status} ${JSON.stringify(res.body)}`);
    const expected = await expectedEntries(app, uid, c.params, c.relations);
    expect({ case: c.name, entries: servedEntries(res.body.data, c.relations) }).toEqual({
      case: c.name,
      entries: expected,
    });
    if (c.min !== undefined)
      expect({ case: c.name, n: expected.length >= c.min }).toEqual({ case: c.name, n: true });
  }
}

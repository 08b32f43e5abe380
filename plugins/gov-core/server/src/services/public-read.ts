import type { Core } from '@strapi/strapi';
import {
  PUBLIC_STATUS,
  openFilter,
  prunePublicTree,
  publicQueryProblems,
  relatedDocuments,
  type ModelShape,
  type PublicQueryOptions,
} from '../domain/public-read';
import { fieldErrors } from '@gov-portal/kit';

type Params = Record<string, any>;
type Model = ModelShape & {
  uid: string;
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean } };
};

/**
 * The one public-read path (published only, 不予公开 excluded, at every depth). Every public controller reads
 * through it:
 * - `assertQuery(query)`: the route policy `plugin::gov-core.public-read` runs it on every content-API GET;
 * - `findMany / findFirst / count(uid, params)`: document-service reads forced to `status: 'published'` with
 *   the openness filter of the type added;
 * - `prune(uid, data)` / `output(uid, data)`: the response tree with every related document that is not
 *   public removed (and, for `output`, Strapi's content-API output sanitizer applied).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const modelOf = (uid: string) => strapi.getModel(uid as never) as unknown as Model | undefined;
  const schemaOf = (uid: string) =>
    (uid.includes('::') ? modelOf(uid) : (strapi.components as any)[uid]) as ModelShape | undefined;
  const isLocalized = (uid: string) => modelOf(uid)?.pluginOptions?.i18n?.localized === true;

  const withPublicFilters = (uid: string, params: Params = {}): Params => {
    const { status: _status, ...rest } = params;
    const and = [rest.filters, openFilter(modelOf(uid))].filter(
      (f) => f && typeof f === 'object' && Object.keys(f).length > 0,
    );
    return { ...rest, status: PUBLIC_STATUS, ...(and.length ? { filters: { $and: and } } : {}) };
  };

  const service = {
    /** 400 naming `status` (or `publicationState`) unless the request asks for published rows only. */
    assertQuery(query: Record<string, unknown> | null | undefined, options: PublicQueryOptions = {}) {
      const problems = publicQueryProblems(query, options);
      if (problems.length) throw fieldErrors(problems);
    },

    /** The params of a public read of `uid`: published only, 不予公开 excluded. */
    params: withPublicFilters,

    findMany(uid: string, params: Params = {}) {
      return strapi.documents(uid as never).findMany(withPublicFilters(uid, params) as any) as Promise<any[]>;
    },

    findFirst(uid: string, params: Params = {}) {
      return strapi.documents(uid as never).findFirst(withPublicFilters(uid, params) as any) as Promise<any>;
    },

    count(uid: string, params: Params = {}) {
      const { populate: _p, fields: _f, sort: _s, start: _st, limit: _l, ...rest } = params;
      return strapi.documents(uid as never).count(withPublicFilters(uid, rest) as any) as Promise<number>;
    },

    /** documentIds of the public documents of `uid` among `documentIds` (all of them when omitted). */
    async publicDocumentIds(
      uid: string,
      documentIds?: Iterable<string>,
      locale?: string,
    ): Promise<Set<string>> {
      const model = modelOf(uid);
      if (!model) return new Set();
      const ids = documentIds ? [...new Set(documentIds)] : undefined;
      if (ids && ids.length === 0) return new Set();
      // Types without draft & publish and without disclosure (records such as validity changes) are public as stored.
      if (!model.options?.draftAndPublish && Object.keys(openFilter(model)).length === 0 && ids)
        return new Set(ids);
      const rows = (await service.findMany(uid, {
        ...(locale && isLocalized(uid) ? { locale } : {}),
        ...(ids ? { filters: { documentId: { $in: ids } } } : {}),
        fields: ['documentId'],
        limit: -1,
      })) as { documentId: string }[];
      return new Set(rows.map((r) => r.documentId));
    },

    /**
     * `data` (a document or a list of `uid`) without any document that is not public, at any depth, and
     * without the never-public fields. Relation targets are judged by the database, not by what was populated.
     */
    async prune<T>(uid: string, data: T, { locale }: { locale?: string } = {}): Promise<T | null> {
      const found = relatedDocuments(uid, data, { schemaOf });
      const allowed = new Map<string, Set<string>>();
      for (const [target, ids] of found)
        allowed.set(target, await service.publicDocumentIds(target, ids, locale));
      return prunePublicTree(uid, data, { schemaOf }, (target, id) => allowed.get(target)?.has(id) === true);
    },

    /** `findMany`, then `prune`: the public documents of `uid`, related documents judged at every depth. */
    async readMany(uid: string, params: Params = {}): Promise<any[]> {
      return ((await service.prune(uid, await service.findMany(uid, params), { locale: params.locale })) ??
        []) as any[];
    },

    /** `findFirst`, then `prune`. */
    async readOne(uid: string, params: Params = {}): Promise<any> {
      return service.prune(uid, await service.findFirst(uid, params), { locale: params.locale });
    },

    /**
     * May the file at `/uploads/<name>` be served publicly? Yes when it is a file of the media library (or one
     * of its formats) that no document references, or that a public document (published row, not 不予公开)
     * references; no for a file referenced only by drafts or 不予公开 documents, and for unknown names.
     */
    /** The media-library file served at `urlPath` (the file itself or one of its formats), if any. */
    async uploadAt(urlPath: string): Promise<{ id: number } | null> {
      const name = urlPath.slice(urlPath.lastIndexOf('/') + 1);
      const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
      // Formats are stored as `<format>_<hash><ext>` beside the file (`<hash><ext>`).
      const hashes = [...new Set([stem, stem.replace(/^[a-z0-9]+_/i, '')])];
      const candidates = (await strapi.db.query('plugin::upload.file').findMany({
        where: { hash: { $in: hashes } },
        select: ['id', 'url', 'formats'],
      })) as { id: number; url: string; formats?: Record<string, { url?: string }> | null }[];
      const file = candidates.find(
        (f) => f.url === urlPath || Object.values(f.formats ?? {}).some((format) => format?.url === urlPath),
      );
      return file ? { id: file.id } : null;
    },

    /**
     * What references a media-library file through a media field: each owning document (`uid`, `documentId`,
     * whether that row is published); `unresolved` counts links whose owner cannot be judged here (a component,
     * an unknown type, a row without documentId).
     */
    async fileReferences(fileId: number): Promise<{
      documents: { uid: string; documentId: string; published: boolean }[];
      unresolved: number;
    }> {
      const { joinTable } = (strapi.db.metadata.get('plugin::upload.file') as any).attributes.related;
      const links = (await strapi.db
        .connection(joinTable.name)
        .where(joinTable.joinColumn.name, fileId)
        .select({
          type: joinTable.morphColumn.typeColumn.name,
          id: joinTable.morphColumn.idColumn.name,
        })) as { type: string; id: number }[];
      const documents: { uid: string; documentId: string; published: boolean }[] = [];
      let unresolved = 0;
      for (const link of links) {
        const model = modelOf(link.type);
        if (!model || !link.type.includes('::')) {
          unresolved += 1;
          continue;
        }
        const row = (await strapi.db
          .query(link.type as never)
          .findOne({ where: { id: link.id }, select: ['documentId', 'publishedAt'] } as any)) as {
          documentId?: string;
          publishedAt?: string | null;
        } | null;
        if (!row?.documentId) {
          unresolved += 1;
          continue;
        }
        documents.push({
          uid: link.type,
          documentId: row.documentId,
          published: !model.options?.draftAndPublish || !!row.publishedAt,
        });
      }
      return { documents, unresolved };
    },

    async uploadIsPublic(urlPath: string): Promise<boolean> {
      const file = await service.uploadAt(urlPath);
      if (!file) return false;
      const { documents, unresolved } = await service.fileReferences(file.id);
      if (documents.length === 0 && unresolved === 0) return true;
      // A component or an unknown owner cannot be judged here: it does not make the file public.
      for (const ref of documents) {
        if (!ref.published) continue;
        if ((await service.publicDocumentIds(ref.uid, [ref.documentId])).has(ref.documentId)) return true;
      }
      return false;
    },

    /** `prune`, then Strapi's content-API output sanitizer (private and password fields removed). */
    async output<T>(uid: string, data: T, options: { locale?: string } = {}): Promise<T | null> {
      const pruned = await service.prune(uid, data, options);
      if (pruned === null || pruned === undefined) return pruned;
      return (await strapi.contentAPI.sanitize.output(pruned as any, modelOf(uid) as any)) as T;
    },
  };
  return service;
};

import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';

/** Fields that change without the content changing (bookkeeping, system stamps, derived scope). */
const VOLATILE = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'localizations',
  'locale',
  'scopeDepartment',
  'indexNumber',
  'publishDate',
]);

const populateFor = (strapi: Core.Strapi, uid: string, depth = 0): Record<string, unknown> => {
  const model: any = strapi.getModel(uid as never);
  const populate: Record<string, unknown> = {};
  for (const [name, attr] of Object.entries<any>(model?.attributes ?? {})) {
    if (VOLATILE.has(name)) continue;
    if (attr.type === 'media') populate[name] = { fields: ['id'] };
    else if (attr.type === 'relation' && !String(attr.target).startsWith('admin::'))
      populate[name] = { fields: ['documentId'] };
    else if (attr.type === 'component' && depth < 2)
      populate[name] = { populate: populateFor(strapi, attr.component, depth + 1) };
    else if (attr.type === 'dynamiczone') populate[name] = { populate: '*' };
  }
  return populate;
};

/** Objects already normalised (`normalisedOnce`), taken as they are (normalising is idempotent). */
const NORMALISED = new WeakSet<object>();

/** An entry as the hash sees it (volatile fields dropped, keys sorted, relations as documentIds). */
export const normalise = (value: unknown): unknown => {
  if (value && typeof value === 'object' && NORMALISED.has(value)) return value;
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o);
    if (
      typeof o.documentId === 'string' &&
      keys.length <= 2 &&
      keys.every((k) => k === 'id' || k === 'documentId')
    )
      return o.documentId;
    keys.sort();
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      if (VOLATILE.has(k)) continue;
      if (k === '__proto__')
        Object.defineProperty(out, k, { value: normalise(o[k]), enumerable: true, writable: true });
      else out[k] = normalise(o[k]);
    }
    return out;
  }
  return value instanceof Date ? value.toISOString() : value;
};

/**
 * A fingerprint of a draft version's content. A review decision applies to the version it was taken on: an
 * edit that changes anything gives another hash; a save that changes nothing (the content-manager saves the
 * form before publishing) keeps it.
 */
export const versionHash = async (
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale: string | null,
) => {
  const entry = await strapi.db.query(uid as never).findOne({
    where: { documentId, publishedAt: null, ...(locale ? { locale } : {}) },
    populate: populateFor(strapi, uid),
  });
  if (!entry) return null;
  // What the review covers besides the entry itself (a report's lines): part of what is approved.
  const covers = strapi.plugin('gov-core').service('column-registry').get(uid)?.reviewCovers as
    | ((documentId: string) => Promise<string>)
    | null
    | undefined;
  return covers ? hashOf({ entry, covered: await covers(documentId) }) : hashOf(entry);
};

/** `normalise`, the result marked so that normalising an entry holding it again skips it (the bulk writer's
 * related rows, shared by thousands of entries). */
export const normalisedOnce = (value: unknown): unknown => {
  const out = normalise(value);
  if (out && typeof out === 'object') NORMALISED.add(out);
  return out;
};

/** The hash of an entry as the database query engine returns it with `populateFor`'s populate. */
export const hashOf = (entry: unknown) =>
  crypto
    .createHash('sha256')
    .update(JSON.stringify(normalise(entry)))
    .digest('hex');

/**
 * The hashes of many drafts at once (the bulk writer), read with the same populate as `versionHash`, a chunk
 * of documents per query; also returns the entries read, by documentId.
 */
export const versionHashes = async (
  strapi: Core.Strapi,
  uid: string,
  documentIds: readonly string[],
  locale: string | null,
  chunk = 500,
) => {
  const hashes = new Map<string, string>();
  const entries = new Map<string, Record<string, unknown>>();
  const populate = populateFor(strapi, uid);
  for (let i = 0; i < documentIds.length; i += chunk) {
    const found = await strapi.db.query(uid as never).findMany({
      where: {
        documentId: { $in: documentIds.slice(i, i + chunk) },
        publishedAt: null,
        ...(locale ? { locale } : {}),
      },
      populate,
    });
    for (const entry of found as Record<string, unknown>[]) {
      hashes.set(entry.documentId as string, hashOf(entry));
      entries.set(entry.documentId as string, entry);
    }
  }
  return { hashes, entries };
};

/**
 * The public-read rule, as pure functions (no Strapi import): what a public (content-API) request may ask for
 * and what a public response may contain. The gov-core `public-read` service wires it to the database.
 *
 * - A public request reads published rows only: `status` is absent or `published` (`publicationState`,
 *   Strapi 4's name, absent or `live`); anything else is refused, never ignored.
 * - A public response names no draft-only and no 不予公开 document at any depth: every populated relation
 *   (in components and dynamic zones too) is pruned — to-one → null, to-many → filtered — and the fields
 *   that explain a refusal (`notOpenReason`) are never served.
 */
import type { FieldError } from '@gov-portal/kit/domain';

export const PUBLIC_STATUS = 'published';
export const STATUS_RULE = '公开接口只提供已发布的信息';

/** The disclosure component and its openness value that keeps a document out of every public response. */
export const DISCLOSURE_COMPONENT = 'gov-core.disclosure';
export const NOT_OPEN = 'not-open';

/** Fields never served publicly, by component or content type. */
export const NEVER_PUBLIC: Readonly<Record<string, readonly string[]>> = {
  [DISCLOSURE_COMPONENT]: ['notOpenReason'],
};

export interface PublicQueryOptions {
  /** The route gives `status` its own meaning (power-list's item status): its own schema checks it. */
  ownStatus?: boolean;
}

/** What is wrong with the query string of a public request (an empty list when nothing is). */
export function publicQueryProblems(
  query: Record<string, unknown> | null | undefined,
  { ownStatus = false }: PublicQueryOptions = {},
): FieldError[] {
  const problems: FieldError[] = [];
  const q = query ?? {};
  if (!ownStatus && q.status !== undefined && q.status !== PUBLIC_STATUS) {
    problems.push({ field: 'status', message: STATUS_RULE, rule: 'published-only' });
  }
  if (q.publicationState !== undefined && q.publicationState !== 'live') {
    problems.push({ field: 'publicationState', message: STATUS_RULE, rule: 'published-only' });
  }
  return problems;
}

export interface AttributeShape {
  type: string;
  relation?: string;
  target?: string;
  component?: string;
  components?: string[];
  repeatable?: boolean;
}
export interface ModelShape {
  attributes: Record<string, AttributeShape>;
}

export interface PublicTreeContext {
  /** Schema of a content type (`plugin::…`) or a component (`gov-core.disclosure`). */
  schemaOf(uid: string): ModelShape | undefined | null;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Relations to these are not documents of the portal: upload files are media, admin users are private. */
const isDocumentTarget = (target: string | undefined): target is string =>
  typeof target === 'string' && target !== 'plugin::upload.file' && !target.startsWith('admin::');

type Visitor = {
  /** A populated related document: return false to drop it. */
  related(target: string, entry: Record<string, unknown>): boolean;
};

/** Walks `data` (a document, a list of documents, or null) of content type `uid` by its schema. */
function walk(uid: string, data: unknown, ctx: PublicTreeContext, visitor: Visitor, prune: boolean): unknown {
  const visitNode = (modelUid: string, node: unknown): unknown => {
    if (Array.isArray(node)) return node.map((n) => visitNode(modelUid, n));
    if (!isObject(node)) return node;
    const schema = ctx.schemaOf(modelUid);
    if (!schema) return node;
    const out: Record<string, unknown> = prune ? { ...node } : node;
    for (const field of NEVER_PUBLIC[modelUid] ?? []) if (prune) delete out[field];
    for (const [key, value] of Object.entries(node)) {
      const attribute = schema.attributes[key];
      if (!attribute || value === null || value === undefined) continue;
      if (attribute.type === 'relation') {
        if (attribute.target?.startsWith('admin::')) {
          if (prune) delete out[key];
          continue;
        }
        if (!isDocumentTarget(attribute.target)) continue;
        const target = attribute.target;
        const keep = (entry: unknown) => isObject(entry) && visitor.related(target, entry);
        if (Array.isArray(value)) {
          const kept = value.filter(keep).map((entry) => visitNode(target, entry));
          if (prune) out[key] = kept;
        } else if (isObject(value) && typeof value.documentId === 'string') {
          const kept = keep(value) ? visitNode(target, value) : null;
          if (prune) out[key] = kept;
        } else if (isObject(value) && 'count' in value) {
          // `populate: { x: { count: true } }` — a count would reveal hidden documents.
          if (prune) delete out[key];
        }
      } else if (attribute.type === 'component' && attribute.component) {
        const next = visitNode(attribute.component, value);
        if (prune) out[key] = next;
      } else if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
        const next = value.map((item) =>
          isObject(item) && typeof item.__component === 'string' ? visitNode(item.__component, item) : item,
        );
        if (prune) out[key] = next;
      }
    }
    return out;
  };
  return visitNode(uid, data);
}

const roots = (data: unknown): Record<string, unknown>[] =>
  (Array.isArray(data) ? data : [data]).filter(isObject);

/** documentIds of every document in `data` (the roots too) and every populated related one, by content type. */
export function relatedDocuments(
  uid: string,
  data: unknown,
  ctx: PublicTreeContext,
): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const add = (target: string, documentId: unknown) => {
    if (typeof documentId !== 'string') return;
    const set = found.get(target) ?? new Set<string>();
    set.add(documentId);
    found.set(target, set);
  };
  for (const root of roots(data)) add(uid, root.documentId);
  walk(
    uid,
    data,
    ctx,
    {
      related(target, entry) {
        add(target, entry.documentId);
        return true;
      },
    },
    false,
  );
  return found;
}

/**
 * A copy of `data` with every document that is not public removed — the roots (a list is filtered, a single
 * document becomes null) and every related one at every depth (to-one → null, to-many → filtered) — and the
 * never-public fields deleted. `isPublic(uid, documentId)` decides; an entry without a documentId cannot be
 * judged and is dropped (default deny).
 */
export function prunePublicTree<T>(
  uid: string,
  data: T,
  ctx: PublicTreeContext,
  isPublic: (uid: string, documentId: string) => boolean,
): T | null {
  const related = (target: string, entry: unknown) =>
    isObject(entry) && typeof entry.documentId === 'string' && isPublic(target, entry.documentId);
  if (data === null || data === undefined) return data;
  if (Array.isArray(data)) {
    return walk(
      uid,
      data.filter((entry) => related(uid, entry)),
      ctx,
      { related },
      true,
    ) as T;
  }
  if (!related(uid, data)) return null;
  return walk(uid, data, ctx, { related }, true) as T;
}

/** The attribute of a model that holds its 信息公开目录 (disclosure) component, or null. */
export function disclosureAttribute(model: ModelShape | null | undefined): string | null {
  for (const [name, attribute] of Object.entries(model?.attributes ?? {})) {
    if (
      attribute.type === 'component' &&
      attribute.component === DISCLOSURE_COMPONENT &&
      !attribute.repeatable
    )
      return name;
  }
  return null;
}

/** The document-service filter that keeps 不予公开 documents of `model` out of a query ({} when it has none). */
export function openFilter(model: ModelShape | null | undefined): Record<string, unknown> {
  const attribute = disclosureAttribute(model);
  return attribute ? { [attribute]: { openness: { $ne: NOT_OPEN } } } : {};
}

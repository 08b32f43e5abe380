import type { Core } from '@strapi/strapi';
import { parseToOne, type RelationRef, type ToOneInput } from '../domain/relation-input';
import { fieldError, fromDomain } from '@gov-portal/kit';

export type { RelationRef, ToOneInput } from '../domain/relation-input';

/**
 * What a write does to a to-one relation (see domain/relation-input.ts for the shapes accepted). Ambiguous input
 * — several entries, connect with set, before/after positions, unknown keys — is a 400 naming `field`.
 */
export const toOneChange = (value: unknown, field = 'relation'): ToOneInput => {
  const parsed = parseToOne(field, value);
  if (!parsed.ok) throw fromDomain(parsed);
  return parsed.value;
};

/** documentId of a relation reference (looking the entry id up when needed; null when it names nothing). */
export const resolveDocumentId = async (
  strapi: Core.Strapi,
  uid: string,
  ref: RelationRef | null,
): Promise<string | null> => {
  if (!ref) return null;
  if (ref.id === undefined) return ref.documentId ?? null;
  const row = await strapi.db.query(uid as never).findOne({ where: { id: ref.id }, select: ['documentId'] });
  if (!row) return null;
  // `{ id, documentId }` naming two documents: Strapi would link the documentId; refuse instead of guessing.
  if (ref.documentId !== undefined && ref.documentId !== row.documentId) return null;
  return row.documentId;
};

/**
 * The documentId a to-one relation holds after the write, without existence checks (null: none; a reference
 * to nothing resolves to null): for callers that report the problem under their own rules.
 */
export const documentIdAfter = async (
  strapi: Core.Strapi,
  {
    target,
    field,
    value,
    current,
  }: { target: string; field: string; value: unknown; current: string | null },
): Promise<string | null> => {
  const input = toOneChange(value, field);
  if (input.kind === 'unchanged') return current;
  if (input.kind === 'disconnect') {
    const named = await Promise.all(input.refs.map((r) => resolveDocumentId(strapi, target, r)));
    return current && named.includes(current) ? null : current;
  }
  return resolveDocumentId(strapi, target, input.ref);
};

export interface RelationAfter {
  changed: boolean;
  /** documentId the relation holds after the write (null: none). */
  documentId: string | null;
  /** The one canonical input for Strapi, when changed: `{ set: [{ documentId, locale?, status? }] }` or null. */
  canonical?: { set: { documentId: string; locale?: string; status?: string }[] } | null;
}

/**
 * The state a to-one relation will have after the write, judged from the input and the current value: every
 * reference must name an existing entry of `target` (400 otherwise), a disconnect must name the current one.
 */
export const relationAfter = async (
  strapi: Core.Strapi,
  {
    target,
    field,
    value,
    current,
    label = '所选对象',
  }: {
    target: string;
    field: string;
    value: unknown;
    current: string | null;
    label?: string;
  },
): Promise<RelationAfter> => {
  const input = toOneChange(value, field);
  if (input.kind === 'unchanged') return { changed: false, documentId: current };
  if (input.kind === 'disconnect') {
    const named = await Promise.all(input.refs.map((r) => resolveDocumentId(strapi, target, r)));
    if (!current || !named.includes(current)) {
      throw fieldError(field, '要断开的关联不是当前关联的对象', 'relation-shape');
    }
    return { changed: true, documentId: null, canonical: null };
  }
  if (!input.ref) return { changed: true, documentId: null, canonical: null };
  const documentId = await resolveDocumentId(strapi, target, input.ref);
  const exists = documentId && (await strapi.db.query(target as never).count({ where: { documentId } })) > 0;
  if (!documentId || !exists) throw fieldError(field, `${label}不存在`, 'exists');
  const { locale, status } = input.ref;
  return {
    changed: true,
    documentId,
    canonical: { set: [{ documentId, ...(locale ? { locale } : {}), ...(status ? { status } : {}) }] },
  };
};

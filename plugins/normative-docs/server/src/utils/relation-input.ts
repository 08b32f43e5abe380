import type { Core } from '@strapi/strapi';

/**
 * What a write does to a to-one relation, from any input shape Strapi 5 accepts (`'docId'`, `3`,
 * `{ documentId }`, `{ id }`, `{ connect: [...] }`, `{ set: [...] }`, `{ disconnect: [...] }`, null).
 */
export type RelationChange =
  | { kind: 'unchanged' }
  | { kind: 'set'; ref: { documentId?: string; id?: number } | null };

const refOf = (v: unknown): { documentId?: string; id?: number } | null => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return /^\d+$/.test(v) ? { id: Number(v) } : { documentId: v };
  if (typeof v === 'number') return { id: v };
  if (typeof v === 'object') {
    const o = v as { documentId?: string; id?: number | string };
    if (o.documentId) return { documentId: o.documentId };
    if (o.id !== undefined)
      return typeof o.id === 'string' && !/^\d+$/.test(o.id) ? { documentId: o.id } : { id: Number(o.id) };
  }
  return null;
};

export const toOneChange = (value: unknown): RelationChange => {
  if (value === undefined) return { kind: 'unchanged' };
  if (value === null) return { kind: 'set', ref: null };
  if (Array.isArray(value)) return { kind: 'set', ref: refOf(value[value.length - 1]) };
  if (typeof value === 'object' && ('connect' in value || 'set' in value || 'disconnect' in value)) {
    const v = value as { connect?: unknown[]; set?: unknown; disconnect?: unknown[] };
    if (v.set !== undefined) return { kind: 'set', ref: refOf(([] as unknown[]).concat(v.set).pop()) };
    if (v.connect?.length) return { kind: 'set', ref: refOf(v.connect[v.connect.length - 1]) };
    if (v.disconnect?.length) return { kind: 'set', ref: null };
    return { kind: 'unchanged' };
  }
  return { kind: 'set', ref: refOf(value) };
};

/** documentId of a relation reference (looking the entry id up when needed). */
export const resolveDocumentId = async (
  strapi: Core.Strapi,
  uid: string,
  ref: { documentId?: string; id?: number } | null,
): Promise<string | null> => {
  if (!ref) return null;
  if (ref.documentId) return ref.documentId;
  if (ref.id === undefined || Number.isNaN(ref.id)) return null;
  const row = await strapi.db.query(uid as never).findOne({ where: { id: ref.id }, select: ['documentId'] });
  return row?.documentId ?? null;
};

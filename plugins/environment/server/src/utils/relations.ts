import type { Core } from '@strapi/strapi';

type Ref = { documentId?: string; id?: number };

const refOf = (v: unknown): Ref | null => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return /^\d+$/.test(v) ? { id: Number(v) } : { documentId: v };
  if (typeof v === 'number') return { id: v };
  if (typeof v === 'object') {
    const o = v as { documentId?: string; id?: number | string };
    if (o.documentId) return { documentId: o.documentId };
    if (o.id !== undefined)
      return /^\d+$/.test(String(o.id)) ? { id: Number(o.id) } : { documentId: String(o.id) };
  }
  return null;
};

/**
 * What a write does to a to-one relation, from the shapes Strapi 5 accepts ('docId', 3, { documentId },
 * { connect: [...] }, { set: [...] }, { disconnect: [...] }, null): `undefined` = unchanged, `null` = cleared.
 */
export const toOneRef = (value: unknown): Ref | null | undefined => {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return refOf(value[value.length - 1]);
  if (
    value !== null &&
    typeof value === 'object' &&
    ('connect' in value || 'set' in value || 'disconnect' in value)
  ) {
    const v = value as { connect?: unknown[]; set?: unknown; disconnect?: unknown[] };
    if (v.set !== undefined) return refOf(([] as unknown[]).concat(v.set).pop());
    if (v.connect?.length) return refOf(v.connect[v.connect.length - 1]);
    if (v.disconnect?.length) return null;
    return undefined;
  }
  return refOf(value);
};

/** The documentId a relation reference points at (looking an entry id up when needed). */
export const refDocumentId = async (
  strapi: Core.Strapi,
  uid: string,
  ref: Ref | null,
): Promise<string | null> => {
  if (!ref) return null;
  if (ref.documentId) return ref.documentId;
  const row = await strapi.db.query(uid as never).findOne({ where: { id: ref.id }, select: ['documentId'] });
  return row?.documentId ?? null;
};

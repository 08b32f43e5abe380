import { invalid, type Parsed } from '@gov-portal/kit/domain';

/** A reference to one entry: by documentId, by row id, or both (then they must name the same document). */
export interface RelationRef {
  documentId?: string;
  id?: number;
  /** Which version of a localized / draft-and-publish target to link (the document stays the same). */
  locale?: string;
  status?: 'draft' | 'published';
}

/**
 * What a write does to a to-one relation:
 * - `unchanged`: the field is not written (or written with empty operations);
 * - `set`: the relation will point at `ref` (`null`: cleared);
 * - `disconnect`: the relation is cleared if it currently points at one of `refs`, else left as it is.
 */
export type ToOneInput =
  | { kind: 'unchanged' }
  | { kind: 'set'; ref: RelationRef | null }
  | { kind: 'disconnect'; refs: RelationRef[] };

const ONE = '一个信息只能关联一个对象';
const REF_KEYS = new Set(['id', 'documentId', 'locale', 'status']);
// The content manager sends `{ id, documentId, locale, isTemporary, position }` in `connect`.
const CONNECT_KEYS = new Set([...REF_KEYS, 'position', 'isTemporary']);
const OPERATION_KEYS = new Set(['connect', 'disconnect', 'set']);
const STATUSES = new Set(['draft', 'published']);
// Strapi reads any string that parseInt accepts as a row id ('12abc' → id 12): only plain digits are ids.
const DIGITS = /^[0-9]+$/;
const DOCUMENT_ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const toId = (field: string, v: unknown): Parsed<number> => {
  const n = typeof v === 'string' && DIGITS.test(v) ? Number(v) : v;
  if (typeof n === 'number' && Number.isSafeInteger(n) && n > 0) return { ok: true, value: n };
  return invalid(field, 'relation-shape', `id 须为正整数（收到 ${JSON.stringify(v)}）`);
};

const toDocumentId = (field: string, v: unknown): Parsed<string> => {
  if (typeof v === 'string' && DOCUMENT_ID.test(v)) return { ok: true, value: v };
  return invalid(field, 'relation-shape', `documentId 格式不正确（收到 ${JSON.stringify(v)}）`);
};

/** One reference: `'docId'`, `3`, `'3'`, `{ documentId }`, `{ id }`, `{ id, documentId, locale, status }`. */
const parseRef = (field: string, v: unknown, allowPosition: boolean): Parsed<RelationRef> => {
  if (typeof v === 'number') {
    const id = toId(field, v);
    return id.ok ? { ok: true, value: { id: id.value } } : id;
  }
  if (typeof v === 'string') {
    if (DIGITS.test(v)) return parseRef(field, Number(v), allowPosition);
    if (/^[0-9]/.test(v)) {
      return invalid(
        field,
        'relation-shape',
        `“${v}”以数字开头，Strapi 会把它当作数字 id：请改用 documentId`,
      );
    }
    const documentId = toDocumentId(field, v);
    return documentId.ok ? { ok: true, value: { documentId: documentId.value } } : documentId;
  }
  if (!isRecord(v)) return invalid(field, 'relation-shape', `无法识别的关联写法 ${JSON.stringify(v)}`);
  const allowed = allowPosition ? CONNECT_KEYS : REF_KEYS;
  const unknown = Object.keys(v).filter((k) => !allowed.has(k));
  if (unknown.length) {
    return invalid(field, 'relation-shape', `关联写法中有不支持的键：${unknown.join('、')}`);
  }
  const ref: RelationRef = {};
  if (v.documentId !== undefined) {
    const documentId = toDocumentId(field, v.documentId);
    if (!documentId.ok) return documentId;
    ref.documentId = documentId.value;
  }
  if (v.id !== undefined) {
    const id = toId(field, v.id);
    if (!id.ok) return id;
    ref.id = id.value;
  }
  if (ref.documentId === undefined && ref.id === undefined) {
    return invalid(field, 'relation-shape', '关联须给出 documentId 或 id');
  }
  if (v.locale !== undefined && v.locale !== null && typeof v.locale !== 'string') {
    return invalid(field, 'relation-shape', 'locale 须为字符串');
  }
  if (v.status !== undefined && v.status !== null && !STATUSES.has(v.status as string)) {
    return invalid(field, 'relation-shape', 'status 只能是 draft 或 published');
  }
  if (typeof v.locale === 'string') ref.locale = v.locale;
  if (typeof v.status === 'string') ref.status = v.status as 'draft' | 'published';
  if (v.isTemporary !== undefined && typeof v.isTemporary !== 'boolean') {
    return invalid(field, 'relation-shape', 'isTemporary 须为布尔值');
  }
  if (v.position !== undefined) {
    // A to-one relation holds one entry: only the content manager's own "at the end / at the start" makes sense.
    const p = v.position;
    const plain =
      isRecord(p) &&
      Object.keys(p).length === 1 &&
      ((p as Record<string, unknown>).end === true || (p as Record<string, unknown>).start === true);
    if (!plain) {
      return invalid(field, 'relation-shape', `${ONE}：不能使用 before / after 等位置参数`);
    }
  }
  return { ok: true, value: ref };
};

const sameTarget = (a: RelationRef, b: RelationRef) =>
  (a.documentId !== undefined && a.documentId === b.documentId) || (a.id !== undefined && a.id === b.id);

const asList = (v: unknown): unknown[] | null =>
  v === undefined ? [] : Array.isArray(v) ? v : v === null ? null : [v];

/**
 * The unambiguous to-one inputs Strapi 5 accepts: `'docId'`, `3`, `{ documentId }`, `{ id }`, `[one]`, `[]`,
 * null, `{ connect: [one], disconnect: [...] }` (the content manager's own shape), `{ set: one | [one] | [] }`,
 * `{ disconnect: [...] }`, the content manager's read shape `{ count }` (no change). Everything else — several entries, connect with set, disconnecting what is connected,
 * before/after positions, unknown keys — is refused: Strapi would store one of the entries, and which one is not
 * for the checks to guess (it keeps the first of `connect` and the last of an array or `set`).
 */
export const parseToOne = (field: string, value: unknown): Parsed<ToOneInput> => {
  if (value === undefined) return { ok: true, value: { kind: 'unchanged' } };
  if (value === null) return { ok: true, value: { kind: 'set', ref: null } };
  const single = (list: unknown[], allowPosition: boolean): Parsed<RelationRef | null> => {
    if (list.length > 1) {
      return invalid(field, 'to-one', `${ONE}，收到 ${list.length} 个（请只保留一个）`);
    }
    if (!list.length) return { ok: true, value: null };
    return parseRef(field, list[0], allowPosition);
  };
  if (Array.isArray(value)) {
    const ref = single(value, false);
    return ref.ok ? { ok: true, value: { kind: 'set', ref: ref.value } } : ref;
  }
  // The content manager reads relations as `{ count }` and a form may echo that back: Strapi changes nothing.
  if (isRecord(value) && Object.keys(value).length === 1 && typeof value.count === 'number') {
    return { ok: true, value: { kind: 'unchanged' } };
  }
  if (isRecord(value) && Object.keys(value).some((k) => OPERATION_KEYS.has(k))) {
    const unknown = Object.keys(value).filter((k) => !OPERATION_KEYS.has(k));
    if (unknown.length) {
      return invalid(field, 'relation-shape', `关联写法中有不支持的键：${unknown.join('、')}`);
    }
    const connect = asList(value.connect);
    const disconnect = asList(value.disconnect);
    if (connect === null || disconnect === null) {
      return invalid(field, 'relation-shape', 'connect / disconnect 须为数组');
    }
    const removed: RelationRef[] = [];
    for (const entry of disconnect) {
      const ref = parseRef(field, entry, false);
      if (!ref.ok) return ref;
      removed.push(ref.value);
    }
    if (value.set !== undefined) {
      if (connect.length || disconnect.length) {
        return invalid(field, 'to-one', `${ONE}：set 不能与 connect / disconnect 同时使用`);
      }
      if (value.set === null) return invalid(field, 'relation-shape', 'set 须为数组或一个关联');
      const ref = single(asList(value.set) as unknown[], false);
      return ref.ok ? { ok: true, value: { kind: 'set', ref: ref.value } } : ref;
    }
    const added = single(connect, true);
    if (!added.ok) return added;
    if (added.value) {
      const target = added.value;
      if (removed.some((r) => sameTarget(r, target))) {
        return invalid(field, 'to-one', `${ONE}：同一对象不能既 connect 又 disconnect`);
      }
      return { ok: true, value: { kind: 'set', ref: target } };
    }
    if (removed.length) return { ok: true, value: { kind: 'disconnect', refs: removed } };
    return { ok: true, value: { kind: 'unchanged' } };
  }
  const ref = parseRef(field, value, false);
  return ref.ok ? { ok: true, value: { kind: 'set', ref: ref.value } } : ref;
};

/** The parts of a relation attribute that say whose rows a write through it changes. */
export interface RelationShape {
  type: string;
  relation?: string;
  mappedBy?: string;
  inversedBy?: string;
}

/**
 * Whether writing this attribute of one document can change other documents' rows (Strapi 5.54
 * @strapi/database entity-manager): the inverse side (`mappedBy`) writes the owning side's join rows, i.e. the
 * other document's relation; a bidirectional one-to-one / one-to-many owning side deletes the links other
 * documents held to the connected targets (`deletePreviousOneToAnyRelations`, and the one-to-one inverse
 * clean-up). Unidirectional and many-to-one / many-to-many owning sides change only the writer's rows.
 */
export const writesOtherDocuments = (attribute: RelationShape): boolean => {
  if (attribute.type !== 'relation') return false;
  if (attribute.mappedBy) return true;
  const bidirectional = Boolean(attribute.inversedBy);
  return bidirectional && (attribute.relation === 'oneToOne' || attribute.relation === 'oneToMany');
};

/**
 * Whether a relation input changes nothing: `{ connect: [], disconnect: [] }` (what the content manager sends for
 * an untouched relation field) or either key alone; `set`, a list, `null` or any reference changes the relation.
 */
export const isNoOpRelationInput = (value: unknown): boolean => {
  if (value === undefined) return true;
  if (!isRecord(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.every((k) => k === 'connect' || k === 'disconnect') &&
    keys.every((k) => Array.isArray(value[k]) && (value[k] as unknown[]).length === 0)
  );
};

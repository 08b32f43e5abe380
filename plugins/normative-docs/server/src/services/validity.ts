import type { Core } from '@strapi/strapi';
import { VALIDITY, type ValidityKey } from '../data/validity';
import {
  validityBadge,
  type IsoDate,
  type NormativeDocumentState,
  type ValidityBadge,
  type ValidityChange,
} from '../domain';
import type { Actor } from 'strapi-plugin-gov-core/types';
import { govCore } from '../utils/get-service';
import { SOURCE_LOCALE, UID } from '../utils/plugin-id';

export type DecidedBy = 'batch' | 'admin' | 'automatic';

/** A document's state as the rules see it, plus what a history entry and an audit entry copy. */
export interface DocumentState extends NormativeDocumentState {
  title: string | null;
  documentNumber: string | null;
  department: string | null;
  published: boolean;
}

export interface ChangeRow {
  id: number;
  documentId: string;
  document: string;
  documentTitle: string | null;
  documentNumber: string | null;
  from: ValidityKey;
  to: ValidityKey;
  reason: string;
  note: string | null;
  basis: string | null;
  decidedBy: DecidedBy;
  batch: string | null;
  decisionDate: string;
  effectiveDate: string;
  replacedBy: string | null;
  recordedAt: string;
}

type Row = {
  id: number;
  documentId: string;
  locale: string | null;
  publishedAt: string | null;
  title: string | null;
  validity: ValidityKey;
  validUntil: string | null;
  effectiveFrom: string | null;
  scopeDepartment?: string | null;
  replacedBy?: { documentId: string } | null;
  disclosure?: { documentNumber?: string | null } | null;
};

const ROW_QUERY = {
  select: [
    'id',
    'documentId',
    'locale',
    'publishedAt',
    'title',
    'validity',
    'validUntil',
    'effectiveFrom',
    'scopeDepartment',
  ],
  populate: { replacedBy: { select: ['documentId'] }, disclosure: { select: ['documentNumber'] } },
};

/** The row that speaks for a document: published before draft, the source locale first. */
const representative = (rows: Row[]): Row =>
  [...rows].sort(
    (a, b) =>
      Number(Boolean(b.publishedAt)) - Number(Boolean(a.publishedAt)) ||
      Number(b.locale === SOURCE_LOCALE) - Number(a.locale === SOURCE_LOCALE),
  )[0];

const toState = (rows: Row[]): DocumentState => {
  const r = representative(rows);
  return {
    documentId: r.documentId,
    title: r.title,
    documentNumber: r.disclosure?.documentNumber ?? null,
    validity: r.validity,
    effectiveFrom: r.effectiveFrom,
    validUntil: r.validUntil,
    replacedBy: r.replacedBy?.documentId ?? null,
    department: r.scopeDepartment ?? null,
    published: rows.some((x) => x.publishedAt),
  };
};

export const publicChange = (c: ChangeRow) => ({
  from: c.from,
  to: c.to,
  fromLabel: VALIDITY[c.from]?.['zh-Hans'] ?? c.from,
  toLabel: VALIDITY[c.to]?.['zh-Hans'] ?? c.to,
  reason: c.reason,
  note: c.note,
  basis: c.basis,
  decidedBy: c.decidedBy,
  batch: c.batch,
  decisionDate: c.decisionDate,
  effectiveDate: c.effectiveDate,
  replacedBy: c.replacedBy,
  recordedAt: c.recordedAt,
});

/**
 * Validity bookkeeping shared by the editor path (publish), cleanup batches and automatic expiry: reading
 * documents' states, changing every row of a document (draft and published, every locale), and the
 * append-only history with its audit entry. Callers run these inside their transaction.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async states(documentIds: string[]): Promise<Map<string, DocumentState>> {
    const ids = [...new Set(documentIds.filter(Boolean))];
    if (!ids.length) return new Map();
    const rows: Row[] = await strapi.db
      .query(UID.document)
      .findMany({ ...ROW_QUERY, where: { documentId: { $in: ids } } });
    const byId = new Map<string, Row[]>();
    for (const r of rows) byId.set(r.documentId, [...(byId.get(r.documentId) ?? []), r]);
    return new Map([...byId].map(([id, list]) => [id, toState(list)]));
  },

  /** Effective documents whose 有效期至 is before `today` (candidates of the automatic expiry). */
  async expiring(today: IsoDate): Promise<DocumentState[]> {
    const rows: Row[] = await strapi.db
      .query(UID.document)
      .findMany({ ...ROW_QUERY, where: { validity: 'effective', validUntil: { $lt: today } } });
    return [...(await this.states(rows.map((r) => r.documentId))).values()];
  },

  /**
   * Executes one change: every row of the document gets the new validity (and, for 已修改, its replacedBy
   * linked to the matching draft/published row of the amending document), then the history and audit
   * entries are written. `onlyFrom` makes the row update conditional (automatic expiry: a concurrent run that
   * already expired the document changes nothing and records nothing). Returns false when nothing changed.
   */
  async execute(
    change: ValidityChange,
    meta: {
      decidedBy: DecidedBy;
      decisionDate: IsoDate;
      batch?: string | null;
      actor: Actor | null;
      state?: DocumentState;
      onlyFrom?: ValidityKey;
      updateRows?: boolean;
    },
  ): Promise<boolean> {
    const db = strapi.db.query(UID.document);
    if (meta.updateRows !== false) {
      const where = { documentId: change.documentId, ...(meta.onlyFrom ? { validity: meta.onlyFrom } : {}) };
      const { count } = await db.updateMany({ where, data: { validity: change.to } });
      if (!count) return false;
      if (change.replacedBy) await this.linkReplacement(change.documentId, change.replacedBy);
    }
    const state = meta.state ?? (await this.states([change.documentId])).get(change.documentId);
    await strapi.db.query(UID.change).create({
      data: {
        document: change.documentId,
        documentTitle: state?.title ?? null,
        documentNumber: state?.documentNumber ?? null,
        from: change.from,
        to: change.to,
        reason: change.reason,
        note: change.note,
        basis: change.basis,
        decidedBy: meta.decidedBy,
        batch: meta.batch ?? null,
        decidedById: meta.actor?.id ?? null,
        decidedByEmail: meta.actor?.email ?? (meta.decidedBy === 'automatic' ? 'system' : null),
        decisionDate: meta.decisionDate,
        effectiveDate: change.effectiveDate,
        replacedBy: change.replacedBy,
        recordedAt: new Date(),
      },
    });
    await govCore(strapi, 'audit').write(
      {
        action: `validity.${meta.decidedBy}`,
        uid: UID.document,
        documentId: change.documentId,
        locale: null,
        department: state?.department ?? null,
        changes: [
          { field: 'validity', from: change.from, to: change.to },
          ...(change.replacedBy ? [{ field: 'replacedBy', from: null, to: change.replacedBy }] : []),
          ...(meta.batch ? [{ field: 'batch', from: null, to: meta.batch }] : []),
          ...(change.basis ? [{ field: 'basis', from: null, to: change.basis }] : []),
        ],
      },
      meta.actor,
    );
    return true;
  },

  /** Links every row of `documentId` to the amending document's row of the same status and locale. */
  async linkReplacement(documentId: string, replacedBy: string) {
    const db = strapi.db.query(UID.document);
    // Sequential: inside a transaction both queries share one connection.
    const rows = await db.findMany({ where: { documentId }, select: ['id', 'locale', 'publishedAt'] });
    const targets = await db.findMany({
      where: { documentId: replacedBy },
      select: ['id', 'locale', 'publishedAt'],
    });
    for (const row of rows) {
      const sameStatus = targets.filter((t: any) => Boolean(t.publishedAt) === Boolean(row.publishedAt));
      const target = sameStatus.find((t: any) => t.locale === row.locale) ?? sameStatus[0];
      if (target) await db.update({ where: { id: row.id }, data: { replacedBy: target.id } });
    }
  },

  async history(documentId: string): Promise<ChangeRow[]> {
    return strapi.db
      .query(UID.change)
      .findMany({ where: { document: documentId }, orderBy: [{ recordedAt: 'asc' }, { id: 'asc' }] });
  },

  /** The newest history entry of each document. */
  async latest(documentIds: string[]): Promise<Map<string, ChangeRow>> {
    const ids = [...new Set(documentIds)];
    if (!ids.length) return new Map();
    const rows: ChangeRow[] = await strapi.db
      .query(UID.change)
      .findMany({ where: { document: { $in: ids } }, orderBy: [{ recordedAt: 'asc' }, { id: 'asc' }] });
    return new Map(rows.map((r) => [r.document, r]));
  },

  badge(
    doc: Pick<NormativeDocumentState, 'validity' | 'effectiveFrom' | 'validUntil'>,
    last?: ChangeRow | null,
  ): ValidityBadge {
    return validityBadge(doc, last ?? null);
  },
});

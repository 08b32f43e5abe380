import type { Core } from '@strapi/strapi';
import { selectExpired, todayInShanghai } from '../domain';
import type { Actor } from 'strapi-plugin-gov-core/types';
import { getService } from '../utils/get-service';

/**
 * Keys of the PostgreSQL advisory lock taken by the expiry job (two int4: this plugin, this job). The lock is
 * transaction-scoped (pg_try_advisory_xact_lock): released at commit or rollback, never left behind by a crash.
 */
export const EXPIRY_LOCK = [0x6e6f726d, 1] as const; // 'norm', job 1

export interface ExpiryResult {
  today: string;
  /** Another instance held the lock: this run did nothing (that instance does the work). */
  skipped: boolean;
  expired: { document: string; title: string | null; validUntil: string | null; effectiveDate: string }[];
}

/**
 * Automatic expiry: every 有效 document whose 有效期至 is before today (Asia/Shanghai) becomes 失效, with a
 * history entry whose reason is automatic. Safe to run on several instances at once and to run twice:
 * on PostgreSQL one instance holds the advisory lock, the others skip; on every database the row update is
 * conditional on the document still being 有效, and a history entry is written only for a row that changed.
 * SQLite has a single writer and a single Strapi instance is assumed there.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async run({
    now = new Date(),
    actor = null,
  }: { now?: Date; actor?: Actor | null } = {}): Promise<ExpiryResult> {
    const today = todayInShanghai(now);
    return strapi.db.transaction(async ({ trx }: { trx: any }) => {
      if (strapi.db.dialect.client === 'postgres') {
        const res = await trx.raw('select pg_try_advisory_xact_lock(?, ?) as locked', [...EXPIRY_LOCK]);
        if (!res.rows?.[0]?.locked) return { today, skipped: true, expired: [] };
      }
      const validity = getService(strapi, 'validity');
      const candidates = await validity.expiring(today);
      const byId = new Map(candidates.map((s) => [s.documentId, s]));
      const expired: ExpiryResult['expired'] = [];
      for (const change of selectExpired(candidates, now)) {
        const state = byId.get(change.documentId)!;
        const done = await validity.execute(change, {
          decidedBy: 'automatic',
          decisionDate: today,
          actor,
          state,
          onlyFrom: 'effective',
        });
        if (done) {
          expired.push({
            document: change.documentId,
            title: state.title,
            validUntil: state.validUntil ?? null,
            effectiveDate: change.effectiveDate,
          });
        }
      }
      if (expired.length)
        strapi.log.info(`[normative-docs] 自动失效 ${expired.length} 件规范性文件（${today}）`);
      return { today, skipped: false, expired };
    });
  },
});

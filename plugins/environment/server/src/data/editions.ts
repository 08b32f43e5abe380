/**
 * Registry of HJ 633 editions, chosen by observation date.
 *
 * Shipped: HJ 633-2012 only. The revision that accompanies GB 3095-2026 applies from 2026-03-01 and changes
 * the PM2.5 and PM10 breakpoints, but its official 表1 could not be confirmed from a published source here,
 * so it is NOT shipped and no breakpoint is guessed: every date is computed with HJ 633-2012 and results
 * dated on/after 2026-03-01 carry `editionNote` saying so. To add it, write `data/hj633-2026.ts` with the
 * same `AqiEdition` shape, append it to `AQI_EDITIONS` and remove it from `PENDING_AQI_REVISIONS`.
 */
import type { AqiEdition } from '../domain/aqi-types';
import { toCalendarDate } from '../domain/calendar';
import { HJ_633_2012 } from './hj633-2012';

/** Shipped editions, oldest first. */
export const AQI_EDITIONS: readonly AqiEdition[] = [HJ_633_2012];

export interface PendingAqiRevision {
  id: string;
  effectiveFrom: string;
  note: string;
}

/** Revisions in force whose tables are not shipped yet. */
export const PENDING_AQI_REVISIONS: readonly PendingAqiRevision[] = [
  {
    id: 'HJ 633-2026',
    effectiveFrom: '2026-03-01',
    note: 'HJ 633 修订版自 2026-03-01 起实施，其分指数浓度限值表尚未收录，本结果按 HJ 633-2012 计算',
  },
];

export interface EditionChoice {
  edition: AqiEdition;
  /** Present when the date falls outside what the chosen edition was meant for. */
  note?: string;
}

export function findEdition(id: string): AqiEdition | undefined {
  return AQI_EDITIONS.find((e) => e.id === id);
}

/**
 * The edition to use for an observation made on `date` (civil date in Asia/Shanghai).
 * Dates before HJ 633-2012's nationwide start still use it (many cities reported by it from 2013) with a note.
 */
export function editionFor(date: string | Date): EditionChoice {
  const day = toCalendarDate(date);
  if (day === null) throw new RangeError(`editionFor: unreadable date ${String(date)}`);
  const applicable = AQI_EDITIONS.filter((e) => e.effectiveFrom <= day);
  const edition = applicable.length > 0 ? applicable[applicable.length - 1] : AQI_EDITIONS[0];
  const pending = PENDING_AQI_REVISIONS.filter(
    (r) => r.effectiveFrom <= day && r.effectiveFrom > edition.effectiveFrom,
  );
  if (pending.length > 0) return { edition, note: pending[pending.length - 1].note };
  if (applicable.length === 0) {
    return {
      edition,
      note: `观测日期早于 ${edition.id} 全国实施日期（${edition.effectiveFrom}），本结果按 ${edition.id} 计算`,
    };
  }
  return { edition };
}

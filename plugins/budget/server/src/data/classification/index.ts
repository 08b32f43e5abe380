import { GFS_2017 } from './gfs-2017';
import { GFS_2026 } from './gfs-2026';
import type { ClassificationEdition } from './types';

export type { ClassificationEdition } from './types';
export { GFS_2017, GFS_2026 };

/** Shipped editions, by year ascending. */
export const EDITIONS: readonly ClassificationEdition[] = [GFS_2017, GFS_2026];

/** The latest edition whose year ≤ `year`; the earliest edition for years before it. */
export function editionFor(year: number): ClassificationEdition {
  let chosen = EDITIONS[0];
  for (const edition of EDITIONS) {
    if (edition.year <= year) chosen = edition;
  }
  return chosen;
}

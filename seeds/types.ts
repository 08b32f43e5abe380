import type { Core } from '@strapi/strapi';

export type SeedOutcome = 'created' | 'existing' | 'updated';

/**
 * One content type (or one kind of setup data) of the demo seeds. `apply` must be idempotent: it looks the
 * record up by its natural key and creates it only when missing, through Strapi's document service so that
 * validation and lifecycles run.
 */
export interface SeedSet<R = unknown> {
  name: string;
  records(strapi: Core.Strapi): R[] | Promise<R[]>;
  /** Short human label of a record, used in error reports. */
  label(record: R): string;
  apply(strapi: Core.Strapi, record: R): Promise<SeedOutcome>;
  /** Number of stored rows this set owns (compared across runs to prove idempotency). */
  count(strapi: Core.Strapi): Promise<number>;
  /** Wipe what this set loads (`--reset`). */
  reset?(strapi: Core.Strapi): Promise<void>;
}

export interface SeedReport {
  name: string;
  total: number;
  created: number;
  existing: number;
  updated: number;
  failed: number;
  count: number;
  errors: { record: string; message: string }[];
}

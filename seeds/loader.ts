import type { Core } from '@strapi/strapi';
import cliProgress from 'cli-progress';
import type { SeedReport, SeedSet } from './types';
import { SEED_SETS } from './sets';

export interface SeedOptions {
  reset?: boolean;
  /** Show a progress bar (default: when stdout is a terminal). */
  progress?: boolean;
  sets?: SeedSet<any>[];
}

const message = (e: unknown) => {
  const err = e as { message?: string; details?: { errors?: { path?: string[]; message: string }[] } };
  const details = err.details?.errors?.map((d) => `${(d.path ?? []).join('.')}: ${d.message}`).join('; ');
  return details ? `${err.message} (${details})` : String(err.message ?? e);
};

/**
 * Loads the demo data. Idempotent (a second run creates nothing), reports errors per record and goes on.
 * `reset` wipes the seeded content first, in reverse load order.
 */
export const runSeeds = async (strapi: Core.Strapi, options: SeedOptions = {}): Promise<SeedReport[]> => {
  const sets = options.sets ?? SEED_SETS;
  if (options.reset) {
    for (const set of [...sets].reverse()) await set.reset?.(strapi);
  }

  const showBar = options.progress ?? Boolean(process.stdout.isTTY);
  const bars = showBar
    ? new cliProgress.MultiBar(
        {
          format: ' {bar} {value}/{total} {name} (新建 {created}，已有 {existing}，失败 {failed})',
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;

  const reports: SeedReport[] = [];
  for (const set of sets) {
    const records = await set.records(strapi);
    const report: SeedReport = {
      name: set.name,
      total: records.length,
      created: 0,
      existing: 0,
      updated: 0,
      failed: 0,
      count: 0,
      errors: [],
    };
    const bar = bars?.create(records.length, 0, { name: set.name, created: 0, existing: 0, failed: 0 });
    for (const record of records) {
      try {
        report[await set.apply(strapi, record)] += 1;
      } catch (e) {
        report.failed += 1;
        report.errors.push({ record: set.label(record), message: message(e) });
      }
      bar?.increment(1, { created: report.created, existing: report.existing, failed: report.failed });
    }
    report.count = await set.count(strapi);
    reports.push(report);
  }
  bars?.stop();
  return reports;
};

export const formatReport = (reports: SeedReport[]) =>
  reports
    .map((r) => {
      const head = `${r.name}: ${r.total} records, ${r.created} created, ${r.existing} existing, ${r.updated} updated, ${r.failed} failed (stored: ${r.count})`;
      return [head, ...r.errors.map((e) => `  ✗ ${e.record}: ${e.message}`)].join('\n');
    })
    .join('\n');

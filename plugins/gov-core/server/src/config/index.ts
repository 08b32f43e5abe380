import { validateTableLimits, type TableLimits } from '@gov-portal/kit/domain';

export default {
  default: {
    /** 保密审查: `required[uid] = false` lets a column type be published without review (default: required). */
    review: {
      required: {} as Record<string, boolean>,
      /** 四眼原则: `fourEyes[uid] = false` lets the author of a version approve it (default: they may not). */
      fourEyes: {} as Record<string, boolean>,
    },
    /** Limits of imported xlsx/csv files for every plugin (see the kit's domain/table-limits.ts for the defaults). */
    tableFiles: {} as Partial<TableLimits>,
    /** The media library's 从网址导入 fetches URLs from the server (SSRF): off unless set to true. */
    uploads: { allowUrlImport: false },
  },
  validator(config: {
    review?: { required?: Record<string, unknown>; fourEyes?: Record<string, unknown> };
    tableFiles?: unknown;
    uploads?: { allowUrlImport?: unknown };
  }) {
    if (config.uploads?.allowUrlImport !== undefined && typeof config.uploads.allowUrlImport !== 'boolean')
      throw new Error('gov-core config uploads.allowUrlImport must be true or false');
    for (const key of ['required', 'fourEyes'] as const) {
      for (const [uid, value] of Object.entries(config.review?.[key] ?? {})) {
        if (typeof value !== 'boolean')
          throw new Error(`gov-core config review.${key}["${uid}"] must be true or false`);
      }
    }
    const problems = validateTableLimits(config.tableFiles);
    if (problems.length) throw new Error(`gov-core config tableFiles: ${problems.join('; ')}`);
  },
};

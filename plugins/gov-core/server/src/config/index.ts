import { validateTableLimits, type TableLimits } from '@gov-portal/kit/domain';

export default {
  default: {
    /** 保密审查: `required[uid] = false` lets a column type be published without review (default: required). */
    review: { required: {} as Record<string, boolean> },
    /** Limits of imported xlsx/csv files for every plugin (see the kit's domain/table-limits.ts for the defaults). */
    tableFiles: {} as Partial<TableLimits>,
    /** The media library's 从网址导入 fetches URLs from the server (SSRF): off unless set to true. */
    uploads: { allowUrlImport: false },
  },
  validator(config: {
    review?: { required?: Record<string, unknown> };
    tableFiles?: unknown;
    uploads?: { allowUrlImport?: unknown };
  }) {
    if (config.uploads?.allowUrlImport !== undefined && typeof config.uploads.allowUrlImport !== 'boolean')
      throw new Error('gov-core config uploads.allowUrlImport must be true or false');
    const required = config.review?.required ?? {};
    for (const [uid, value] of Object.entries(required)) {
      if (typeof value !== 'boolean')
        throw new Error(`gov-core config review.required["${uid}"] must be true or false`);
    }
    const problems = validateTableLimits(config.tableFiles);
    if (problems.length) throw new Error(`gov-core config tableFiles: ${problems.join('; ')}`);
  },
};

export interface EnvironmentConfig {
  /**
   * Data rows of one imported observation CSV. A year of hourly data for five stations is 43,800 rows, so
   * this is above gov-core's general `tableFiles.maxRows`.
   */
  maxImportRows: number;
  /** Size cap of an uploaded CSV (default: gov-core's `tableFiles.maxUploadBytes`, 10 MB). */
  maxImportBytes?: number;
}

export default {
  default: { maxImportRows: 50000 } satisfies EnvironmentConfig,
  validator(config: EnvironmentConfig) {
    if (!Number.isInteger(config.maxImportRows) || config.maxImportRows < 1) {
      throw new Error('environment config: maxImportRows must be a positive integer');
    }
    if (
      config.maxImportBytes !== undefined &&
      !(Number.isInteger(config.maxImportBytes) && config.maxImportBytes >= 1024)
    ) {
      throw new Error('environment config: maxImportBytes must be an integer ≥ 1024');
    }
  },
};

/** This plugin's overrides of gov-core's table-file limits (`table-files` service). */
export const importLimits = (strapi: { config: { get: (key: string) => unknown } }) => {
  const { maxImportRows, maxImportBytes } = strapi.config.get('plugin::environment') as EnvironmentConfig;
  return { maxRows: maxImportRows, maxUploadBytes: maxImportBytes };
};

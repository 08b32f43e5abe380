import { DEFAULT_ITEM_CODE_PATTERN, validateItemCodePattern } from '../domain/item-code';

export interface PowerListConfig {
  /** 职权编码 pattern: {department}, {category}, {serial} or {serial:N} (default {department}-{category}-{serial:5}). */
  codePattern: string;
  /** Data rows accepted in one imported spreadsheet (default: gov-core's `tableFiles.maxRows`, 10,000). */
  maxImportRows?: number;
  /** Size cap of an uploaded spreadsheet (default: gov-core's `tableFiles.maxUploadBytes`, 10 MB). */
  maxImportBytes?: number;
}

export default {
  default: {
    codePattern: DEFAULT_ITEM_CODE_PATTERN,
  } satisfies PowerListConfig,
  validator(config: PowerListConfig) {
    const problems = validateItemCodePattern(config.codePattern);
    if (problems.length) {
      throw new Error(`power-list config: ${problems.map((p) => p.message).join('; ')}`);
    }
    if (
      config.maxImportRows !== undefined &&
      !(Number.isInteger(config.maxImportRows) && config.maxImportRows >= 1)
    ) {
      throw new Error('power-list config: maxImportRows must be a positive integer');
    }
    if (
      config.maxImportBytes !== undefined &&
      !(Number.isInteger(config.maxImportBytes) && config.maxImportBytes >= 1024)
    ) {
      throw new Error('power-list config: maxImportBytes must be an integer ≥ 1024');
    }
  },
};

export const pluginConfig = (strapi: { config: { get: (key: string) => unknown } }): PowerListConfig =>
  strapi.config.get('plugin::power-list') as PowerListConfig;

/**
 * This plugin's overrides of gov-core's table-file limits (`table-files` service): its own row and size caps
 * when configured, and up to 10 title rows above the header (see HEADER_SEARCH_ROWS in domain/spreadsheet.ts).
 */
export const importLimits = (strapi: { config: { get: (key: string) => unknown } }) => {
  const { maxImportRows, maxImportBytes } = pluginConfig(strapi);
  return { maxRows: maxImportRows, maxUploadBytes: maxImportBytes, headerRows: 10 };
};

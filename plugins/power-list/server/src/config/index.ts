import { DEFAULT_ITEM_CODE_PATTERN, validateItemCodePattern } from '../domain/item-code';

export interface PowerListConfig {
  /** 职权编码 pattern: {department}, {category}, {serial} or {serial:N} (default {department}-{category}-{serial:5}). */
  codePattern: string;
  /** Data rows accepted in one imported spreadsheet. */
  maxImportRows: number;
  /** Size cap of an uploaded spreadsheet (an xlsx is unzipped in memory). */
  maxImportBytes: number;
}

export default {
  default: {
    codePattern: DEFAULT_ITEM_CODE_PATTERN,
    maxImportRows: 10000,
    maxImportBytes: 32 * 1024 * 1024,
  } satisfies PowerListConfig,
  validator(config: PowerListConfig) {
    const problems = validateItemCodePattern(config.codePattern);
    if (problems.length) {
      throw new Error(`power-list config: ${problems.map((p) => p.message).join('; ')}`);
    }
    if (!Number.isInteger(config.maxImportRows) || config.maxImportRows < 1) {
      throw new Error('power-list config: maxImportRows must be a positive integer');
    }
    if (!Number.isInteger(config.maxImportBytes) || config.maxImportBytes < 1024) {
      throw new Error('power-list config: maxImportBytes must be an integer ≥ 1024');
    }
  },
};

export const pluginConfig = (strapi: { config: { get: (key: string) => unknown } }): PowerListConfig =>
  strapi.config.get('plugin::power-list') as PowerListConfig;

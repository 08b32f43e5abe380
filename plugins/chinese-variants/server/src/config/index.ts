import { DEFAULT_CACHE_MAX_BYTES } from '../domain';

export interface ChineseVariantsConfig {
  /** Memory bound of the conversion caches, in bytes (strings and whole rich-text values). 0 disables them. */
  cacheMaxBytes: number;
  /** Build the OpenCC converters at boot (about 150 ms and 20–40 MB each) instead of on the first request. */
  warmUp: boolean;
  /**
   * How often the stamps of the overrides and of the stored 繁体 entries are read from the database, in ms: the
   * longest a write made by *another* instance may go unseen here (this instance's own writes are seen at
   * once). 0 reads them on every variant request.
   */
  stampCheckMs: number;
}

export const DEFAULT_CONFIG: ChineseVariantsConfig = {
  cacheMaxBytes: DEFAULT_CACHE_MAX_BYTES,
  warmUp: true,
  stampCheckMs: 1_000,
};

export default {
  default: DEFAULT_CONFIG,
  validator(config: Partial<ChineseVariantsConfig>) {
    if (
      config.cacheMaxBytes !== undefined &&
      (!Number.isInteger(config.cacheMaxBytes) || config.cacheMaxBytes < 0)
    ) {
      throw new Error('chinese-variants.cacheMaxBytes: 须为不小于 0 的整数（字节）');
    }
    if (config.warmUp !== undefined && typeof config.warmUp !== 'boolean') {
      throw new Error('chinese-variants.warmUp: 须为布尔值');
    }
    if (
      config.stampCheckMs !== undefined &&
      (!Number.isInteger(config.stampCheckMs) || config.stampCheckMs < 0)
    ) {
      throw new Error('chinese-variants.stampCheckMs: 须为不小于 0 的整数（毫秒）');
    }
  },
};

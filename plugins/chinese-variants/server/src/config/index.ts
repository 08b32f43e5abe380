import { DEFAULT_CACHE_MAX_BYTES } from '../domain';

export interface ChineseVariantsConfig {
  /** Memory bound of the conversion caches, in bytes (strings and whole rich-text values). 0 disables them. */
  cacheMaxBytes: number;
  /** Build the OpenCC converters at boot (about 150 ms and 20–40 MB each) instead of on the first request. */
  warmUp: boolean;
}

export const DEFAULT_CONFIG: ChineseVariantsConfig = { cacheMaxBytes: DEFAULT_CACHE_MAX_BYTES, warmUp: true };

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
  },
};

/**
 * Simplified ⇄ traditional conversion with phrase overrides and a bounded cache.
 *
 * Cost model (PLATFORM-NOTES, opencc-js 1.4.2): building one OpenCC converter takes 136–415 ms and 22–41 MB,
 * so each direction is built once per *process* (module-level registry shared by every ChineseConverter)
 * and only when first needed, or up front with `warmUp()`. Converting runs at ~11–20 MB/s, so results
 * are cached in an LRU bounded in bytes. On a cache miss with no overrides the only work added to OpenCC
 * is native: one CJK regex test, one URL-hint regex test, and a SHA-1 of long strings for the key.
 */
import { LRUCache } from 'lru-cache';
import { Converter, type ConverterFunction } from 'opencc-js';
import { BUILT_IN_PHRASE_OVERRIDES } from '../data/overrides';
import { DomainValidationError } from '@gov-portal/kit/domain';
import {
  compileOverrides,
  encodeMarkupText,
  mergePhraseOverrides,
  validatePhraseOverrides,
  type CompiledOverrides,
  type PhraseOverride,
  type PhraseTable,
} from './phrase-overrides';
import { containsCjk, convertOutsideUrls } from './text-guards';
import { VARIANTS, VARIANT_LOCALES, isVariant, type Variant } from './variants';

type OpenccLocale = 'cn' | 'tw' | 'hk';

const openccRegistry = new Map<string, ConverterFunction>();

/** The process-wide OpenCC converter for one direction, built on first use. */
function opencc(from: OpenccLocale, to: OpenccLocale): ConverterFunction {
  const key = `${from}>${to}`;
  let convert = openccRegistry.get(key);
  if (!convert) {
    convert = Converter({ from, to });
    openccRegistry.set(key, convert);
  }
  return convert;
}

/** Number of OpenCC converters built so far in this process (for health checks and tests). */
export function builtOpenccConverterCount(): number {
  return openccRegistry.size;
}

export const DEFAULT_CACHE_MAX_BYTES = 32 * 1024 * 1024;
// Strings up to this many UTF-16 units are their own cache key; longer ones are keyed by SHA-1, which V8
// computes natively at several hundred MB/s, negligible next to OpenCC's ~20 MB/s.
// Map entry, key and bookkeeping overhead per cached string, in bytes (rough, errs on the high side).
const ENTRY_OVERHEAD_BYTES = 96;

export interface ChineseConverterOptions {
  /** Upper bound of the result cache in bytes (UTF-16: 2 bytes a unit). 0 disables caching. */
  cacheMaxBytes?: number;
  /**
   * Overrides always applied under the editor pairs given to `setOverrides`. Defaults to the plugin's
   * built-in list (data/overrides.ts); pass `[]` to compare with plain OpenCC.
   */
  builtInOverrides?: readonly PhraseOverride[];
}

export interface CacheStats {
  entries: number;
  bytes: number;
  maxBytes: number;
}

/** `markup`: simplified → traditional inside HTML or Markdown source (override replacements encoded). */
type Direction = 'to' | 'markup' | 'from';

export class ChineseConverter {
  private readonly cache: LRUCache<string, string> | null;
  private readonly maxBytes: number;
  private readonly builtIns: readonly PhraseOverride[];
  private compiled: CompiledOverrides;
  private version = '0';
  private readonly boundConverters = new Map<string, (text: string) => string>();

  constructor(options: ChineseConverterOptions = {}) {
    const maxBytes = options.cacheMaxBytes ?? DEFAULT_CACHE_MAX_BYTES;
    if (!Number.isInteger(maxBytes) || maxBytes < 0) {
      throw DomainValidationError.of('cacheMaxBytes', 'invalid', '缓存上限必须是不小于 0 的整数（字节）');
    }
    this.maxBytes = maxBytes;
    this.cache =
      maxBytes === 0
        ? null
        : new LRUCache<string, string>({
            maxSize: maxBytes,
            // One huge document must not flush everything else.
            maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)),
            sizeCalculation: (value, key) => (value.length + key.length) * 2 + ENTRY_OVERHEAD_BYTES,
          });
    this.builtIns = validatePhraseOverrides(
      options.builtInOverrides ?? BUILT_IN_PHRASE_OVERRIDES,
      'builtInOverrides',
    );
    this.compiled = compileOverrides(this.builtIns);
  }

  /** Builds the OpenCC converters now (about 150 ms each) instead of on the first request. */
  warmUp(variants: readonly Variant[] = VARIANT_LOCALES, withReverse = true): void {
    for (const variant of variants) {
      opencc('cn', VARIANTS[variant].to);
      if (withReverse) opencc(VARIANTS[variant].to, 'cn');
    }
  }

  /** Simplified → the variant's traditional forms. Text without Chinese characters is returned as is. */
  toVariant(text: string, variant: Variant): string {
    return this.convert('to', text, variant);
  }

  /**
   * Traditional (as written in `fromVariant`) → simplified, for query filter values, so that
   * `filters[title][$contains]=發展` finds 发展. Overrides apply in reverse (traditional → simplified).
   */
  toSimplified(text: string, fromVariant: Variant): string {
    return this.convert('from', text, fromVariant);
  }

  /** A `(text) => string` for one variant, for plain text: convertBlocks / convertEntity. */
  textConverter(variant: Variant): (text: string) => string {
    return this.bound('to', variant);
  }

  /**
   * A `(text) => string` for text inside HTML or Markdown source (convertHtml, convertRichText): override
   * replacements are spliced with `encodeMarkupText`, so an override can never add markup.
   */
  markupConverter(variant: Variant): (text: string) => string {
    return this.bound('markup', variant);
  }

  private bound(direction: Direction, variant: Variant): (text: string) => string {
    const key = `${direction}\u0000${variant}`;
    let bound = this.boundConverters.get(key);
    if (!bound) {
      bound = (text: string) => this.convert(direction, text, variant);
      this.boundConverters.set(key, bound);
    }
    return bound;
  }

  /**
   * Replaces the editor-managed overrides (merged over the built-ins; an editor pair for the same phrase
   * and variant wins). `version` identifies this set, e.g. the latest `updatedAt` of the overrides table
   * or a counter; it is part of every cache key, and the cache is emptied when the pairs change.
   * Throws DomainValidationError (field `overrides[i].…`) on an invalid pair.
   */
  setOverrides(pairs: readonly PhraseOverride[], version: string | number): void {
    const valid = validatePhraseOverrides(pairs);
    const versionText = String(version);
    if (versionText.trim() === '') {
      throw DomainValidationError.of('version', 'invalid', '覆盖词语版本号不能为空');
    }
    const compiled = compileOverrides(mergePhraseOverrides(this.builtIns, valid));
    const changed = compiled.fingerprint !== this.compiled.fingerprint;
    this.compiled = compiled;
    if (changed || versionText !== this.version) this.cache?.clear();
    this.version = versionText;
  }

  get overridesVersion(): string {
    return this.version;
  }

  cacheStats(): CacheStats {
    return {
      entries: this.cache?.size ?? 0,
      bytes: this.cache?.calculatedSize ?? 0,
      maxBytes: this.maxBytes,
    };
  }

  clearCache(): void {
    this.cache?.clear();
  }

  private convert(direction: Direction, text: string, variant: Variant): string {
    if (!isVariant(variant)) {
      throw DomainValidationError.of(
        'variant',
        'invalid',
        `不支持的繁体变体 “${String(variant)}”，只能是 zh-Hant 或 zh-Hant-HK`,
      );
    }
    if (typeof text !== 'string' || !containsCjk(text)) return text;
    const key = this.cache ? this.cacheKey(direction, variant, text) : '';
    const cached = this.cache?.get(key);
    if (cached !== undefined) return cached;

    const target = VARIANTS[variant].to;
    const forward = direction !== 'from';
    const openccConvert = forward ? opencc('cn', target) : opencc(target, 'cn');
    const table: PhraseTable = forward
      ? this.compiled.toVariant[variant]
      : this.compiled.toSimplified[variant];
    const encode = direction === 'markup' ? encodeMarkupText : undefined;
    const result =
      table.size === 0
        ? convertOutsideUrls(text, openccConvert)
        : convertOutsideUrls(text, (prose) => table.apply(prose, openccConvert, encode));
    this.cache?.set(key, result);
    return result;
  }

  private cacheKey(direction: Direction, variant: Variant, text: string): string {
    // The text itself is the key: a Map hashes and compares it faster than SHA-1 digests it, and there are
    // no collisions; the entry's size counts the key, so the memory bound holds.
    return `${direction}${variant}\u0000${this.version}\u0000${text}`;
  }
}

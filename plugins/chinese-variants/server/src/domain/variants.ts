/**
 * The traditional-script variants the content API can serve, and locale negotiation.
 *
 * Content is stored once, in simplified Chinese (`zh-Hans`); the variants are produced on the fly by
 * OpenCC. `tw` and `hk` are OpenCC's *character-form* targets (為/臺 vs 為/台, 裡 vs 裏, 群 vs 羣).
 * `twp`/`hkp` are deliberately absent: they also rewrite vocabulary (发布→釋出, 信息→資訊, 项目→專案),
 * which must never happen to official text (see PLATFORM-NOTES, opencc-js 1.4.2).
 */

export const SOURCE_LOCALE = 'zh-Hans' as const;
export type SourceLocale = typeof SOURCE_LOCALE;

export const VARIANTS = {
  'zh-Hant': { from: 'cn', to: 'tw', label: '繁體中文（臺灣字形）' },
  'zh-Hant-HK': { from: 'cn', to: 'hk', label: '繁體中文（香港字形）' },
} as const;

export type Variant = keyof typeof VARIANTS;
/** OpenCC locale codes of the traditional side of each variant. */
export type OpenccTraditional = (typeof VARIANTS)[Variant]['to'];
export type ServedLocale = SourceLocale | Variant;

export const VARIANT_LOCALES: readonly Variant[] = ['zh-Hant', 'zh-Hant-HK'];

export function isVariant(value: unknown): value is Variant {
  return value === 'zh-Hant' || value === 'zh-Hant-HK';
}

// Regions whose written standard is traditional characters; everything else written `zh-XX` is simplified
// (CN, SG, MY follow the 简化字总表). Source: CLDR likely subtags (zh-TW → zh-Hant-TW, zh-HK → zh-Hant-HK,
// zh-MO → zh-Hant-MO).
const HONG_KONG_FORM_REGIONS = new Set(['hk', 'mo']);
const TAIWAN_FORM_REGIONS = new Set(['tw']);

/**
 * The locale we serve for one BCP 47 language tag, or null when the tag is not Chinese.
 * Case-insensitive; `_` is accepted for `-` (`zh_TW`, as sent by some Java and Python clients).
 * The script subtag decides first (`zh-Hant-US` → zh-Hant), then the region (`zh-TW` → zh-Hant,
 * `zh-HK`/`zh-MO` → zh-Hant-HK), else simplified (`zh`, `zh-CN`, `zh-SG`).
 */
export function chineseLocaleFor(tag: string): ServedLocale | null {
  const subtags = tag.trim().toLowerCase().replace(/_/g, '-').split('-');
  if (subtags[0] !== 'zh') return null;
  let script: string | undefined;
  let region: string | undefined;
  for (const subtag of subtags.slice(1)) {
    if (script === undefined && region === undefined && /^[a-z]{4}$/.test(subtag)) script = subtag;
    else if (region === undefined && /^(?:[a-z]{2}|\d{3})$/.test(subtag)) region = subtag;
  }
  const hongKongForms = region !== undefined && HONG_KONG_FORM_REGIONS.has(region);
  if (script === 'hant') return hongKongForms ? 'zh-Hant-HK' : 'zh-Hant';
  if (script === 'hans') return SOURCE_LOCALE;
  if (hongKongForms) return 'zh-Hant-HK';
  if (region !== undefined && TAIWAN_FORM_REGIONS.has(region)) return 'zh-Hant';
  return SOURCE_LOCALE;
}

export interface AcceptLanguageEntry {
  tag: string;
  q: number;
}

// RFC 9110 §12.4.2 (qvalue) and §12.5.4 (Accept-Language). Oversized headers are cut, not rejected:
// negotiation must never fail a request.
const MAX_HEADER_LENGTH = 4096;
const MAX_ENTRIES = 64;
const LANGUAGE_RANGE = /^(?:\*|[a-z]{1,8}(?:[-_][a-z0-9]{1,8})*)$/i;
const QVALUE = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;

/**
 * Parses Accept-Language into entries with q > 0, ordered by q (descending), ties kept in header order.
 * Entries with a malformed range or q-value are dropped; q=0 means "not acceptable" and is dropped.
 */
export function parseAcceptLanguage(header: string | null | undefined): AcceptLanguageEntry[] {
  if (!header) return [];
  const entries: (AcceptLanguageEntry & { index: number })[] = [];
  const parts = header.slice(0, MAX_HEADER_LENGTH).split(',');
  for (let index = 0; index < parts.length && index < MAX_ENTRIES; index++) {
    const [rawTag, ...params] = parts[index].split(';');
    const tag = rawTag.trim();
    if (!LANGUAGE_RANGE.test(tag)) continue;
    let q = 1;
    let valid = true;
    for (const param of params) {
      const trimmed = param.trim();
      if (!/^q=/i.test(trimmed)) continue;
      const match = QVALUE.exec(trimmed);
      if (match) q = Number(match[1]);
      else valid = false;
    }
    if (valid && q > 0) entries.push({ tag, q, index });
  }
  entries.sort((a, b) => b.q - a.q || a.index - b.index);
  return entries.map(({ tag, q }) => ({ tag, q }));
}

export interface NegotiationInput {
  /** The `?locale=` query value, if any. */
  locale?: string | null;
  /** The raw `Accept-Language` header, if any. */
  acceptLanguage?: string | null;
}

export interface NegotiatedLocale {
  /** zh-Hans, zh-Hant, zh-Hant-HK, or an explicit non-Chinese locale passed through (e.g. `en`). */
  locale: string;
  /** The variant to convert into, or null to serve the stored text untouched. */
  variant: Variant | null;
  source: 'query' | 'header' | 'default';
}

function served(locale: ServedLocale, source: NegotiatedLocale['source']): NegotiatedLocale {
  return { locale, variant: isVariant(locale) ? locale : null, source };
}

/**
 * Chooses the locale of a content API response.
 * 1. An explicit `?locale=` wins. Chinese tags are normalised (`zh-TW` → zh-Hant, `zh-MO` → zh-Hant-HK,
 *    `zh-CN` → zh-Hans); any other value (`en`, `*`) is passed through untouched with no variant, so
 *    Strapi's own i18n handles it.
 * 2. Otherwise the Accept-Language entry with the highest q that we can serve: a Chinese tag, or `*`
 *    (anything is fine → the stored simplified text). Non-Chinese entries are skipped since the site has
 *    only Chinese content.
 * 3. Otherwise zh-Hans.
 */
export function negotiateVariant(input: NegotiationInput): NegotiatedLocale {
  const explicit = typeof input.locale === 'string' ? input.locale.trim() : '';
  if (explicit !== '') {
    const chinese = chineseLocaleFor(explicit);
    return chinese ? served(chinese, 'query') : { locale: explicit, variant: null, source: 'query' };
  }
  for (const { tag } of parseAcceptLanguage(input.acceptLanguage)) {
    if (tag === '*') return served(SOURCE_LOCALE, 'header');
    const chinese = chineseLocaleFor(tag);
    if (chinese) return served(chinese, 'header');
  }
  return served(SOURCE_LOCALE, 'default');
}

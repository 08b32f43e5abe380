/**
 * Domain core of the chinese-variants plugin: simplified → traditional output of content API responses.
 * No Strapi imports; the plugin's services and middlewares wire these in.
 */
export {
  SOURCE_LOCALE,
  VARIANTS,
  VARIANT_LOCALES,
  chineseLocaleFor,
  isVariant,
  negotiateVariant,
  parseAcceptLanguage,
  type AcceptLanguageEntry,
  type NegotiatedLocale,
  type NegotiationInput,
  type ServedLocale,
  type SourceLocale,
  type Variant,
} from './variants';
export {
  ChineseConverter,
  DEFAULT_CACHE_MAX_BYTES,
  builtOpenccConverterCount,
  type CacheStats,
  type ChineseConverterOptions,
} from './converter';
export {
  MAX_PHRASE_LENGTH,
  PhraseTable,
  compileOverrides,
  encodeMarkupText,
  mergePhraseOverrides,
  phraseOverrideSchema,
  validatePhraseOverride,
  validatePhraseOverrides,
  type CompiledOverrides,
  type PhraseOverride,
} from './phrase-overrides';
export { HTML_SKIPPED_ELEMENTS, HTML_TEXT_ATTRIBUTES, convertHtml } from './html';
export { convertMarkdown, convertRichText, looksLikeHtml } from './markdown';
export { convertBlocks, type BlocksNode, type BlocksTextNode } from './blocks';
export {
  PLUGIN_ID,
  UPLOAD_FILE_UID,
  conversionOf,
  convertEntity,
  textAttributeNames,
  type AttributeConversion,
  type AttributeSchema,
  type ContentSchema,
  type EntityWalkContext,
} from './entity-walker';
export {
  DEFAULT_NON_TEXT_KEYS,
  convertLooseJson,
  convertMediaFile,
  type LooseJsonOptions,
} from './loose-json';
export { cloneData, isPlainObject } from './clone';
export { containsCjk, convertOutsideUrls, looksLikeIdentifierString } from './text-guards';
export { convertRun } from './text-runs';
export { DomainValidationError } from '@gov-portal/kit/domain';
export {
  BUILT_IN_PHRASE_OVERRIDES,
  type BuiltInOverrideKind,
  type BuiltInPhraseOverride,
} from '../data/overrides';
export { convertFilters, type FilterConversionContext } from './filters';
export {
  convertResponseBody,
  identifyContentType,
  type ContentTypeShape,
  type ResponseConversionContext,
} from './response';
export { isNonTextKey, looksLikeUploadFile } from './loose-json';

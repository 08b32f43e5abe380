import type { Core } from '@strapi/strapi';
import { LRUCache } from 'lru-cache';
import {
  SOURCE_LOCALE,
  conversionOf,
  convertEntity,
  convertFilters,
  convertHtml,
  convertResponseBody,
  convertRichText,
  identifyContentType,
  isVariant,
  type AttributeSchema,
  type ContentSchema,
  type ContentTypeShape,
  type Variant,
} from '../domain';
import type { ChineseVariantsConfig } from '../config';
import { PLUGIN_ID } from '../utils/plugin-id';
import { getService } from '../utils/get-service';

type Model = ContentSchema & {
  uid: string;
  modelType?: string;
  pluginOptions?: { i18n?: { localized?: boolean } };
};
type Entry = Record<string, unknown>;

export interface RouteInfo {
  handler?: unknown;
  info?: { pluginName?: string; apiName?: string };
  config?: Record<string, unknown>;
}

export interface ResponseConversion {
  body: unknown;
  /** Documents served converted from zh-Hans. */
  converted: number;
  /** Documents served from a stored, human-edited entry in the variant's locale. */
  stored: number;
}

// Rich text values shorter than this are converted directly (parsing them costs less than hashing).
const MEMO_MIN_LENGTH = 256;
const CDATA = /(<!\[CDATA\[[\s\S]*?\]\]>)/;

/**
 * The conversion API of the plugin, used by its content-API middleware and by other plugins for bodies
 * that are not JSON (RSS/Atom feeds, sitemaps, exports):
 * `strapi.plugin('chinese-variants').service('convert').convertXml(xml, 'zh-Hant')`.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const overrides = () => getService(strapi, 'overrides');
  const converter = () => overrides().converter();
  const routeContentTypes = new Map<string, string>();
  let shapes: ContentTypeShape[] | null = null;

  const memoBytes = Math.floor(
    (strapi.config.get(`plugin::${PLUGIN_ID}`) as ChineseVariantsConfig).cacheMaxBytes / 2,
  );
  const richTextMemo =
    memoBytes > 0
      ? new LRUCache<string, string>({
          maxSize: memoBytes,
          maxEntrySize: Math.max(1, Math.floor(memoBytes / 4)),
          sizeCalculation: (value, key) => (value.length + key.length) * 2 + 96,
        })
      : null;

  // `strapi.contentTypes` builds a new object on every read; the set is fixed once the app has booted (this
  // service is only called by requests and by other plugins' bootstrap/runtime code).
  let modelsCache: Record<string, Model> | null = null;
  const models = () => (modelsCache ??= strapi.contentTypes as unknown as Record<string, Model>);
  const getSchema = (uid: string): ContentSchema | null =>
    (strapi.getModel(uid as never) as Model | undefined) ?? null;

  const contentTypeShapes = (): ContentTypeShape[] => {
    shapes ??= Object.values(models())
      .filter((model) => !model.uid.startsWith('admin::') && !model.uid.startsWith('strapi::'))
      .map((model) => ({ uid: model.uid, attributes: new Set(Object.keys(model.attributes)) }));
    return shapes;
  };

  const localized = new Map<string, boolean>();
  const isLocalized = (uid: string) => {
    let known = localized.get(uid);
    if (known === undefined) {
      known = models()[uid]?.pluginOptions?.i18n?.localized === true;
      localized.set(uid, known);
    }
    return known;
  };

  const localizedTextAttributes = (uid: string): string[] =>
    Object.entries(getSchema(uid)?.attributes ?? {})
      .filter(([, attribute]) => {
        const localized = (
          attribute as AttributeSchema & { pluginOptions?: { i18n?: { localized?: boolean } } }
        ).pluginOptions?.i18n?.localized;
        return localized !== false && ['text', 'richtext', 'blocks'].includes(conversionOf(attribute));
      })
      .map(([name]) => name);

  const maskedFields = (uid: string): { has(field: string): boolean } | undefined => {
    const publicApi = strapi.plugin('gov-core')?.service('public-api') as
      | { maskedOf?: (uid: string) => { has(field: string): boolean } | undefined }
      | undefined;
    return publicApi?.maskedOf?.(uid);
  };

  const service = {
    convertText(text: string, variant: Variant): string {
      return converter().toVariant(text, variant);
    },

    toSimplified(text: string, variant: Variant): string {
      return converter().toSimplified(text, variant);
    },

    /** Markdown or HTML (rich text): only the text, never tags, attributes, URLs or code. Memoised. */
    convertRichText(value: string, variant: Variant): string {
      const convertText = converter().markupConverter(variant);
      if (!richTextMemo || value.length < MEMO_MIN_LENGTH) return convertRichText(value, convertText);
      // The value is its own key (no digest to compute, no collisions); the entry's size counts it.
      const key = `${variant}\u0000${converter().overridesVersion}\u0000${value}`;
      let result = richTextMemo.get(key);
      if (result === undefined) {
        result = convertRichText(value, convertText);
        richTextMemo.set(key, result);
      }
      return result;
    },

    convertHtml(html: string, variant: Variant): string {
      return convertHtml(html, converter().markupConverter(variant));
    },

    /** XML (RSS, Atom, sitemaps): text nodes and CDATA contents (as HTML); tags and attributes untouched. */
    convertXml(xml: string, variant: Variant): string {
      const convertText = converter().markupConverter(variant);
      return xml
        .split(CDATA)
        .map((part, i) =>
          i % 2 === 1
            ? `<![CDATA[${convertHtml(part.slice(9, -3), convertText)}]]>`
            : convertHtml(part, convertText),
        )
        .join('');
    },

    /** A converted copy of a document (or a list) of content type `uid`, by its schema. */
    convertEntity<T>(value: T, uid: string, variant: Variant): T {
      return convertEntity(value, uid, {
        getSchema,
        convertText: converter().textConverter(variant),
        convertRichText: (text) => service.convertRichText(text, variant),
      });
    },

    /** `filters` written in traditional characters → simplified (text attributes only when `uid` is known). */
    convertFilters(filters: unknown, uid: string | null, variant: Variant): unknown {
      return convertFilters(filters, uid, {
        getSchema,
        toSimplified: (text) => service.toSimplified(text, variant),
      });
    },

    /**
     * Lets a plugin name the content type of a custom route's `data` (otherwise recognised by its keys):
     * `registerRoute({ plugin: 'gov-core', handler: 'content.articles', contentType: 'plugin::gov-core.article' })`.
     */
    registerRoute({
      plugin,
      api,
      handler,
      contentType,
    }: {
      plugin?: string;
      api?: string;
      handler: string;
      contentType: string;
    }) {
      routeContentTypes.set(`${plugin ?? `api::${api ?? ''}`}:${handler}`, contentType);
    },

    /** The content type a route serves: registered, or the `<uid>.<action>` handler of a core router. */
    contentTypeOfRoute(route: RouteInfo | undefined): string | null {
      // A route of the column platform's route factory names its content type (gov-core public-api).
      const column = route?.config?.column as { uid?: unknown } | undefined;
      if (typeof column?.uid === 'string' && models()[column.uid]) return column.uid;
      if (!route || typeof route.handler !== 'string') return null;
      const owner = route.info?.pluginName ?? `api::${route.info?.apiName ?? ''}`;
      const registered = routeContentTypes.get(`${owner}:${route.handler}`);
      if (registered) return registered;
      const uid = route.handler.slice(0, route.handler.lastIndexOf('.'));
      if (models()[uid]) return uid;
      // Core routers of a plugin's own types name the handler `<singularName>.<action>`.
      if (route.info?.pluginName) {
        const pluginUid = `plugin::${route.info.pluginName}.${uid}`;
        if (models()[pluginUid]) return pluginUid;
      }
      return null;
    },

    /**
     * Converts a JSON response body. Documents of localized types that have a stored entry in the
     * variant's locale (human-edited) get that entry's text, untouched; the others are converted and carry
     * `locale: <variant>` and `convertedFrom: 'zh-Hans'`.
     */
    async convertResponse(
      body: unknown,
      {
        variant,
        hintUid,
        status = 'published',
      }: { variant: Variant; hintUid: string | null; status?: 'draft' | 'published' },
    ): Promise<ResponseConversion> {
      const documents: { uid: string; original: Entry; converted: Entry }[] = [];
      const allShapes = contentTypeShapes();
      const converted = convertResponseBody(body, hintUid, {
        getSchema,
        identify: (entry, hint) => identifyContentType(entry, allShapes, hint),
        convertText: converter().textConverter(variant),
        convertRichText: (text) => service.convertRichText(text, variant),
        // The middleware replaces ctx.body with the result: no need to copy what is not converted.
        shareUnchanged: true,
        onEntity(uid, original, copy) {
          if (original.locale !== SOURCE_LOCALE) return;
          copy.locale = variant;
          copy.convertedFrom = SOURCE_LOCALE;
          if (typeof original.documentId === 'string' && isLocalized(uid))
            documents.push({ uid, original, converted: copy });
        },
      });

      let stored = 0;
      const byUid = new Map<string, typeof documents>();
      for (const document of documents)
        byUid.set(document.uid, [...(byUid.get(document.uid) ?? []), document]);
      for (const [uid, list] of byUid) {
        if (!(await overrides().hasStoredEntries(uid, variant, status))) continue;
        // A field the public API masks (gov-core `api.mask`) keeps its masked value: the stored entry's text
        // would put the real one back.
        const masked = maskedFields(uid);
        const fields = localizedTextAttributes(uid).filter((field) => !masked?.has(field));
        // One plain query per content type (the document service's middlewares add nothing here).
        const found = (await strapi.db.query(uid as never).findMany({
          select: ['documentId', ...fields],
          where: {
            documentId: { $in: [...new Set(list.map((d) => d.original.documentId as string))] },
            locale: variant,
            publishedAt: status === 'published' ? { $notNull: true } : { $null: true },
          },
        })) as Entry[];
        const byDocumentId = new Map(found.map((entry) => [entry.documentId as string, entry]));
        for (const document of list) {
          const human = byDocumentId.get(document.original.documentId as string);
          if (!human) continue;
          for (const field of fields) {
            if (Object.prototype.hasOwnProperty.call(document.original, field))
              document.converted[field] = human[field];
          }
          document.converted.locale = variant;
          delete document.converted.convertedFrom;
          stored++;
        }
      }
      return { body: converted, converted: documents.length - stored, stored };
    },

    isVariant,
  };
  return service;
};

import type { Core } from '@strapi/strapi';
import {
  PROFILE_LABELS,
  attachmentTypeOf,
  blocksToHtml,
  elementsIn,
  parseHtml,
  toElderHtml,
  toPlainText,
} from '../domain';
import type { ProfileLabels } from '../domain';
import type { Profile } from '../schemas/check';
import type { AccessibilityConfig } from '../config';
import { PLUGIN_ID } from '../utils/plugin-id';

const UPLOAD_FILE = 'plugin::upload.file';
/** Upload formats, largest first: `xlarge` (1200 px, config/plugins.ts) is the 适老版 rendition. */
const LARGE_FORMATS = ['xlarge', 'large'];
const LOOKS_LIKE_HTML = /<[a-zA-Z!/]/;

type Json = unknown;

export interface UploadRow {
  url: string;
  size: number | null;
  width: number | null;
  formats: Record<string, { url: string; width?: number }> | null;
}

/**
 * The 适老版 (`?profile=elder`) and 纯文本 (`?profile=plain`) renderings of content-API responses. Which
 * values are rich text is known from the schemas: any attribute named like a `richtext` or `blocks`
 * attribute of a content type or component.
 *
 * A key never switches from HTML to text: `?profile=plain` leaves every rich-text value as it is (HTML stays
 * HTML, escaped text stays escaped) and serves its plain text beside it under its own key, `<name>Text`
 * (`body` → `bodyText`; `<name>PlainText` if some schema already has an attribute `<name>Text`). That text is
 * data: a front end inserts it as text (`textContent`), never as HTML.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let fieldKinds: Map<string, 'richtext' | 'blocks'> | null = null;
  let textKeys: Map<string, string> | null = null;
  const kinds = () => {
    if (fieldKinds) return fieldKinds;
    fieldKinds = new Map();
    const models = [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)] as any[];
    const names = new Set<string>();
    for (const model of models) {
      for (const [name, attr] of Object.entries<any>(model.attributes ?? {})) {
        names.add(name);
        if (attr.type === 'richtext' || attr.type === 'blocks') fieldKinds.set(name, attr.type);
      }
    }
    textKeys = new Map();
    for (const name of fieldKinds.keys()) {
      let key = `${name}Text`;
      for (let n = 0; names.has(key) || fieldKinds.has(key); n++) key = `${name}PlainText${n || ''}`;
      textKeys.set(name, key);
    }
    return fieldKinds;
  };
  /** The key that holds the plain text of rich-text attribute `name` under `?profile=plain`. */
  const textKeyOf = (name: string): string => {
    kinds();
    return textKeys?.get(name) ?? `${name}Text`;
  };

  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as AccessibilityConfig;
  const internalHosts = () => {
    const hosts = [...config().internalHosts];
    const publicUrl = strapi.config.get('server.url') as string | undefined;
    if (publicUrl && /^https?:\/\//.test(publicUrl)) hosts.push(new URL(publicUrl).hostname);
    return hosts;
  };

  /** Every rich-text value of a body, with a setter to replace it. */
  const richValues = (body: Json) => {
    const found: {
      kind: 'richtext' | 'blocks';
      value: unknown;
      set: (v: unknown) => void;
      setText: (text: string) => void;
    }[] = [];
    const seen = new Set<unknown>();
    const visit = (node: Json) => {
      if (!node || typeof node !== 'object' || seen.has(node)) return;
      seen.add(node);
      if (Array.isArray(node)) {
        node.forEach(visit);
        return;
      }
      const record = node as Record<string, unknown>;
      for (const [key, value] of Object.entries(record)) {
        const kind = kinds().get(key);
        const entry = {
          value,
          set: (v: unknown) => (record[key] = v),
          setText: (text: string) => (record[textKeyOf(key)] = text),
        };
        if (kind === 'richtext' && typeof value === 'string') {
          found.push({ kind, ...entry });
        } else if (
          kind === 'blocks' &&
          Array.isArray(value) &&
          value.some((b) => b && typeof b === 'object' && 'type' in b)
        ) {
          found.push({ kind, ...entry });
        } else {
          visit(value);
        }
      }
    };
    visit(body);
    return found;
  };

  /** Media-library facts for the images and attachments the HTML links to, in one query. */
  const uploadsFor = async (htmls: string[]): Promise<Map<string, UploadRow>> => {
    const urls = new Set<string>();
    for (const html of htmls) {
      for (const el of elementsIn(parseHtml(html))) {
        if (el.name === 'img' && el.attribs.src) urls.add(el.attribs.src);
        if (el.name === 'a' && el.attribs.href && attachmentTypeOf(el.attribs.href))
          urls.add(el.attribs.href);
      }
    }
    if (!urls.size) return new Map();
    const rows = (await strapi.db.query(UPLOAD_FILE as never).findMany({
      where: { url: { $in: [...urls] } },
      select: ['url', 'size', 'width', 'formats'],
    })) as UploadRow[];
    return new Map(rows.map((r) => [r.url, r]));
  };

  return {
    labelsFor(contentLanguage: string | undefined): ProfileLabels {
      return /^zh-Hant/i.test(contentLanguage ?? '') ? PROFILE_LABELS['zh-Hant'] : PROFILE_LABELS['zh-Hans'];
    },

    /** The URL of the largest rendition of an uploaded image (the original when it is small). */
    largeVariant(file: UploadRow): string | undefined {
      for (const name of LARGE_FORMATS) {
        const format = file.formats?.[name];
        if (format?.url) return format.url;
      }
      return undefined;
    },

    textKeyOf,

    /**
     * Rewrites every rich-text value in a response body in place (elder), or adds the plain text of each
     * beside it (plain), and returns the body.
     */
    async apply(body: Json, profile: Profile, labels: ProfileLabels): Promise<Json> {
      const values = richValues(body);
      if (!values.length) return body;
      if (profile === 'plain') {
        for (const v of values) {
          const html = v.kind === 'blocks' ? blocksToHtml(v.value) : (v.value as string);
          // Markdown (or plain) rich text is already text.
          v.setText(v.kind === 'blocks' || LOOKS_LIKE_HTML.test(html) ? toPlainText(html, labels) : html);
        }
        return body;
      }
      const html = (v: (typeof values)[number]) =>
        v.kind === 'richtext' && LOOKS_LIKE_HTML.test(v.value as string);
      const htmls = values.filter(html).map((v) => v.value as string);
      const uploads = await uploadsFor(htmls);
      const options = {
        labels,
        internalHosts: internalHosts(),
        imageVariant: (src: string) => {
          const file = uploads.get(src);
          return file ? this.largeVariant(file) : undefined;
        },
        sizeOf: (href: string) => {
          const size = uploads.get(href)?.size;
          // Strapi stores sizes in KB.
          return typeof size === 'number' ? Math.round(size * 1024) : undefined;
        },
      };
      for (const v of values) if (html(v)) v.set(toElderHtml(v.value as string, options));
      return body;
    },
  };
};

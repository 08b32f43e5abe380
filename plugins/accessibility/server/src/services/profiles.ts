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
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let fieldKinds: Map<string, 'richtext' | 'blocks'> | null = null;
  const kinds = () => {
    if (fieldKinds) return fieldKinds;
    fieldKinds = new Map();
    const models = [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)] as any[];
    for (const model of models) {
      for (const [name, attr] of Object.entries<any>(model.attributes ?? {})) {
        if (attr.type === 'richtext' || attr.type === 'blocks') fieldKinds.set(name, attr.type);
      }
    }
    return fieldKinds;
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
    const found: { kind: 'richtext' | 'blocks'; value: unknown; set: (v: unknown) => void }[] = [];
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
        if (kind === 'richtext' && typeof value === 'string' && LOOKS_LIKE_HTML.test(value)) {
          found.push({ kind, value, set: (v) => (record[key] = v) });
        } else if (
          kind === 'blocks' &&
          Array.isArray(value) &&
          value.some((b) => b && typeof b === 'object' && 'type' in b)
        ) {
          found.push({ kind, value, set: (v) => (record[key] = v) });
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

    /** Rewrites every rich-text value in a response body in place and returns it. */
    async apply(body: Json, profile: Profile, labels: ProfileLabels): Promise<Json> {
      const values = richValues(body);
      if (!values.length) return body;
      if (profile === 'plain') {
        for (const v of values) {
          v.set(toPlainText(v.kind === 'blocks' ? blocksToHtml(v.value) : (v.value as string), labels));
        }
        return body;
      }
      const htmls = values.filter((v) => v.kind === 'richtext').map((v) => v.value as string);
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
      for (const v of values) if (v.kind === 'richtext') v.set(toElderHtml(v.value as string, options));
      return body;
    },
  };
};

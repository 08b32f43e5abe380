import type { Core } from '@strapi/strapi';
import { blocksToHtml, checkHtml, checkMedia } from '../domain';
import type { MediaFile, Violation } from '../domain';
import type { AccessibilityConfig } from '../config';
import { DomainValidationError, fieldErrors } from '@gov-portal/kit';
import { PLUGIN_ID } from '../utils/plugin-id';

type Attributes = Record<string, { type: string; component?: string; repeatable?: boolean }>;

/** A violation in one locale of a document. */
export type LocatedViolation = Violation & { locale?: string | null };

const MAX_DEPTH = 4;

/**
 * The content checker over a content type's schema: every `richtext` (HTML) and `blocks` field and every
 * media field, inside components and dynamic zones too. Field names are dotted paths (`sections.0.body`).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as AccessibilityConfig;
  const attributesOf = (uid: string): Attributes =>
    ((strapi.getModel(uid as never) as any)?.attributes ?? {}) as Attributes;

  const checkValue = (type: string, value: unknown, field: string): Violation[] => {
    const opts = { field, headingBaseLevel: config().headingBaseLevel };
    try {
      if (type === 'richtext') return typeof value === 'string' ? checkHtml(value, opts) : [];
      if (type === 'blocks') return Array.isArray(value) ? checkHtml(blocksToHtml(value), opts) : [];
    } catch (e) {
      if (e instanceof DomainValidationError)
        throw fieldErrors([{ field, message: e.message, rule: e.rule }]);
      throw e;
    }
    if (type === 'media') return checkMedia(value as MediaFile | MediaFile[] | null, field);
    return [];
  };

  const walk = (uid: string, entry: any, prefix: string, depth: number): Violation[] => {
    if (!entry || typeof entry !== 'object' || depth > MAX_DEPTH) return [];
    const out: Violation[] = [];
    for (const [name, attr] of Object.entries(attributesOf(uid))) {
      const value = entry[name];
      if (value === undefined || value === null) continue;
      const field = `${prefix}${name}`;
      if (attr.type === 'component' && attr.component) {
        const items: unknown[] = attr.repeatable && Array.isArray(value) ? value : [value];
        items.forEach((item, i) =>
          out.push(
            ...walk(attr.component!, item, attr.repeatable ? `${field}.${i}.` : `${field}.`, depth + 1),
          ),
        );
      } else if (attr.type === 'dynamiczone' && Array.isArray(value)) {
        value.forEach((item: any, i: number) => {
          if (item?.__component) out.push(...walk(item.__component, item, `${field}.${i}.`, depth + 1));
        });
      } else {
        out.push(...checkValue(attr.type, value, field));
      }
    }
    return out;
  };

  /** `populate` for the query engine: media fields, components (with their media), dynamic zones. */
  const populateOf = (uid: string, depth = 0): Record<string, unknown> => {
    const populate: Record<string, unknown> = {};
    for (const [name, attr] of Object.entries(attributesOf(uid))) {
      if (attr.type === 'media' || attr.type === 'dynamiczone') populate[name] = true;
      else if (attr.type === 'component' && attr.component && depth < MAX_DEPTH) {
        const inner = populateOf(attr.component, depth + 1);
        populate[name] = Object.keys(inner).length ? { populate: inner } : true;
      }
    }
    return populate;
  };

  const isLocalized = (uid: string) =>
    (strapi.getModel(uid as never) as any)?.pluginOptions?.i18n?.localized === true;

  return {
    /** Whether a content type has anything to check. */
    hasCheckedFields(uid: string): boolean {
      return Object.values(attributesOf(uid)).some((a) =>
        ['richtext', 'blocks', 'media', 'component', 'dynamiczone'].includes(a.type),
      );
    },

    /** Violations of one entry (as the query engine returns it, media populated). */
    checkEntry(uid: string, entry: unknown): Violation[] {
      return walk(uid, entry, '', 0);
    },

    /** Violations of the fields a write sends (unpopulated media ids are not judged here). */
    checkWriteData(uid: string, data: Record<string, unknown>): Violation[] {
      const out: Violation[] = [];
      for (const [name, attr] of Object.entries(attributesOf(uid))) {
        if (attr.type === 'richtext' || attr.type === 'blocks')
          out.push(...checkValue(attr.type, data[name], name));
      }
      return out;
    },

    /**
     * Violations of the draft versions of a document: one locale, every locale (`*`), or — when `locale` is
     * not given — the default locale of a localized type.
     */
    async checkDrafts(
      uid: string,
      documentId: string,
      locale?: string | null,
    ): Promise<LocatedViolation[] | null> {
      let where: Record<string, unknown> = { documentId, publishedAt: null };
      if (isLocalized(uid) && locale !== '*') {
        const code = locale || (await strapi.plugin('i18n').service('locales').getDefaultLocale());
        where = { ...where, locale: code };
      }
      const drafts = await strapi.db
        .query(uid as never)
        .findMany({ where, populate: populateOf(uid) as never });
      if (!drafts.length) return null;
      return drafts.flatMap((d: any) =>
        this.checkEntry(uid, d).map((v) => ({ ...v, ...(d.locale ? { locale: d.locale } : {}) })),
      );
    },
  };
};

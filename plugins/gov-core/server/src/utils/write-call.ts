import type { Core } from '@strapi/strapi';

/** The source locale of localized types: a write without a locale acts on it. */
export const SOURCE_LOCALE = 'zh-Hans';

/** The locale a write acts on: null for types that are not localized; the source locale when none is given. */
export const localeOf = (strapi: Core.Strapi, uid: string, locale: unknown): string | null => {
  const localized = (strapi.getModel(uid as never) as any)?.pluginOptions?.i18n?.localized === true;
  if (!localized) return null;
  return typeof locale === 'string' && locale !== '*' ? locale : SOURCE_LOCALE;
};

type Row = Record<string, any>;

/** What the pipeline knows of one document-service call, shared by its stages (keyed by the call's context). */
interface WriteCall {
  /** The stored draft the write starts from (loaded once, every relation as `{ documentId }`), or null. */
  before: Row | null;
}

const calls = new WeakMap<object, WriteCall>();

export const beginCall = (ctx: object, call: WriteCall) => {
  calls.set(ctx, call);
};

export const callOf = (ctx: object): WriteCall | undefined => calls.get(ctx);

/** The stored draft the pipeline loaded for this call, or `load()` outside the pipeline. */
export const storedBefore = async (ctx: object, load: () => Promise<Row | null>): Promise<Row | null> => {
  const call = calls.get(ctx);
  return call ? call.before : load();
};

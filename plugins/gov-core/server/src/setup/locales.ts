import type { Core } from '@strapi/strapi';

/** zh-Hans is where editors write; zh-Hant holds human-edited 繁体 versions. */
export const PORTAL_LOCALES = [
  { code: 'zh-Hans', name: '简体中文 (zh-Hans)' },
  { code: 'zh-Hant', name: '繁體中文 (zh-Hant)' },
] as const;
export const DEFAULT_LOCALE = 'zh-Hans';
const FACTORY_LOCALE = 'en';
const SETUP_KEY = 'locales-initialised';

/**
 * Idempotent. On the first run it also makes zh-Hans the default and removes Strapi's factory `en`
 * locale (it holds no content yet); later runs respect a webmaster's own locale choices.
 */
export const ensurePortalLocales = async (strapi: Core.Strapi) => {
  const locales = strapi.plugin('i18n').service('locales');
  const store = strapi.store({ type: 'plugin', name: 'gov-core' });

  for (const locale of PORTAL_LOCALES) {
    if (!(await locales.findByCode(locale.code))) await locales.create({ ...locale });
  }
  if (await store.get({ key: SETUP_KEY })) return;

  await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
  const factory = await locales.findByCode(FACTORY_LOCALE);
  if (factory) await locales.delete({ id: factory.id });
  await store.set({ key: SETUP_KEY, value: true });
};

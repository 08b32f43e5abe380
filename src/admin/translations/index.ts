import admin from './zh-Hans/admin.json';
import contentManager from './zh-Hans/content-manager.json';
import contentReleases from './zh-Hans/content-releases.json';
import contentTypeBuilder from './zh-Hans/content-type-builder.json';
import email from './zh-Hans/email.json';
import i18n from './zh-Hans/i18n.json';
import reviewWorkflows from './zh-Hans/review-workflows.json';
import upload from './zh-Hans/upload.json';
import usersPermissions from './zh-Hans/users-permissions.json';
import accessibility from './zh-Hans/accessibility.json';
import chineseVariants from './zh-Hans/chinese-variants.json';
import govCore from './zh-Hans/gov-core.json';
import notInEn from './zh-Hans.not-in-en.json';

type Messages = Record<string, string>;

/**
 * 简体中文 for every admin package the app ships, one data file per package (zh-Hans/<package>.json) holding
 * exactly that package's `en` keys (tests/unit/admin-translations.test.ts keeps them equal).
 *
 * `prefix` is how Strapi 5.54 names the package's messages once loaded: the admin's own catalogue is global
 * (StrapiApp.loadAdminTrads), a plugin's registerTrads passes its catalogue through
 * prefixPluginTranslations(data, pluginId), so `actions.clone.label` is `content-manager.actions.clone.label`.
 * Our plugins' ids are their `id:` values in plugins/<id>/admin/src without the `<id>.` prefix.
 */
export const ZH_HANS_CATALOGUES: Record<string, { prefix: string; messages: Messages }> = {
  admin: { prefix: '', messages: admin },
  'content-manager': { prefix: 'content-manager', messages: contentManager },
  'content-releases': { prefix: 'content-releases', messages: contentReleases },
  'content-type-builder': { prefix: 'content-type-builder', messages: contentTypeBuilder },
  email: { prefix: 'email', messages: email },
  i18n: { prefix: 'i18n', messages: i18n },
  'review-workflows': { prefix: 'review-workflows', messages: reviewWorkflows },
  upload: { prefix: 'upload', messages: upload },
  'users-permissions': { prefix: 'users-permissions', messages: usersPermissions },
  accessibility: { prefix: 'accessibility', messages: accessibility },
  'chinese-variants': { prefix: 'chinese-variants', messages: chineseVariants },
  'gov-core': { prefix: 'gov-core', messages: govCore },
};

/**
 * Message ids Strapi 5.54's admin code uses (with an English defaultMessage) that no `en` catalogue has, by their
 * full id: a bare `cancel`, `upload.modal.folder.create.title`, … Strapi's LanguageProvider falls back to `en` for a
 * key only zh-Hans lacks, so these are the ids that show English and log MISSING_TRANSLATION in every locale.
 */
export const ZH_HANS_NOT_IN_EN: Messages = notInEn;

/**
 * The flat zh-Hans messages for `config.translations['zh-Hans']`. StrapiApp.loadTrads spreads them last, over
 * Strapi's own zh-Hans catalogues (admin, then each plugin's registerTrads), so every key here wins.
 */
export const zhHansMessages = (): Messages =>
  Object.assign(
    {},
    ZH_HANS_NOT_IN_EN,
    ...Object.values(ZH_HANS_CATALOGUES).map(({ prefix, messages }) =>
      prefix
        ? Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${prefix}.${key}`, value]))
        : messages,
    ),
  );

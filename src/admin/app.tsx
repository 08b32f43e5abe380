import type { StrapiApp } from '@strapi/strapi/admin';
import { applyFirstVisitDefaults } from './first-visit';
import { zhHansMessages } from './translations';

/** The portal's names over Strapi's own (the login page and the menu's brand). */
const BRANDING = {
  'Auth.form.welcome.title': '欢迎使用政府门户网站内容管理系统',
  'Auth.form.welcome.subtitle': '登录您的账户',
  'app.components.LeftMenu.navbrand.title': '政府门户网站',
  'app.components.LeftMenu.navbrand.workplace': '网站管理',
};

export default {
  config: {
    // 简体中文 besides English (StrapiApp.createCustomConfigurations keeps 'en' first); the login page starts in
    // zh-Hans through applyFirstVisitDefaults below, new admins get it as preferedLanguage (gov-core admin-language).
    locales: ['zh-Hans'],
    // The complete zh-Hans catalogues (src/admin/translations), merged over Strapi's own by StrapiApp.loadTrads.
    translations: { 'zh-Hans': { ...zhHansMessages(), ...BRANDING } },
    // No release notification: AuthenticatedLayout fetches api.github.com/repos/strapi/strapi/releases/latest and
    // badges "a new version is available" only when this is true (Providers → showReleaseNotification).
    notifications: { releases: false },
    // Strapi Cloud and paid-plan prompts are off on the server side: config/admin.ts `flags.promoteEE: false`
    // (the purchase pages for SSO, audit logs, content history, releases, review workflows) and `flags.nps: false`
    // (the satisfaction survey); the Cloud deploy widget and menu link exist only with the strapi-cloud plugin,
    // which this app does not install.
  },
  register(_app: StrapiApp) {
    // Runs before StrapiApp.render() reads the stored language: 简体中文 on the login page, no guided tour and no
    // "new Media Library" banner on a browser's first visit (see first-visit.ts; 5.54 has no flags for these).
    applyFirstVisitDefaults(window.localStorage);
  },
  bootstrap(_app: StrapiApp) {},
};

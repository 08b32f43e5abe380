import type { StrapiApp } from '@strapi/strapi/admin';
import { zhHansMessages } from './translations';

/** The portal's names over Strapi's own (the login page and the menu's brand). */
const BRANDING = {
  'Auth.form.welcome.title': '欢迎使用政府门户网站内容管理系统',
  'Auth.form.welcome.subtitle': '登录您的账户',
  'app.components.LeftMenu.navbrand.title': '政府门户 CMS',
  'app.components.LeftMenu.navbrand.workplace': '网站管理',
};

export default {
  config: {
    // The admin UI offers 简体中文 besides English; new admins get zh-Hans (see gov-core admin-language).
    locales: ['zh-Hans'],
    tutorials: false,
    notifications: { releases: false },
    // The complete zh-Hans catalogues (src/admin/translations), merged over Strapi's own by StrapiApp.loadTrads.
    translations: { 'zh-Hans': { ...zhHansMessages(), ...BRANDING } },
  },
  bootstrap(_app: StrapiApp) {},
};

import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // The admin UI offers 简体中文 besides English; new admins get zh-Hans (see gov-core admin-language).
    locales: ['zh-Hans'],
    tutorials: false,
    notifications: { releases: false },
    translations: {
      'zh-Hans': {
        'Auth.form.welcome.title': '欢迎使用政府门户网站内容管理系统',
        'Auth.form.welcome.subtitle': '登录您的账户',
        'app.components.LeftMenu.navbrand.title': '政府门户 CMS',
        'app.components.LeftMenu.navbrand.workplace': '网站管理',
      },
    },
  },
  bootstrap(_app: StrapiApp) {},
};

import type { SeedSet } from '../types';

/** Documented development defaults; override with DEMO_ADMIN_EMAIL / DEMO_ADMIN_PASSWORD. */
export const DEMO_ADMIN_DEFAULTS = { email: 'webmaster@daoxian.example', password: 'Daoxian-Demo-2017' };

export const demoAdminCredentials = () => ({
  email: process.env.DEMO_ADMIN_EMAIL || DEMO_ADMIN_DEFAULTS.email,
  password: process.env.DEMO_ADMIN_PASSWORD || DEMO_ADMIN_DEFAULTS.password,
});

interface DemoAdmin {
  email: string;
  password: string;
}

/** A super admin for the demo. Never seeded in production. */
export const demoAdminSet: SeedSet<DemoAdmin> = {
  name: 'demo admin',
  records: () => (process.env.NODE_ENV === 'production' ? [] : [demoAdminCredentials()]),
  label: (r) => r.email,
  async apply(strapi, { email, password }) {
    if (await strapi.db.query('admin::user').findOne({ where: { email: email.toLowerCase() } }))
      return 'existing';
    const role = await strapi.service('admin::role').getSuperAdmin();
    await strapi.service('admin::user').create({
      email,
      password,
      firstname: '网站',
      lastname: '管理员',
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
    return 'created';
  },
  count: (strapi) =>
    strapi.db.query('admin::user').count({ where: { email: demoAdminCredentials().email.toLowerCase() } }),
  async reset(strapi) {
    await strapi.db
      .query('admin::user')
      .deleteMany({ where: { email: demoAdminCredentials().email.toLowerCase() } });
  },
};

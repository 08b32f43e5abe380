import type { SeedSet } from '../types';

const LOCALES = [
  { code: 'zh-Hans', name: '简体中文 (zh-Hans)' },
  { code: 'zh-Hant', name: '繁體中文 (zh-Hant)' },
];

/** The portal's locales (also ensured at every boot by gov-core; seeded here so a reset restores them). */
export const localesSet: SeedSet<(typeof LOCALES)[number]> = {
  name: 'i18n locales',
  records: () => LOCALES,
  label: (r) => r.code,
  async apply(strapi, record) {
    const locales = strapi.plugin('i18n').service('locales');
    if (await locales.findByCode(record.code)) return 'existing';
    await locales.create({ ...record });
    return 'created';
  },
  count: (strapi) =>
    strapi.db.query('plugin::i18n.locale').count({ where: { code: { $in: LOCALES.map((l) => l.code) } } }),
};

/** A label in the two scripts every gov-core enumeration is shown in (Strapi i18n locale codes). */
export const LABEL_LOCALES = ['zh-Hans', 'zh-Hant'] as const;

export type LabelLocale = (typeof LABEL_LOCALES)[number];

export type Label = Readonly<Record<LabelLocale, string>>;

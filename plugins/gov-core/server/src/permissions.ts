/**
 * Content-API actions that the public (anonymous) role may call: `<controller>.<action>` within gov-core,
 * or a full action UID of another plugin. Declared as data and granted by the public-access sync;
 * nothing else is granted to the public.
 */
export const PUBLIC_ACTIONS = [
  'info.index',
  // The locale list feeds the 简体 | 繁体 switcher of every front end.
  'plugin::i18n.locales.listLocales',
] as const;

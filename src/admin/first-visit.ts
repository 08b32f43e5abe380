/**
 * What a browser gets on its first visit to the admin panel, before Strapi renders. Strapi 5.54 has no config
 * flag for these three, so they are written where Strapi itself keeps the choice (localStorage), and only when
 * the browser has not chosen yet: whatever an admin picks afterwards stays.
 */
export const FIRST_VISIT_DEFAULTS: Record<string, string> = {
  // The initial language. StrapiApp.render() reads only this key (`|| 'en'`, no browser-language detection) and
  // keeps it if it is one of config.locales; after login, Auth sets the user's preferedLanguage here.
  'strapi-admin-language': 'zh-Hans',
  // The guided tour (components/GuidedTour/Context: usePersistentState('STRAPI_GUIDED_TOUR')): `enabled: false`
  // is the state its "skip all tours" action stores; migrateTours fills in the tours. It is shown only under
  // NODE_ENV=development to the first super admin (Tours.tsx, Overview.tsx); `tutorials: false` is read nowhere
  // in 5.54. Profile → 新手引导 → 重置 brings it back.
  STRAPI_GUIDED_TOUR: JSON.stringify({ enabled: false }),
  // The "new Media Library" banner above every page (components/MediaLibraryBanner): its dismissal key is
  // STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_<useLegacyMediaLibrary>:<uuid>, and the uuid from /admin/init is
  // `false` because package.json sets strapi.telemetryDisabled (admin controller init()).
  'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_false:false': 'true',
  'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_true:false': 'true',
};

export const applyFirstVisitDefaults = (storage: Pick<Storage, 'getItem' | 'setItem'>) => {
  for (const [key, value] of Object.entries(FIRST_VISIT_DEFAULTS))
    if (storage.getItem(key) === null) storage.setItem(key, value);
};

export const PLUGIN_ID = 'ppp';

export const UID = {
  project: 'plugin::ppp.ppp-project',
  update: 'plugin::ppp.ppp-update',
} as const;

export const COMPONENT = { milestone: 'ppp.milestone' } as const;

/** gov-core's source locale: seeds, stats defaults and deadlines work on it. */
export const SOURCE_LOCALE = 'zh-Hans';

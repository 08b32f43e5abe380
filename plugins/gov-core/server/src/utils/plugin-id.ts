export const PLUGIN_ID = 'gov-core';

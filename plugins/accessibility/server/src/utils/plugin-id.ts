export const PLUGIN_ID = 'accessibility';

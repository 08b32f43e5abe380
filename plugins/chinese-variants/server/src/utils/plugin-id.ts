export const PLUGIN_ID = 'chinese-variants';
export const PHRASE_UID = 'plugin::chinese-variants.phrase';

import type { Core } from '@strapi/strapi';
import { registerDocumentRules } from './hooks/documents';

// Nothing is public: the content API of phrases is for API tokens; conversion applies to every plugin's
// routes through the middleware installed in bootstrap. The phrase rules join gov-core's write pipeline here
// (every plugin's rules are in place before any bootstrap writes).
export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerDocumentRules(strapi);
};

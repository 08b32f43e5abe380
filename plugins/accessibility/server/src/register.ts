import type { Core } from '@strapi/strapi';
import { registerContentChecks } from './hooks/content-checks';

// No content types and nothing public. The content checks join gov-core's write pipeline here (every plugin's
// rules are in place before any bootstrap writes); the profiles and the toolbar are wired in bootstrap.
export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerContentChecks(strapi);
};

import type { Core } from '@strapi/strapi';

// Nothing is public: the content API of phrases is for API tokens; conversion applies to every plugin's
// routes through the middleware installed in bootstrap.
export default (_: { strapi: Core.Strapi }) => {};

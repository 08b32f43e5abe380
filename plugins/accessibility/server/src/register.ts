import type { Core } from '@strapi/strapi';

// No content types and nothing public: the checks, the profiles and the toolbar are wired in bootstrap.
export default (_: { strapi: Core.Strapi }) => {};

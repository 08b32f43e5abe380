import path from 'node:path';
import { corsPolicy, STRAPI_CORS_GRANTS_NOTHING } from './lib/cors';

// CORS: Strapi requires `strapi::cors`; it grants nothing here and lib/cors.ts decides (credentials only for
// CORS_ORIGINS, public reads for any origin without credentials). A bad CORS_ORIGINS stops the start.
export default () => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  { name: 'strapi::cors', config: STRAPI_CORS_GRANTS_NOTHING },
  // An absolute path (dist/config/lib/cors.js): Strapi resolves a relative one from its own directory first.
  { resolve: path.join(__dirname, 'lib', 'cors'), config: corsPolicy() },
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

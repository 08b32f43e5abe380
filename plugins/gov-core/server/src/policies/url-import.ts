import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { URL_IMPORT_REFUSED } from '../setup/upload-hardening';

/** `plugin::gov-core.url-import`: the media library's import from URLs, off unless configured on. */
export default (_policyContext: unknown, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  if (strapi.config.get('plugin::gov-core.uploads.allowUrlImport') === true) return true;
  throw new errors.PolicyError(URL_IMPORT_REFUSED);
};

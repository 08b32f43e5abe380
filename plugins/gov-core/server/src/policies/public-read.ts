import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

type PolicyContext = {
  request?: { query?: Record<string, unknown> };
  state?: { route?: { config?: { publicRead?: { ownStatus?: boolean } } } };
};

/**
 * `plugin::gov-core.public-read`, put on every content-API GET route at register time (setup/public-read.ts):
 * a public request asks for published rows only, whatever route it reaches. A route whose own `status`
 * parameter means something else declares `config.publicRead.ownStatus` and checks it with its schema.
 */
export default (policyContext: PolicyContext, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const ownStatus = policyContext.state?.route?.config?.publicRead?.ownStatus === true;
  getService(strapi, 'public-read').assertQuery(policyContext.request?.query, { ownStatus });
  return true;
};

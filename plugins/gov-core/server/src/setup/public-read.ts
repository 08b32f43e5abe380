import type { Core } from '@strapi/strapi';

export const PUBLIC_READ_POLICY = 'plugin::gov-core.public-read';

type Route = { method?: string; config?: { policies?: unknown[]; [k: string]: unknown } };
type Router = { type?: string; routes?: Route[] };
type RouterInput = Router | ((args: { strapi: Core.Strapi }) => Router);

const READS = new Set(['GET', 'HEAD']);

const guard = (router: Router): Router => {
  if (router?.type !== 'content-api') return router;
  for (const route of router.routes ?? []) {
    if (!READS.has(String(route.method).toUpperCase())) continue;
    route.config ??= {};
    const policies = route.config.policies ?? [];
    if (!policies.includes(PUBLIC_READ_POLICY)) route.config.policies = [PUBLIC_READ_POLICY, ...policies];
  }
  return router;
};

/**
 * Default deny for every content-API read of every plugin and API (ours, Strapi's, any added later): the
 * public-read policy runs before the handler. Runs in gov-core's register, before Strapi mounts the routes.
 */
export function guardPublicReads(strapi: Core.Strapi) {
  const owners = [
    ...Object.values(strapi.plugins as Record<string, { routes?: unknown }>),
    ...Object.values((strapi as any).apis as Record<string, { routes?: unknown }>),
  ];
  for (const owner of owners) {
    const routes = owner.routes as Record<string, RouterInput> | unknown[] | undefined;
    if (!routes || Array.isArray(routes)) continue; // an array is the admin router of legacy plugins
    for (const [key, input] of Object.entries(routes)) {
      routes[key] =
        typeof input === 'function' ? (args: { strapi: Core.Strapi }) => guard(input(args)) : guard(input);
    }
  }
}

import type { Core } from '@strapi/strapi';
import { expiring, memoByKey } from '../domain/read-cache';

const PERMISSION_UID = 'plugin::users-permissions.permission';
const ROLE_UID = 'plugin::users-permissions.role';
/** How long a change of the public role made by *another* instance may go unseen here; this instance's own
 *  writes (admin panel, public-access sync) are seen at once. */
export const PUBLIC_PERMISSIONS_TTL_MS = 5_000;
const ABILITY_KEYS = 64;

type Permission = { action: string };
type AbilityEngine = { generateAbility(permissions: Permission[], options?: object): Promise<unknown> };

/**
 * Without a token, users-permissions reads the public role's permissions from the database and builds a CASL
 * ability from them on every content-API request (strategies/users-permissions.js `authenticate`) — a fifth of
 * a static route's cost here (bench/read.bench.ts). The permissions are cached (invalidated by any write to
 * permissions or roles, and after PUBLIC_PERMISSIONS_TTL_MS), and abilities are memoised by the permission
 * list they are built from: the content-API engine's only hook validates actions against the registered
 * ones, which do not change after bootstrap.
 */
export function cachePublicAbility(strapi: Core.Strapi) {
  const service = strapi.plugin('users-permissions')?.service('permission') as
    | { findPublicPermissions?: () => Promise<Permission[]> }
    | undefined;
  if (service?.findPublicPermissions) {
    const cache = expiring(service.findPublicPermissions.bind(service), {
      ttlMs: PUBLIC_PERMISSIONS_TTL_MS,
    });
    service.findPublicPermissions = () => cache.get();
    const invalidate = () => cache.invalidate();
    strapi.db.lifecycles.subscribe({
      models: [PERMISSION_UID, ROLE_UID],
      afterCreate: invalidate,
      afterCreateMany: invalidate,
      afterUpdate: invalidate,
      afterUpdateMany: invalidate,
      afterDelete: invalidate,
      afterDeleteMany: invalidate,
    });
  }

  const engine = (strapi as unknown as { contentAPI?: { permissions?: { engine?: AbilityEngine } } })
    .contentAPI?.permissions?.engine;
  if (!engine) return;
  const generate = engine.generateAbility.bind(engine);
  const abilities = memoByKey((permissions: Permission[]) => generate(permissions), {
    keyOf: (permissions) => JSON.stringify(permissions),
    max: ABILITY_KEYS,
  });
  engine.generateAbility = (permissions, options) =>
    options && Object.keys(options).length > 0 ? generate(permissions, options) : abilities.get(permissions);
}

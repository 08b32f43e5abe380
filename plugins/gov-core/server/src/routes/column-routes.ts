/** What a column route is, on `route.config.column` (read by the OpenAPI generator and chinese-variants). */
export interface ColumnRouteConfig {
  uid: string;
  kind: 'list' | 'one';
}

export interface ColumnRoutesInput {
  /** The content type served. */
  uid: string;
  /** The list's path in the plugin (`/documents`); the single is `<path>/:documentId`. */
  path: string;
  /** The declaring plugin's controller that spreads `public-api`'s `controller(uid)` (`documents`). */
  controller: string;
  /** Descriptions of the two routes (OpenAPI, route listings). */
  description?: { list?: string; one?: string };
}

/**
 * The public list and single routes of a column type (content API, GET): `<controller>.find` on `path`,
 * `<controller>.findOne` on `path/:documentId`, each carrying `config.column = { uid, kind }`. Handlers
 * resolve in the declaring plugin, so its public-access grants stay data in its permissions.ts.
 */
export function columnRoutes({ uid, path, controller, description = {} }: ColumnRoutesInput) {
  const route = (kind: ColumnRouteConfig['kind']) => ({
    method: 'GET' as const,
    path: kind === 'list' ? path : `${path}/:documentId`,
    handler: `${controller}.${kind === 'list' ? 'find' : 'findOne'}`,
    config: {
      description: (kind === 'list' ? description.list : description.one) ?? '',
      column: { uid, kind } satisfies ColumnRouteConfig,
    },
  });
  return [route('list'), route('one')];
}

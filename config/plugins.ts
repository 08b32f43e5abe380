// Local plugins of this project (plugins/<id>), enabled with `resolve` (relative to the app root).
// PORTAL_PLUGINS=none boots bare Strapi (used by the boot benchmark); a comma list enables only those.
export const LOCAL_PLUGINS = ['gov-core'] as const;

const selected = (value: string) =>
  value === 'all'
    ? [...LOCAL_PLUGINS]
    : value === 'none'
      ? []
      : LOCAL_PLUGINS.filter((id) => value.split(',').includes(id));

export default ({ env }) => ({
  ...Object.fromEntries(
    selected(env('PORTAL_PLUGINS', 'all')).map((id) => [id, { enabled: true, resolve: `./plugins/${id}` }]),
  ),
  'users-permissions': {
    config: { jwtSecret: env('JWT_SECRET', 'dev-users-permissions-jwt-secret-change-me') },
  },
});

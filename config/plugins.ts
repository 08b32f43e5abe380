import { resolveSecrets } from './lib/secrets';

// Local plugins of this project (plugins/<id>), enabled with `resolve` (relative to the app root).
// PORTAL_PLUGINS=none boots bare Strapi (used by the boot benchmark); a comma list enables only those.
export const LOCAL_PLUGINS = [
  'gov-core',
  'chinese-variants',
  'environment',
  'normative-docs',
  'accessibility',
  'power-list',
  'ppp',
  'budget',
] as const;

const selected = (value: string) =>
  value === 'all'
    ? [...LOCAL_PLUGINS]
    : value === 'none'
      ? []
      : LOCAL_PLUGINS.filter((id) => value.split(',').includes(id));

// PORTAL_PLUGIN_ORDER=reverse loads them in the reverse order: the write rules run in gov-core's one pipeline in a
// fixed order, so the order must not matter (tests/api/pipeline-plugin-order.test.ts proves it).
const ordered = (ids: string[], order: string) => (order === 'reverse' ? [...ids].reverse() : ids);

/**
 * PORTAL_EXTRA_PLUGINS=<id>=<path>[,…]: more plugins from folders relative to the app root — a plugin under
 * development, or the example column of the tests (`example-column=./tests/fixtures/example-column`).
 */
export const extraPlugins = (value: string): [string, { enabled: true; resolve: string }][] =>
  value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [id, resolve] = entry.split('=');
      if (!/^[a-z][a-z0-9-]*$/.test(id ?? '') || !resolve)
        throw new Error(`PORTAL_EXTRA_PLUGINS: "${entry}" is not <plugin id>=<folder>`);
      return [id, { enabled: true, resolve }];
    });

/** Plugin configuration of the local plugins (merged with `enabled` and `resolve` below). */
const LOCAL_CONFIG: Record<string, object> = {
  'gov-core': {
    // 保密审查 is required for every column type except these. Automatic air-quality measurements are
    // published as the monitoring system delivers them (imports with ?publish=true); edit to taste.
    review: { required: { 'plugin::environment.air-observation': false } },
  },
};

export default ({ env }) => ({
  ...Object.fromEntries(
    ordered(selected(env('PORTAL_PLUGINS', 'all')), env('PORTAL_PLUGIN_ORDER', 'declared')).map((id) => [
      id,
      {
        enabled: true,
        resolve: `./plugins/${id}`,
        ...(LOCAL_CONFIG[id] ? { config: LOCAL_CONFIG[id] } : {}),
      },
    ]),
  ),
  ...Object.fromEntries(extraPlugins(env('PORTAL_EXTRA_PLUGINS', ''))),
  // Strapi's default breakpoints plus `xlarge`: the ≥ 1200 px rendition the 适老版 (accessibility) serves.
  upload: { config: { breakpoints: { xlarge: 1200, large: 1000, medium: 750, small: 500 } } },
  'users-permissions': {
    config: { jwtSecret: resolveSecrets().JWT_SECRET },
  },
});

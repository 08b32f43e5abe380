import { appKeys, resolveSecrets } from './lib/secrets';
import { proxySettings } from './lib/proxy';

export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // TRUST_PROXY / PROXY_IP_HEADER / TRUST_PROXY_HOPS, see lib/proxy.ts.
  proxy: proxySettings(),
  app: { keys: appKeys(resolveSecrets()) },
  cron: { enabled: env.bool('CRON_ENABLED', true) },
  // No call to the npm registry at start (Strapi's update notifier); upgrades are pinned and deliberate here.
  logger: { updates: { enabled: false } },
});

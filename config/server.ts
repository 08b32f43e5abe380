export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: {
    // Development-only fallback keys; production must set APP_KEYS (refused at start otherwise by Strapi).
    keys: env.array('APP_KEYS', ['dev-key-change-me-1', 'dev-key-change-me-2']),
  },
  cron: { enabled: env.bool('CRON_ENABLED', true) },
});

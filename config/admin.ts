import { resolveSecrets } from './lib/secrets';

// Secrets come from the environment; outside development and test a missing or published one stops the start.
// Telemetry is switched off in package.json (`strapi.telemetryDisabled`): Strapi 5.54 does not read it here.
export default () => {
  const secrets = resolveSecrets();
  return {
    auth: { secret: secrets.ADMIN_JWT_SECRET },
    apiToken: { salt: secrets.API_TOKEN_SALT },
    transfer: { token: { salt: secrets.TRANSFER_TOKEN_SALT } },
    secrets: { encryptionKey: secrets.ENCRYPTION_KEY },
    flags: { nps: false, promoteEE: false },
  };
};

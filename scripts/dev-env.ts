/**
 * Per-install development secrets: `npm run demo` writes random ones to the git-ignored `.env` (ENV_PATH when set)
 * the first time, so even a development install does not run on the values published in this repository.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateSecrets, SECRET_NAMES, type SecretName } from '../config/lib/secrets';

const declared = (text: string) =>
  new Set(
    text
      .split('\n')
      .map((line) => /^\s*(?:export\s+)?([A-Z0-9_]+)\s*=/.exec(line)?.[1])
      .filter((name): name is string => Boolean(name)),
  );

/**
 * Adds every secret the file does not declare yet (creating it, mode 600) and puts the new values in `env`
 * (Strapi's dotenv ran when @strapi/core was imported, before this). Returns the names it wrote.
 */
export const ensureDevelopmentSecrets = (
  file: string,
  env: NodeJS.ProcessEnv = process.env,
): SecretName[] => {
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  const have = declared(existing ?? '');
  const missing = SECRET_NAMES.filter((name) => !have.has(name) && !env[name]);
  if (!missing.length) return [];
  const secrets = generateSecrets();
  const lines = [
    ...(existing === null
      ? ['# Development secrets written by `npm run demo` (random per install; never commit).']
      : []),
    ...missing.map((name) => `${name}=${secrets[name]}`),
  ];
  const prefix = existing && !existing.endsWith('\n') ? '\n' : '';
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.appendFileSync(file, `${prefix}${lines.join('\n')}\n`, { mode: 0o600 });
  for (const name of missing) env[name] = secrets[name];
  return missing;
};

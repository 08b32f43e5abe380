import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { generateSecrets } from '../../config/lib/secrets';

const APP_DIR = path.resolve(__dirname, '../..');

/** A JWT signed (HS256) with `secret`, carrying `payload`: what an attacker who knows a secret can mint. */
export const signJwt = (payload: object, secret: string) => {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}`;
  return `${body}.${crypto.createHmac('sha256', secret).update(body).digest('base64url')}`;
};

export const jwtPayload = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());

/** The same access token re-signed with another secret. */
export const forgeWith = (token: string, secret: string) => signJwt(jwtPayload(token), secret);

export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The JSON the child printed on its `@@` line, when it booted. */
  result?: any;
}

/** Good production secrets (random, distinct), as `npm run demo` writes them. */
export const goodSecrets = () => generateSecrets() as Record<string, string>;

/**
 * Runs this file as a child process (`--production-boot`) with exactly `env` (plus PATH and HOME): nothing of the
 * test process leaks in, and `ENV_PATH=/dev/null` keeps a developer's `.env` out.
 */
export const bootChild = (env: Record<string, string>, timeoutMs = 90000): Promise<ChildRun> =>
  new Promise((resolve, reject) => {
    const tsx = require.resolve('tsx/cli', { paths: [APP_DIR] });
    const child = spawn(process.execPath, [tsx, __filename, '--production-boot'], {
      cwd: APP_DIR,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        ENV_PATH: '/dev/null',
        CRON_ENABLED: 'false',
        LOG_LEVEL: 'error',
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += String(c)));
    child.stderr.on('data', (c) => (stderr += String(c)));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`child did not finish in ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((l) => l.startsWith('@@'));
      resolve({ code, stdout, stderr, result: line ? JSON.parse(line.slice(2)) : undefined });
    });
  });

/**
 * The child: boots the compiled app with the environment it was given. When it boots, it checks as a front end
 * behind a TLS proxy would: the admin logs in (X-Forwarded-Proto: https), its token works, the same token signed
 * with the published development secret does not, and login throttling counts the proxy-supplied client IP.
 */
const productionBootMain = async () => {
  const { bootApp } = await import('../../scripts/boot');
  const { DEVELOPMENT_SECRETS } = await import('../../config/lib/secrets');
  let strapi: Awaited<ReturnType<typeof bootApp>>;
  try {
    strapi = await bootApp();
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  }
  strapi.server.mount();
  await new Promise<void>((r) => strapi.server.httpServer.listen(0, '127.0.0.1', () => r()));
  const { port } = strapi.server.httpServer.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  const role = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
  const email = 'prod-admin@daoxian.example';
  const password = 'Prod-Admin-2017-Aa1';
  await strapi.service('admin::user').create({
    firstname: 'Prod',
    lastname: 'Admin',
    email,
    password,
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  const login = (body: object, forwardedFor: string) =>
    fetch(`${base}/admin/login`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Forwarded-Proto': 'https',
        'X-Forwarded-For': forwardedFor,
      },
      body: JSON.stringify(body),
    });
  const me = (token: string) =>
    fetch(`${base}/admin/users/me`, { headers: { Authorization: `Bearer ${token}` } }).then((r) => r.status);

  const ok = await login({ email, password }, '203.0.113.7');
  const token: string = (await ok.json()).data?.token;
  const result: Record<string, unknown> = {
    loginStatus: ok.status,
    refreshCookie: ok.headers.get('set-cookie') ?? '',
    meWithRealToken: await me(token),
    meWithDevSecretToken: await me(forgeWith(token, DEVELOPMENT_SECRETS.ADMIN_JWT_SECRET)),
  };

  // Five failures are allowed per e-mail + IP; the client IP is the proxy's (rightmost) entry.
  const bad = { email, password: 'wrong-password-Aa1' };
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) statuses.push((await login(bad, `198.51.100.${i}, 203.0.113.9`)).status);
  result.throttledFromOneClient = statuses;
  result.otherClient = (await login(bad, '203.0.113.10')).status;

  process.stdout.write(`@@${JSON.stringify(result)}\n`);
  await strapi.destroy();
  process.exit(0);
};

if (process.argv.includes('--production-boot')) {
  productionBootMain().catch((e) => {
    process.stderr.write(`${(e as Error).stack}\n`);
    process.exit(2);
  });
}

/**
 * Production secrets (a child process per boot, NODE_ENV=production), CORS as a browser on another origin would
 * meet it (real requests with Origin headers, preflights included) and reverse-proxy trust.
 */
import { spawn } from 'node:child_process';
import { createAdmin } from '../helpers/admin';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { APP_DIR, createTestDatabase, type TestDatabase } from '../helpers/database';
import { DEVELOPMENT_SECRETS, SECRET_NAMES } from '../../config/lib/secrets';
import { bootChild, forgeWith, goodSecrets } from './security-config-helpers';

const ALLOWED = 'https://www.daoxian.gov.cn';
const FOREIGN = 'https://evil.example';
let strangers = 0;
/** A failed login under a fresh e-mail (login throttling counts per e-mail + IP). */
const strangerLogin = () => ({
  email: `stranger-${++strangers}@daoxian.example`,
  password: 'wrong-Aa1-password',
});

describe('production secrets', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('security_config_prod');
  });
  afterAll(async () => {
    await db?.drop();
  });
  const production = (env: Record<string, string>) =>
    bootChild({ ...db.env, NODE_ENV: 'production', ...env });

  it('refuses to start with no secret set, naming every variable and the hint', async () => {
    const run = await production({});
    expect(run.code).not.toBe(0);
    expect(run.result).toBeUndefined();
    for (const name of SECRET_NAMES) expect(run.stderr).toContain(`${name}：未设置`);
    expect(run.stderr).toContain('openssl rand -base64 32');
  });

  it('refuses a secret equal to a value published in this repository, and APP_KEYS holding one', async () => {
    const secrets = goodSecrets();
    const run = await production({
      ...secrets,
      ADMIN_JWT_SECRET: DEVELOPMENT_SECRETS.ADMIN_JWT_SECRET,
      APP_KEYS: `${secrets.APP_KEYS.split(',')[0]},dev-key-change-me-2`,
    });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/ADMIN_JWT_SECRET：该值是本仓库.*公开的开发值/);
    expect(run.stderr).toMatch(/APP_KEYS：第 2 个密钥是本仓库.*公开的开发值/);
    for (const name of ['API_TOKEN_SALT', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY', 'JWT_SECRET']) {
      expect(run.stderr).not.toContain(`  - ${name}：`);
    }
  });

  it('refuses a too-short secret and a secret reused for two variables', async () => {
    const secrets = goodSecrets();
    const run = await production({
      ...secrets,
      JWT_SECRET: 'x'.repeat(5) + 'abcdefghijklmnopqrstuvwxy', // 30 characters
      TRANSFER_TOKEN_SALT: secrets.API_TOKEN_SALT,
    });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('JWT_SECRET：该值少于 32 个字符（现为 30 个）');
    expect(run.stderr).toContain('TRANSFER_TOKEN_SALT：该值与 API_TOKEN_SALT 相同');
  });

  it('makes `npm start` without NODE_ENV a production start, refused without secrets', async () => {
    const run = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn('npm', ['start'], {
        cwd: APP_DIR,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ENV_PATH: '/dev/null', ...db.env },
      });
      let output = '';
      child.stdout.on('data', (c) => (output += String(c)));
      child.stderr.on('data', (c) => (output += String(c)));
      child.once('exit', (code) => resolve({ code, output }));
    });
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('NODE_ENV=production');
    for (const name of SECRET_NAMES) expect(run.output).toContain(`${name}：未设置`);
  });

  it('applies the production rules to every NODE_ENV but development and test', async () => {
    const run = await production({ NODE_ENV: 'staging' });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('NODE_ENV=staging');
    expect(run.stderr).toContain('ADMIN_JWT_SECRET：未设置');
  });

  it('refuses an invalid CORS_ORIGINS or TRUST_PROXY instead of ignoring it', async () => {
    const cors = await production({ ...goodSecrets(), CORS_ORIGINS: '*' });
    expect(cors.code).not.toBe(0);
    expect(cors.stderr).toContain('环境变量 CORS_ORIGINS 无效：“*”不允许');
    const proxy = await production({ ...goodSecrets(), TRUST_PROXY: 'yes' });
    expect(proxy.code).not.toBe(0);
    expect(proxy.stderr).toContain('环境变量 TRUST_PROXY 无效：必须为 true 或 false（现为 "yes"）');
  });

  it('boots with good secrets behind a trusted proxy; a token signed with the development secret is refused', async () => {
    const run = await production({ ...goodSecrets(), TRUST_PROXY: 'true' });
    expect(run.stderr).not.toContain('拒绝启动');
    expect(run.code).toBe(0);
    const r = run.result;
    expect(r.loginStatus).toBe(200);
    // X-Forwarded-Proto: https from the trusted proxy makes the refresh cookie Secure.
    expect(r.refreshCookie).toMatch(/strapi_admin_refresh=[^;]+;.*secure/i);
    expect(r.meWithRealToken).toBe(200);
    expect(r.meWithDevSecretToken).toBe(401);
    // Throttling counts the proxy's (rightmost) X-Forwarded-For entry: the client-written entries before it
    // change on every request and still share one counter; another client is not throttled.
    expect(r.throttledFromOneClient).toEqual([400, 400, 400, 400, 400, 429]);
    expect(r.otherClient).toBe(400);
  }, 150000);
});

describe('development and test', () => {
  let app: TestApp;
  beforeAll(async () => {
    process.env.CORS_ORIGINS = `${ALLOWED}, http://localhost:3000`;
    app = await bootStrapi();
  });
  afterAll(async () => {
    delete process.env.CORS_ORIGINS;
    await app?.destroy();
  });

  it('runs on the development fallbacks with no setup (the forging method above is sound)', async () => {
    const admin = await createAdmin(app);
    // The same re-signing that production refuses is accepted here with the key in use: the published
    // development secret, or the random one `npm run demo` wrote to a developer's .env.
    const key = app.strapi.config.get('admin.auth.secret') as string;
    expect([DEVELOPMENT_SECRETS.ADMIN_JWT_SECRET, process.env.ADMIN_JWT_SECRET]).toContain(key);
    const forged = forgeWith(admin.token, key);
    const res = await app.http().get('/admin/users/me').set('Authorization', `Bearer ${forged}`);
    expect(res.status).toBe(200);
    expect(res.body.data.email).toBe(admin.user.email);
  });

  it('does not trust X-Forwarded-For by default: every forged address shares the socket IP', async () => {
    const email = 'throttle@daoxian.example';
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await app
        .http()
        .post('/admin/login')
        .set('X-Forwarded-For', `203.0.113.${i}`)
        .send({ email, password: 'wrong-password-Aa1' });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  });

  describe('CORS', () => {
    const grants = (res: { headers: Record<string, string | undefined> }) => ({
      origin: res.headers['access-control-allow-origin'],
      credentials: res.headers['access-control-allow-credentials'],
    });
    const preflight = (path: string, origin: string, method: string, headers?: string) => {
      const req = app.http().options(path).set('Origin', origin).set('Access-Control-Request-Method', method);
      return headers ? req.set('Access-Control-Request-Headers', headers) : req;
    };

    it('lets any origin read public content with `*` and without credentials', async () => {
      const res = await app.http().get('/api/gov-core/info').set('Origin', FOREIGN);
      expect(res.status).toBe(200);
      expect(grants(res)).toEqual({ origin: '*', credentials: undefined });
      expect(res.headers.vary).toMatch(/Origin/);

      const pre = await preflight('/api/gov-core/info', FOREIGN, 'GET', 'accept-language');
      expect(pre.status).toBe(204);
      expect(grants(pre)).toEqual({ origin: '*', credentials: undefined });
      expect(pre.headers['access-control-allow-methods']).toBe('GET,HEAD');
      expect(pre.headers['access-control-allow-headers']).not.toMatch(/Authorization/i);
    });

    it.each([
      ['a write to the content API', '/api/gov-core/articles', 'POST'],
      ['an admin login', '/admin/login', 'POST'],
      ['an admin token renewal', '/admin/access-token', 'POST'],
      ['an admin read', '/admin/users/me', 'GET'],
      ['a path that climbs out of /api', '/api/../admin/users/me', 'GET'],
      ['an encoded climb out of /api', '/api/%2e%2e/admin/users/me', 'GET'],
    ])('gives a foreign origin no grant for %s: the preflight is 403 in Chinese', async (_, path, method) => {
      const res = await preflight(path, FOREIGN, method, 'content-type,authorization');
      expect(res.status).toBe(403);
      expect(grants(res)).toEqual({ origin: undefined, credentials: undefined });
      expect(res.body.error.message).toContain(`来源 ${FOREIGN} 不在 CORS_ORIGINS 中`);
    });

    it('gives a foreign origin no grant on the admin login, token renewal and admin reads', async () => {
      const admin = await createAdmin(app);
      const login = await app.http().post('/admin/login').set('Origin', FOREIGN).send(strangerLogin());
      expect(grants(login)).toEqual({ origin: undefined, credentials: undefined });
      const renew = await app.http().post('/admin/access-token').set('Origin', FOREIGN).send({});
      expect(grants(renew)).toEqual({ origin: undefined, credentials: undefined });
      const me = await admin.get('/admin/users/me').set('Origin', FOREIGN);
      expect(me.status).toBe(200); // the request itself is served; a browser may not read it
      expect(grants(me)).toEqual({ origin: undefined, credentials: undefined });
    });

    it.each([
      ['a suffix of the allowed host', `${ALLOWED}.evil.example`],
      ['another scheme', 'http://www.daoxian.gov.cn'],
      ['another port', `${ALLOWED}:8443`],
      ['a sub-domain', 'https://evil.www.daoxian.gov.cn'],
      ['the opaque origin', 'null'],
      ['the default own origin, replaced by CORS_ORIGINS', 'http://localhost:1337'],
    ])('treats %s as foreign', async (_, origin) => {
      const res = await app.http().post('/admin/login').set('Origin', origin).send(strangerLogin());
      expect(grants(res)).toEqual({ origin: undefined, credentials: undefined });
      const pre = await preflight('/admin/login', origin, 'POST', 'content-type');
      expect(pre.status).toBe(403);
    });

    it('grants an allowlisted origin credentialed CORS on the admin (login, renewal) and the content API', async () => {
      const admin = await createAdmin(app);
      const pre = await preflight('/admin/login', ALLOWED, 'POST', 'content-type,authorization');
      expect(pre.status).toBe(204);
      expect(grants(pre)).toEqual({ origin: ALLOWED, credentials: 'true' });
      expect(pre.headers['access-control-allow-headers']).toMatch(/Authorization/);

      const login = await app
        .http()
        .post('/admin/login')
        .set('Origin', ALLOWED)
        .send({ email: admin.user.email, password: 'wrong-Aa1-password' });
      expect(grants(login)).toEqual({ origin: ALLOWED, credentials: 'true' });
      const renew = await app
        .http()
        .post('/admin/access-token')
        .set('Origin', 'http://localhost:3000')
        .send({});
      expect(grants(renew)).toEqual({ origin: 'http://localhost:3000', credentials: 'true' });
      const api = await app.http().get('/api/gov-core/info').set('Origin', ALLOWED);
      expect(grants(api)).toEqual({ origin: ALLOWED, credentials: 'true' });
    });

    it('adds no CORS header to a request without Origin (same-origin or not a browser)', async () => {
      const api = await app.http().get('/api/gov-core/info');
      expect(grants(api)).toEqual({ origin: undefined, credentials: undefined });
      const admin = await createAdmin(app);
      const me = await admin.get('/admin/users/me');
      expect(me.status).toBe(200);
      expect(grants(me)).toEqual({ origin: undefined, credentials: undefined });
    });
  });
});

/**
 * The admin panel calls home only: a logged-in admin browses the home page, a content-manager list and the
 * settings in real Chromium, and every request the page makes goes to the server's own host. Any other host is
 * recorded and aborted, so nothing leaves the machine (telemetry to analytics.strapi.io, release checks on
 * api.github.com…). Builds the admin panel first when `dist/build` is missing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { createAdmin } from '../helpers/admin';
import { bootStrapi, type TestApp } from '../helpers/strapi';

const ADMIN_BUILD = path.resolve(__dirname, '../../dist/build/index.html');

let app: TestApp;
let browser: Browser;
let base: string;

beforeAll(async () => {
  // `npm run demo` and CI build the admin panel; a bare `npm test` on a fresh clone builds it here once (~1 min).
  if (!fs.existsSync(ADMIN_BUILD)) {
    execFileSync(
      process.execPath,
      [path.resolve(__dirname, '../../node_modules/@strapi/strapi/bin/strapi.js'), 'build'],
      {
        cwd: path.resolve(__dirname, '../..'),
        stdio: 'inherit',
      },
    );
  }
  app = await bootStrapi(undefined, { serveAdminPanel: true });
  const { port } = app.strapi.server.httpServer.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  browser = await launchChromium();
}, 420000);
afterAll(async () => {
  await browser?.close();
  await app?.destroy();
});

it('has telemetry off on both sides (package.json strapi.telemetryDisabled)', async () => {
  // Server: no metrics sender, no daily ping. Admin: /admin/init hands out no project id, so no tracking call.
  expect(app.strapi.telemetry.isDisabled).toBe(true);
  const init = await app.http().get('/admin/init');
  expect(init.status).toBe(200);
  expect(init.body.data.uuid).toBe(false);
});

it('makes no request to any host but its own while a logged-in admin browses', async () => {
  const admin = await createAdmin(app);
  const own = new URL(base).host;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  const foreign: string[] = [];
  // Every URL the page asks for, whatever the scheme but data:/blob: (which never touch the network).
  await context.route(
    () => true,
    (route) => {
      const url = new URL(route.request().url());
      if (url.host !== own) {
        foreign.push(url.href);
        return route.abort('blockedbyclient');
      }
      return route.continue();
    },
  );
  context.on('request', (r) => {
    if (!/^(data|blob):/.test(r.url())) requests.push(r.url());
  });
  context.on('websocket', (ws) => requests.push(ws.url()));
  const page = await context.newPage();

  await page.goto(`${base}/admin`, { waitUntil: 'networkidle', timeout: 60000 });
  await page.fill('input[name="email"]', admin.user.email);
  await page.fill('input[name="password"]', admin.password);
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30000 });
  await page.waitForLoadState('networkidle');

  const visit = async (pathname: string, text: RegExp) => {
    await page.goto(`${base}${pathname}`, { waitUntil: 'networkidle', timeout: 60000 });
    await page.getByText(text).first().waitFor({ timeout: 30000 });
  };
  await visit('/admin', /./);
  await visit('/admin/content-manager/collection-types/plugin::gov-core.article', /信息|Article/);
  await visit('/admin/settings/application-infos', /Strapi|5\.54/);
  await visit('/admin/settings/users', new RegExp(admin.user.email));

  // The session is real: the page's own API calls succeeded with the admin's token.
  expect(requests.some((u) => u.includes('/admin/users/me'))).toBe(true);
  expect(requests.some((u) => u.includes('/content-manager/collection-types/plugin::gov-core.article'))).toBe(
    true,
  );
  expect(foreign).toEqual([]);
  const hosts = [...new Set(requests.map((u) => new URL(u).host))];
  expect(hosts).toEqual([own]);
  await context.close();
}, 120000);

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser';
import type { AdminSession } from './admin';
import { bootStrapi, type TestApp } from './strapi';

const ROOT = path.resolve(__dirname, '../..');
/** Where the admin walkthroughs save their screenshots (CI keeps .tmp/ as artifacts). */
export const SHOTS = path.join(ROOT, '.tmp/screenshots');

/**
 * The admin panel served by a booted app, and Chromium: builds the admin first when `dist/build` is missing
 * (`npm run demo` and CI build it; a bare `npm test` on a fresh clone builds it here once, ~1 min).
 */
export const startAdmin = async (): Promise<{ app: TestApp; browser: Browser; base: string }> => {
  if (!fs.existsSync(path.join(ROOT, 'dist/build/index.html'))) {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/@strapi/strapi/bin/strapi.js'), 'build'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  const app = await bootStrapi(undefined, { serveAdminPanel: true });
  const { port } = app.strapi.server.httpServer.address() as AddressInfo;
  fs.mkdirSync(SHOTS, { recursive: true });
  return { app, browser: await launchChromium(), base: `http://127.0.0.1:${port}` };
};

/**
 * A new browser context logged in as `session` through the login form, in 简体中文. Missing-translation messages
 * the page logs are pushed to `missing` (their message ids).
 */
export const loginAs = async (
  browser: Browser,
  base: string,
  session: AdminSession,
  {
    height = 1400,
    missing,
    prepare,
  }: {
    height?: number;
    missing?: string[];
    /** Runs on the new context before its first page (request routing …). */
    prepare?: (context: BrowserContext) => Promise<void>;
  } = {},
): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1400, height }, locale: 'zh-CN' });
  await prepare?.(context);
  const page = await context.newPage();
  if (missing)
    page.on('console', (message) => {
      const id = /Missing message: "([^"]*)"/.exec(message.text());
      if (id) missing.push(id[1]);
    });
  await page.goto(`${base}/admin`, { waitUntil: 'networkidle', timeout: 60000 });
  await page.fill('input[name="email"]', session.user.email);
  await page.fill('input[name="password"]', session.password);
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30000 });
  return page;
};

/**
 * The 审核员's walk in an item's edit view (the page shows it): 发布 is refused before review with the reason,
 * 审查通过 in the 保密审查 panel, `afterApprove` (screenshots, checks), 发布 again. Resolves with the published row
 * once the server has it (or null after 20 s).
 */
export const refuseApprovePublish = async (
  page: Page,
  app: TestApp,
  uid: string,
  documentId: string,
  afterApprove?: () => Promise<void>,
): Promise<Record<string, any> | null> => {
  await page.getByText('保密审查', { exact: true }).first().waitFor({ timeout: 30000 });
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page
    .getByText(/待保密审查：须经审核员通过后发布/)
    .first()
    .waitFor({ timeout: 15000 });
  await page.getByRole('button', { name: '审查通过' }).click();
  await page.getByText('已审查通过').first().waitFor({ timeout: 15000 });
  await page.getByText('已通过', { exact: true }).first().waitFor({ timeout: 15000 });
  await afterApprove?.();
  await page.getByRole('button', { name: '发布', exact: true }).click();
  const published = () =>
    app.strapi.db
      .query(uid as never)
      .findOne({ where: { documentId, publishedAt: { $notNull: true } } }) as Promise<Record<
      string,
      any
    > | null>;
  for (let i = 0; i < 40 && !(await published()); i++) await page.waitForTimeout(500);
  return published();
};

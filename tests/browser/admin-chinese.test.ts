/**
 * The webmaster's content manager in 简体中文, in real Chromium: field labels from the column registry (标题,
 * 信息公开目录, 索引号 …), enumerations with their Chinese labels in the edit view and the list (主动公开, 行政许可),
 * 索引号 and 发布日期 read-only. Screenshots go to .tmp/screenshots/. Builds the admin panel first when
 * `dist/build` is missing.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { visibleEnglish } from '../helpers/browser';
import { createAdmin, type AdminSession } from '../helpers/admin';
import type { TestApp } from '../helpers/strapi';
import { SHOTS, loginAs, startAdmin } from '../helpers/admin-browser';
import { govFixtures } from '../helpers/gov-fixtures';

const ARTICLE = 'plugin::gov-core.article';
const POWER_ITEM = 'plugin::power-list.power-item';

let app: TestApp;
let browser: Browser;
let base: string;
let webmaster: AdminSession;
let articleId: string;
const missingTranslations: string[] = [];
const english: Record<string, string[]> = {};

beforeAll(async () => {
  ({ app, browser, base } = await startAdmin());
  webmaster = await createAdmin(app, { roles: ['gov-webmaster'], preferedLanguage: 'zh-Hans' });
  const fx = govFixtures(app);
  const department = await fx.department({ code: 'zfb-ui', name: '道县人民政府办公室' });
  const column = await fx.column({ slug: 'zwgk-ui' });
  const article = await (app.strapi.documents(ARTICLE as never) as any).create({
    data: {
      title: '道县2017年政务公开工作要点',
      body: '<p>正文</p>',
      column: column.documentId,
      department: department.documentId,
      disclosure: { openness: 'proactive', documentNumber: '道政办发〔2017〕12号', writtenAt: '2017-05-05' },
    },
  });
  articleId = article.documentId;
  await (app.strapi.documents(POWER_ITEM as never) as any).create({
    data: {
      code: 'zfb-ui-XK-00001',
      name: '建设工程规划许可',
      legalBasis: '<p>《中华人民共和国城乡规划法》第四十条</p>',
      undertaker: '县自然资源局',
      category: 'licensing',
      column: column.documentId,
      department: department.documentId,
    },
  });
}, 420000);
afterAll(async () => {
  await browser?.close();
  await app?.destroy();
});

const login = (session: AdminSession, height = 1000): Promise<Page> =>
  loginAs(browser, base, session, { height, missing: missingTranslations });

it('shows an article’s edit view with Chinese labels, 公开方式 as 主动公开, 索引号 read-only', async () => {
  const page = await login(webmaster, 2800);
  await page.goto(`${base}/admin/content-manager/collection-types/${ARTICLE}/${articleId}`, {
    waitUntil: 'networkidle',
    timeout: 60000,
  });
  await page.getByText('信息公开目录').first().waitFor({ timeout: 30000 });
  await page.screenshot({ path: path.join(SHOTS, 'article-edit-view.png'), fullPage: true });
  english['article edit view (webmaster)'] = await visibleEnglish(page);
  // A relation's label carries its count: 所属栏目 (1).
  for (const label of [
    '标题',
    '正文',
    '所属栏目',
    '责任部门',
    '信息公开目录',
    '发文字号',
    '成文日期',
    '公开方式',
    '索引号',
  ])
    expect([label, await page.getByText(new RegExp(`^${label}\\*?( \\(\\d+\\))?$`)).count()]).not.toEqual([
      label,
      0,
    ]);
  for (const raw of ['disclosure', 'indexNumber', 'documentNumber', 'openness'])
    expect([raw, await page.getByText(raw, { exact: true }).count()]).toEqual([raw, 0]);
  // The enumeration shows its label, and offers labels only.
  const openness = page.getByRole('combobox', { name: /公开方式/ });
  await expect(openness.textContent()).resolves.toContain('主动公开');
  await openness.click();
  await page.getByRole('option', { name: '依申请公开' }).waitFor({ timeout: 10000 });
  expect(await page.getByRole('option', { name: 'on-request' }).count()).toBe(0);
  await page.keyboard.press('Escape');
  // 索引号 is filled by the system: not editable.
  await expect(page.getByRole('textbox', { name: /索引号/ }).isDisabled()).resolves.toBe(true);
  await page.screenshot({ path: path.join(SHOTS, 'article-edit-view.png'), fullPage: true });
  await page.context().close();
}, 120000);

it('lists power items with Chinese column headers and 权力类别 as 行政许可', async () => {
  const page = await login(webmaster);
  await page.goto(`${base}/admin/content-manager/collection-types/${POWER_ITEM}`, {
    waitUntil: 'networkidle',
    timeout: 60000,
  });
  await page.getByText('建设工程规划许可').first().waitFor({ timeout: 30000 });
  await page.screenshot({ path: path.join(SHOTS, 'power-item-list.png'), fullPage: true });
  english['power item list (webmaster)'] = await visibleEnglish(page);
  for (const header of ['事项编码', '事项名称', '权力类别', '责任部门'])
    expect([header, await page.locator('thead').getByText(header, { exact: true }).count()]).toEqual([
      header,
      1,
    ]);
  await page.locator('tbody').getByText('行政许可', { exact: true }).waitFor({ timeout: 10000 });
  expect(await page.locator('tbody').getByText('licensing', { exact: true }).count()).toBe(0);
  await page.screenshot({ path: path.join(SHOTS, 'power-item-list.png'), fullPage: true });
  await page.context().close();
}, 120000);

it('shows no English UI string and logs no missing translation on these pages', () => {
  expect(Object.fromEntries(Object.entries(english).filter(([, words]) => words.length))).toEqual({});
  expect([...new Set(missingTranslations)]).toEqual([]);
});

/**
 * 保密审查 in the edit view, walked through in real Chromium by the three portal roles: a 部门编辑 writes an
 * article and is refused its publishing (待保密审查), sees the review state in the side panel and cannot decide;
 * the 审核员 of the department approves it in place and publishes it; the 网站管理员 who wrote a version of their
 * own is told 四眼原则 and offered the recorded override. No missing translation is logged on the way.
 * Screenshots go to .tmp/screenshots/. Builds the admin panel first when `dist/build` is missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { visibleEnglish } from '../helpers/browser';
import { createAdmin, type AdminSession } from '../helpers/admin';
import type { TestApp } from '../helpers/strapi';
import { SHOTS, loginAs, refuseApprovePublish, startAdmin } from '../helpers/admin-browser';
import { govFixtures } from '../helpers/gov-fixtures';
import { cm } from '../helpers/content-manager';

const ARTICLE = 'plugin::gov-core.article';

let app: TestApp;
let browser: Browser;
let base: string;
let editor: AdminSession;
let reviewer: AdminSession;
let webmaster: AdminSession;
let fx: ReturnType<typeof govFixtures>;
let department: any;
let column: any;
const missingTranslations: string[] = [];
/** Visible English words per page visited. */
const english: Record<string, string[]> = {};
const checkEnglish = async (page: Page, name: string) => {
  const words = await visibleEnglish(page);
  if (words.length) english[name] = words;
};

beforeAll(async () => {
  ({ app, browser, base } = await startAdmin());
  fx = govFixtures(app);
  department = await fx.department({ code: 'zfb-rv', name: '道县人民政府办公室' });
  column = await fx.column({ slug: 'zwgk-rv' });
  editor = await createAdmin(app, { roles: ['gov-department-editor'], preferedLanguage: 'zh-Hans' });
  reviewer = await createAdmin(app, { roles: ['gov-reviewer'], preferedLanguage: 'zh-Hans' });
  webmaster = await createAdmin(app, { roles: ['gov-webmaster'], preferedLanguage: 'zh-Hans' });
  await fx.membership(editor.user, [department]);
  await fx.membership(reviewer.user, [department]);
}, 420000);
afterAll(async () => {
  await browser?.close();
  await app?.destroy();
});

const login = (session: AdminSession, height = 1400): Promise<Page> =>
  loginAs(browser, base, session, { height, missing: missingTranslations });

const openArticle = async (page: Page, documentId: string) => {
  await page.goto(`${base}/admin/content-manager/collection-types/${ARTICLE}/${documentId}`, {
    waitUntil: 'networkidle',
    timeout: 60000,
  });
  await page.getByText('保密审查', { exact: true }).first().waitFor({ timeout: 30000 });
};

const createArticle = async (session: AdminSession, title: string) => {
  const res = await cm(session, ARTICLE).create({
    title,
    body: '<p>根据《中华人民共和国政府信息公开条例》，现将道县2017年政务公开工作要点印发给你们。</p>',
    column: column.documentId,
    department: department.documentId,
  });
  expect([res.status, res.body.error]).toEqual([201, undefined]);
  return res.body.data.documentId as string;
};

it('a 部门编辑 is refused publishing, the 审核员 approves in the side panel and publishes', async () => {
  const id = await createArticle(editor, '道县2017年政务公开工作要点');
  // Another department's draft, which the editor never sees.
  const other = await fx.department({ code: 'czj-rv', name: '县财政局' });
  await (app.strapi.documents(ARTICLE as never) as any).create({
    data: { title: '县财政局2017年部门预算', column: column.documentId, department: other.documentId },
  });

  const editorPage = await login(editor);
  // The homepage: the department's newest drafts, with their review state.
  await editorPage.goto(`${base}/admin`, { waitUntil: 'networkidle', timeout: 60000 });
  await editorPage.getByText('本部门最近草稿').first().waitFor({ timeout: 30000 });
  await editorPage
    .getByRole('link', { name: '道县2017年政务公开工作要点' })
    .first()
    .waitFor({ timeout: 15000 });
  expect(await editorPage.getByText('保密审查待审').count()).toBe(0);
  await editorPage.screenshot({ path: path.join(SHOTS, 'home-editor.png') });
  await checkEnglish(editorPage, 'home (editor)');
  // The list shows the department's own items only.
  await editorPage.goto(`${base}/admin/content-manager/collection-types/${ARTICLE}`, {
    waitUntil: 'networkidle',
    timeout: 60000,
  });
  await editorPage.getByText('道县2017年政务公开工作要点').first().waitFor({ timeout: 30000 });
  expect(await editorPage.getByText('县财政局2017年部门预算').count()).toBe(0);
  await editorPage.screenshot({ path: path.join(SHOTS, 'list-editor.png') });
  await checkEnglish(editorPage, 'article list (editor)');
  await openArticle(editorPage, id);
  await editorPage.getByText('待审查', { exact: true }).first().waitFor({ timeout: 10000 });
  // The editor has no decision to take: no approve button.
  expect(await editorPage.getByRole('button', { name: '审查通过' }).count()).toBe(0);
  await checkEnglish(editorPage, 'article edit view (editor)');
  await editorPage.screenshot({ path: path.join(SHOTS, 'review-editor.png') });
  await editorPage.context().close();

  const reviewerPage = await login(reviewer);
  await reviewerPage.goto(`${base}/admin`, { waitUntil: 'networkidle', timeout: 60000 });
  await reviewerPage.getByText('保密审查待审').first().waitFor({ timeout: 30000 });
  await reviewerPage
    .getByText(/待审查 \d+ 条/)
    .first()
    .waitFor({ timeout: 15000 });
  await reviewerPage.screenshot({ path: path.join(SHOTS, 'home-reviewer.png') });
  await checkEnglish(reviewerPage, 'home (reviewer)');
  // From the queue widget to the item.
  await reviewerPage.getByRole('link', { name: '道县2017年政务公开工作要点' }).first().click();
  // Publishing before the review is refused with the reason; approved in the panel; published.
  const published = await refuseApprovePublish(reviewerPage, app, ARTICLE, id, async () => {
    await reviewerPage.screenshot({ path: path.join(SHOTS, 'review-approved.png') });
    await checkEnglish(reviewerPage, 'article edit view (reviewer)');
  });
  expect(published?.documentId).toBe(id);
  await reviewerPage.context().close();
}, 180000);

it('tells a 网站管理员 who wrote the version about 四眼原则 and offers the recorded override', async () => {
  const id = await createArticle(webmaster, '道县政务公开目录更新说明');
  const page = await login(webmaster);
  await openArticle(page, id);
  await page
    .getByText(/四眼原则：您编辑了该版本/)
    .first()
    .waitFor({ timeout: 15000 });
  expect(await page.getByRole('button', { name: '审查通过' }).count()).toBe(0);
  await page.getByRole('button', { name: '豁免四眼原则并通过' }).click();
  await page
    .getByText(/网站管理员豁免四眼原则/)
    .first()
    .waitFor({ timeout: 15000 });
  await page.screenshot({ path: path.join(SHOTS, 'review-four-eyes-override.png') });
  const decision = await app.strapi.db
    .query('plugin::gov-core.review')
    .findOne({ where: { itemDocumentId: id, state: 'approved' } });
  expect(decision).toMatchObject({ fourEyesOverride: true, reviewerId: webmaster.user.id });
  await page.context().close();
}, 180000);

it('shows no English UI string on these pages (proper names and data aside)', () => {
  fs.writeFileSync(path.join(SHOTS, 'visible-english.json'), JSON.stringify(english, null, 2));
  expect(english).toEqual({});
});

it('logs no missing translation on these pages', () => {
  fs.writeFileSync(
    path.join(SHOTS, 'missing-translations.txt'),
    [...new Set(missingTranslations)].join('\n'),
  );
  expect([...new Set(missingTranslations)]).toEqual([]);
});

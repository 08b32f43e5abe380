/**
 * The acceptance walk of 正文 and 保密审查 in real Chromium: a 部门编辑 creates an article in the content manager,
 * pastes a table from Word into 正文 (CKEditor 5, self-hosted) — merged cells, Office styles and all — marks its
 * header row, picks column and department, saves; the server stores it sanitised with the merges kept and Word's
 * markup gone, and the page asks no host but its own. The 审核员 is refused publishing before the review
 * (待保密审查), approves in the edit view's panel and publishes. Screenshots in .tmp/screenshots/. Builds the admin
 * panel first when `dist/build` is missing.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createAdmin, type AdminSession } from '../helpers/admin';
import type { TestApp } from '../helpers/strapi';
import { SHOTS, loginAs, refuseApprovePublish, startAdmin } from '../helpers/admin-browser';
import { govFixtures } from '../helpers/gov-fixtures';

const ARTICLE = 'plugin::gov-core.article';

// What Word 2016 puts on the clipboard for a two-level task table (trimmed): Office namespaces, MsoNormal
// paragraphs, mso-* styles, a cell spanning two columns and one spanning two rows.
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15"></head><body lang=ZH-CN style='tab-interval:21.0pt'><!--StartFragment--><p class=MsoNormal><span style='font-family:仿宋_GB2312;mso-bidi-font-family:"Times New Roman"'>道县2017年政务公开重点工作分工<o:p></o:p></span></p><table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184'><tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'><td width=276 colspan=2 style='width:207.4pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt'><p class=MsoNormal><span>工作任务<o:p></o:p></span></p></td><td width=138 style='width:103.7pt;border:solid windowtext 1.0pt'><p class=MsoNormal><span>责任单位<o:p></o:p></span></p></td></tr><tr style='mso-yfti-irow:1'><td width=138 rowspan=2 style='width:103.7pt;border:solid windowtext 1.0pt'><p class=MsoNormal><span>推进决策公开<o:p></o:p></span></p></td><td width=138><p class=MsoNormal><span>重大决策预公开<o:p></o:p></span></p></td><td width=138><p class=MsoNormal><span>县政府办<o:p></o:p></span></p></td></tr><tr style='mso-yfti-irow:2;mso-yfti-lastrow:yes'><td width=138><p class=MsoNormal><span>政策解读<o:p></o:p></span></p></td><td width=138><p class=MsoNormal><span>各政策起草部门<o:p></o:p></span></p></td></tr></table><!--EndFragment--></body></html>`;

let app: TestApp;
let browser: Browser;
let base: string;
let editor: AdminSession;
let reviewer: AdminSession;

beforeAll(async () => {
  ({ app, browser, base } = await startAdmin());
  const fx = govFixtures(app);
  const department = await fx.department({ code: 'zfb-ed', name: '道县人民政府办公室' });
  const column = await fx.column({ slug: 'zwgk-ed' });
  editor = await createAdmin(app, { roles: ['gov-department-editor'], preferedLanguage: 'zh-Hans' });
  reviewer = await createAdmin(app, { roles: ['gov-reviewer'], preferedLanguage: 'zh-Hans' });
  await fx.membership(editor.user, [department]);
  await fx.membership(reviewer.user, [department]);
  expect(column.documentId).toBeTruthy();
}, 420000);
afterAll(async () => {
  await browser?.close();
  await app?.destroy();
});

it('an editor creates an article with a Word table pasted into 正文 (sanitised, merges kept); the reviewer approves it in place and publishes', async () => {
  const own = new URL(base).host;
  const foreign: string[] = [];
  const page = await loginAs(browser, base, editor, {
    height: 1600,
    // Every request the page makes, whatever the scheme but data:/blob:, must go to the server's own host.
    prepare: (context) =>
      context.route(
        () => true,
        (route) => {
          const url = new URL(route.request().url());
          if (!/^(data|blob):$/.test(url.protocol) && url.host !== own) {
            foreign.push(url.href);
            return route.abort('blockedbyclient');
          }
          return route.continue();
        },
      ),
  });
  // A new article, as an editor writes one: title, 正文 pasted from Word, column and department picked.
  // With the locale in the address, as the content manager's own 新建条目 link has it: without it the page
  // redirects once the locales have loaded, and a form already typed into asks 确定要离开此页面吗 (seen on a
  // slow run), hiding the toolbar behind the dialog.
  await page.goto(
    `${base}/admin/content-manager/collection-types/${ARTICLE}/create?plugins[i18n][locale]=zh-Hans`,
    { waitUntil: 'networkidle', timeout: 60000 },
  );
  const editable = page.locator('.ck-editor__editable').first();
  await editable.waitFor({ timeout: 30000 });
  // The toolbar is in 简体中文 and offers tables and the media library.
  await page
    .getByRole('button', { name: /插入表格/ })
    .first()
    .waitFor({ timeout: 15000 });
  await page.getByRole('button', { name: '从媒体库插入图片' }).first().waitFor({ timeout: 10000 });
  expect(new URL(page.url()).searchParams.get('plugins[i18n][locale]')).toBe('zh-Hans');
  await page.locator('input[name="title"]').fill('道县2017年政务公开重点工作分工');

  await editable.click();
  await page.keyboard.press('Control+End');
  await page.evaluate((html) => {
    const target = document.querySelector('.ck-editor__editable') as HTMLElement;
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', '工作任务\t责任单位');
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, WORD_HTML);
  await page.locator('.ck-editor__editable td[colspan="2"]').first().waitFor({ timeout: 15000 });
  await page.locator('.ck-editor__editable td[rowspan="2"]').first().waitFor({ timeout: 15000 });
  // Word's first row is a header in looks only: the editor marks it 标题行 (the accessibility check asks for <th>).
  await page.locator('.ck-editor__editable td').filter({ hasText: '工作任务' }).first().click();
  await page.getByRole('button', { name: '行', exact: true }).click();
  await page.getByText('标题行', { exact: true }).first().click();
  await page
    .locator('.ck-editor__editable th')
    .filter({ hasText: '工作任务' })
    .first()
    .waitFor({ timeout: 10000 });
  await page.screenshot({ path: path.join(SHOTS, 'editor-word-table.png') });

  const pick = async (label: string, option: string) => {
    await page.getByRole('combobox', { name: new RegExp(label) }).click();
    await page
      .getByRole('option', { name: new RegExp(option) })
      .first()
      .click();
  };
  await pick('所属栏目', '栏目zwgk-ed');
  await pick('责任部门', '道县人民政府办公室');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/create'), { timeout: 30000 });
  const articleId = page.url().split('?')[0].split('/').pop() as string;
  const stored = async () =>
    (
      (await app.strapi.db
        .query(ARTICLE)
        .findOne({ where: { documentId: articleId, publishedAt: null } })) as any
    )?.body as string | undefined;
  for (let i = 0; i < 40 && !(await stored())?.includes('<table'); i++) await page.waitForTimeout(500);
  const body = (await stored()) ?? '';
  expect(body).toContain('道县2017年政务公开重点工作分工');
  expect(body).toMatch(/<th[^>]*colspan="2"[^>]*>工作任务/);
  expect(body).toMatch(/<td[^>]*rowspan="2"[^>]*>/);
  expect(body).toContain('推进决策公开');
  expect(body).toMatch(/<td[^>]*rowspan="2"[^>]*>推进决策公开/);
  // Word's own markup does not survive the sanitiser.
  expect(body).not.toMatch(/mso-|MsoNormal|<o:p|urn:schemas-microsoft/);
  expect(foreign).toEqual([]);
  await page.context().close();

  // The 审核员: publishing before the review is refused with the reason; approved in the panel; published.
  const reviewerPage = await loginAs(browser, base, reviewer, { height: 1600 });
  await reviewerPage.goto(`${base}/admin/content-manager/collection-types/${ARTICLE}/${articleId}`, {
    waitUntil: 'networkidle',
    timeout: 60000,
  });
  const published = await refuseApprovePublish(reviewerPage, app, ARTICLE, articleId);
  await reviewerPage.screenshot({ path: path.join(SHOTS, 'editor-table-published.png') });
  expect(published?.body).toMatch(/<th[^>]*colspan="2"/);
  await reviewerPage.context().close();
}, 240000);

/**
 * The assistance toolbar in real Chromium (Debian's /usr/bin/chromium, driven by playwright-core), checked with
 * axe-core (@axe-core/playwright) on the demo page Strapi serves. Needs playwright-core 1.65.1 and
 * @axe-core/playwright 4.14.0, and a Jest project for tests/browser (global setup as the api project).
 * Screenshots go to .tmp/artifacts/accessibility/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import AxeBuilder from '@axe-core/playwright';
import { bootStrapi, type TestApp } from '../helpers/strapi';

const ARTIFACTS = path.resolve(__dirname, '../../.tmp/artifacts/accessibility');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CONTROLS = 17;

let app: TestApp;
let browser: Browser;
let base: string;

beforeAll(async () => {
  app = await bootStrapi();
  const { port } = app.strapi.server.httpServer.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  browser = await launchChromium();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await app?.destroy();
});

const openDemo = async (query = ''): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/accessibility/demo${query}`);
  await page.waitForSelector('#a11y-tb', { state: 'attached' });
  return page;
};

const axeViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
};

const openToolbarByKeyboard = async (page: Page) => {
  await page.focus('[data-a11y-open]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.a11y-tb__bar:not([hidden])');
};

describe('axe-core (WCAG 2.1 A/AA) on the demo page with the toolbar', () => {
  it.each([
    ['normal', null],
    ['high-contrast', 'contrast'],
    ['elder', 'elder'],
  ] as const)('has zero violations in %s mode', async (mode, command) => {
    const page = await openDemo();
    await openToolbarByKeyboard(page);
    if (command) await page.click(`[data-command="${command}"]`);
    if (command) await page.waitForSelector(`html.a11y-${command}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, `toolbar-${mode}.png`), fullPage: false });
    await page.close();
  });

  it('has zero violations with 繁体 labels on a zh-Hant page', async () => {
    const page = await openDemo('?lang=zh-Hant');
    await openToolbarByKeyboard(page);
    expect(await page.getAttribute('.a11y-tb__bar', 'aria-label')).toBe('無障礙輔助工具條');
    expect(await page.textContent('[data-command="elder"]')).toBe('適老版');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('keyboard only', () => {
  it('reaches every toolbar control with Tab and operates each with Enter or Space', async () => {
    const page = await openDemo();
    await openToolbarByKeyboard(page);
    // Opening moves focus to the first control.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.command)).toBe(
      'textLarger',
    );
    const reached: string[] = [];
    for (let i = 0; i < CONTROLS; i++) {
      reached.push(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.command ?? ''));
      await page.keyboard.press('Tab');
    }
    expect(reached).toHaveLength(CONTROLS);
    expect(new Set(reached).size).toBe(CONTROLS);

    for (const command of ['contrast', 'cursor', 'guide', 'magnifier', 'still', 'elder']) {
      await page.focus(`[data-command="${command}"]`);
      await page.keyboard.press(command === 'guide' ? 'Space' : 'Enter');
      expect(await page.getAttribute(`[data-command="${command}"]`, 'aria-pressed')).toBe('true');
    }
    await page.focus('[data-command="textLarger"]');
    await page.keyboard.press('Enter');
    const size = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize),
    );
    expect(size).toBeGreaterThanOrEqual(18);
    await page.focus('[data-command="help"]');
    await page.keyboard.press('Enter');
    expect(await page.isVisible('#a11y-tb-help')).toBe(true);
    await page.focus('[data-command="reset"]');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('[data-command="contrast"]', 'aria-pressed')).toBe('false');
    // Closing returns focus to the page's 无障碍 button.
    await page.focus('[data-command="close"]');
    await page.keyboard.press('Enter');
    expect(await page.isVisible('.a11y-tb__bar')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-a11y-open'))).toBe(true);
    await page.close();
  });

  it('answers the documented shortcuts (Alt+Shift+key)', async () => {
    const page = await openDemo();
    await page.keyboard.press('Alt+Shift+KeyO');
    await page.waitForSelector('.a11y-tb__bar:not([hidden])');
    await page.keyboard.press('Alt+Shift+KeyE');
    expect(await page.evaluate(() => document.documentElement.classList.contains('a11y-elder'))).toBe(true);
    const lineHeight = await page.evaluate(() => {
      const p = document.querySelector('main p')!;
      return parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize);
    });
    expect(lineHeight).toBeGreaterThanOrEqual(1.5 - 0.01);
    await page.keyboard.press('Alt+Shift+KeyC');
    expect(await page.evaluate(() => document.documentElement.classList.contains('a11y-contrast'))).toBe(
      true,
    );
    await page.close();
  });
});

describe('settings', () => {
  it('persist across a reload (localStorage)', async () => {
    const page = await openDemo();
    await openToolbarByKeyboard(page);
    await page.click('[data-command="contrast"]');
    await page.click('[data-command="textLarger"]');
    await page.click('[data-command="textLarger"]');
    await page.reload();
    await page.waitForSelector('#a11y-tb', { state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.classList.contains('a11y-contrast'))).toBe(
      true,
    );
    expect(await page.isVisible('.a11y-tb__bar')).toBe(true);
    expect(await page.getAttribute('[data-command="contrast"]', 'aria-pressed')).toBe('true');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('a11y-toolbar:v1') ?? '{}'));
    expect(stored).toMatchObject({ open: true, theme: 'contrast', text: 2 });
    await page.close();
  });
});

import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`); `npx playwright install` does not work here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium that reaches out to nothing on its own (background networking, component updates, sync). */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });

/**
 * English words a page shows (its visible text), besides proper names and data: product names, standards,
 * pollutant symbols, locale codes, e-mail addresses, codes and slugs of the test data. Used by the admin
 * walkthroughs to check that the admin speaks 简体中文.
 */
export const visibleEnglish = async (page: import('playwright-core').Page): Promise<string[]> => {
  // Settled text only: a spinner's transient label (the design system's combobox says "Loading" while a relation's
  // options load) is not the page. Words are kept only if they are still shown a second later.
  await page.waitForLoadState('networkidle');
  const first = await englishWords(page);
  await page.waitForTimeout(1000);
  const second = new Set(await englishWords(page));
  return first.filter((word) => second.has(word));
};

const englishWords = async (page: import('playwright-core').Page): Promise<string[]> => {
  const text = await page.evaluate(() => document.body.innerText);
  const words = text
    .replace(/\S+@\S+/g, ' ') // e-mail addresses
    .replace(/\b[\w-]*\d[\w-]*\b/g, ' ') // codes, slugs and numbers with digits (zfb-ui-XK-00001, PM2.5)
    .replace(/\b[a-z]+(-[a-z]+)+\b/g, ' ') // slugs (zwgk-ui)
    .match(/[A-Za-z]{2,}/g);
  const PROPER = new Set([
    'Strapi',
    'CKEditor',
    'POWERED',
    'BY',
    'Word',
    'WPS',
    'AQI',
    'IAQI',
    'HJ',
    'GB',
    'PDF',
    'Excel',
    'zh',
    'Hans',
    'Hant',
    'HK',
    'TA',
    'Test',
    'Admin',
    'ID',
    // Technical terms kept in Chinese UIs (Strapi's project statistics: API 令牌, Webhook).
    'API',
    'Webhook',
    // As official Chinese titles write it: 政府和社会资本合作（PPP）, PPP 项目.
    'PPP',
  ]);
  return [...new Set((words ?? []).filter((w) => !PROPER.has(w)))];
};

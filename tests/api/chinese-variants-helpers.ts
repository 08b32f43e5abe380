import fs from 'node:fs';
import path from 'node:path';

export const DAO_COUNTY_TEXT = fs.readFileSync(
  path.resolve(__dirname, '../../seeds/data/chinese-variants/dao-county-2017-zhengwu-gongkai-yaodian.txt'),
  'utf8',
);

/** The Dao County page as sanitised article HTML (paragraphs, a link, an image with alt text). */
export const daoCountyHtml = () =>
  DAO_COUNTY_TEXT.split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${line}</p>`)
    .join('\n') +
  '\n<p>详见<a href="http://www.daoxian.gov.cn/zwgk/政务公开/index.html" title="道县政务公开">政务公开专栏</a>，' +
  '咨询邮箱 zwgk@daoxian.example。</p>';

/** Replaces every Chinese ideograph by one placeholder: what must stay byte-identical through conversion. */
export const nonCjk = (text: string) => text.replace(/[\u3400-\u9fff\uf900-\ufaff]/g, '字');

/**
 * Walks two JSON values in parallel and returns the paths where they differ, except under keys whose values
 * are human text (allowed to differ) and the flags added by the conversion.
 */
export const nonTextDifferences = (
  a: unknown,
  b: unknown,
  textKeys: ReadonlySet<string>,
  ignoredKeys: ReadonlySet<string>,
  at = '$',
): string[] => {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return [at];
    return a.flatMap((item, i) => nonTextDifferences(item, b[i], textKeys, ignoredKeys, `${at}[${i}]`));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) => {
      if (ignoredKeys.has(key)) return [];
      const x = (a as Record<string, unknown>)[key];
      const y = (b as Record<string, unknown>)[key];
      if (textKeys.has(key) && typeof x === 'string' && typeof y === 'string') return [];
      return nonTextDifferences(x, y, textKeys, ignoredKeys, `${at}.${key}`);
    });
  }
  return Object.is(a, b) ? [] : [at];
};

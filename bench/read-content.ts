// The content both read-benchmark apps serve: one department, two columns, eight published articles of
// ~2,000 characters (cut from the Dao County page), five of them in 政务公开 — what the measured query selects.
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { makeUscc } from '../plugins/gov-core/server/src/domain/organization-code';

const PAGE = fs.readFileSync(
  path.resolve(__dirname, '../seeds/data/chinese-variants/dao-county-2017-zhengwu-gongkai-yaodian.txt'),
  'utf8',
);

/** How one app names its types and publishes (ours passes 保密审查 first). */
export interface SeedTarget {
  uid: (name: 'article' | 'column' | 'department') => string;
  publish: (name: 'article' | 'column' | 'department', documentId: string) => Promise<void>;
}

/** ~2,000 characters of the page as HTML paragraphs, starting at a different paragraph for each article. */
const articleBody = (i: number) => {
  const paragraphs = PAGE.split('\n').filter((line) => line.trim() !== '');
  let html = '';
  let chars = 0;
  for (let k = i; chars < 2000; k++) {
    const p = paragraphs[k % paragraphs.length];
    html += `<p>${p}</p>\n`;
    chars += p.length;
  }
  return html;
};

export const seedReadContent = async (strapi: Core.Strapi, target: SeedTarget) => {
  const docs = (name: 'article' | 'column' | 'department') =>
    strapi.documents(target.uid(name) as never) as any;
  const dept = await docs('department').create({
    data: {
      name: '道县人民政府办公室',
      code: 'zfb',
      organizationCode: makeUscc({ divisionCode: '431124', orgCodeBody: 'MB123456' }),
      kind: 'department',
    },
  });
  await target.publish('department', dept.documentId);
  const columns: string[] = [];
  for (const [name, slug] of [
    ['政务公开', 'zwgk'],
    ['通知公告', 'tzgg'],
  ]) {
    const column = await docs('column').create({ data: { name, slug, kind: 'articles' } });
    await target.publish('column', column.documentId);
    columns.push(column.documentId);
  }
  for (let i = 0; i < 8; i++) {
    const a = await docs('article').create({
      data: {
        title: i < 5 ? `道县2017年政务公开工作要点（${i + 1}）` : `道县通知公告（${i + 1}）`,
        summary: PAGE.slice(i * 40, i * 40 + 120),
        body: articleBody(i),
        source: '道县人民政府办公室',
        column: columns[i < 5 ? 0 : 1],
        department: dept.documentId,
        disclosure: {
          publisher: dept.documentId,
          writtenAt: '2017-05-05',
          documentNumber: `道政办发〔2017〕${i + 1}号`,
        },
      },
    });
    await target.publish('article', a.documentId);
  }
};

/**
 * The measured list query in Strapi's REST query language (filters on a field and a relation's field,
 * multi-field sort, populate of both relations and the component, page pagination), as `@strapi/client`
 * sends it.
 */
export const READ_QUERY = new URLSearchParams([
  ['filters[column][slug][$eq]', 'zwgk'],
  ['filters[title][$contains]', '政务公开'],
  ['sort[0]', 'source:asc'],
  ['sort[1]', 'title:desc'],
  ['populate[0]', 'column'],
  ['populate[1]', 'department'],
  ['populate[2]', 'disclosure'],
  ['pagination[page]', '1'],
  ['pagination[pageSize]', '10'],
]).toString();

import { govFixtures } from '../helpers/gov-fixtures';
import type { TestApp } from '../helpers/strapi';
import type { AdminSession } from '../helpers/admin';

export const ITEM = 'plugin::power-list.power-item';
export const ADJUSTMENT = 'plugin::power-list.power-adjustment';

/** Departments (公安局, 教育局, a township), the 权责清单 thematic column, and item helpers. */
export const powerListFixtures = async (app: TestApp) => {
  const fx = govFixtures(app);
  const gaj = await fx.department({ code: 'gaj', name: '道县公安局', shortName: '县公安局' });
  const jyj = await fx.department({ code: 'jyj', name: '道县教育局', shortName: '县教育局' });
  const meihua = await fx.department({ code: 'meihua', name: '道县梅花镇人民政府', kind: 'township' });
  const column = await fx.column({
    slug: 'quanze-qingdan',
    name: '权责清单',
    kind: 'thematic',
    contentType: ITEM,
  });
  const docs = () => app.strapi.documents(ITEM as never) as any;
  let serial = 0;
  const itemData = (data: Record<string, unknown> = {}) => ({
    name: `测试权力事项${++serial}`,
    category: 'licensing',
    legalBasis: '<p>《中华人民共和国行政许可法》第十二条</p>',
    department: gaj.documentId,
    column: column.documentId,
    responsibilities: [{ stage: 'acceptance', duty: '依法受理申请' }],
    accountability: [{ situation: '对符合条件的申请不予受理的', basis: '《行政许可法》第七十二条' }],
    ...data,
  });
  const create = (data: Record<string, unknown> = {}) => docs().create({ data: itemData(data) });
  const update = (documentId: string, data: Record<string, unknown>) => docs().update({ documentId, data });
  const publish = (documentId: string) => fx.approveAndPublish(ITEM, documentId);
  const adjustments = (documentId: string) =>
    app.strapi.db
      .query(ADJUSTMENT)
      .findMany({ where: { itemDocumentId: documentId }, orderBy: [{ id: 'asc' }] });
  return { fx, gaj, jyj, meihua, column, docs, itemData, create, update, publish, adjustments };
};

/** Multipart upload to the import route. */
export const upload = (
  app: TestApp,
  session: AdminSession,
  bytes: Buffer,
  {
    query = '',
    filename = 'power-list.xlsx',
    contentType,
  }: { query?: string; filename?: string; contentType?: string } = {},
) =>
  app
    .http()
    .post(`/power-list/import${query}`)
    .set('Authorization', `Bearer ${session.token}`)
    .attach('file', bytes, { filename, contentType: contentType ?? 'application/octet-stream' });

/** GET with a binary body collected into a Buffer (xlsx, csv). */
export const download = (app: TestApp, session: AdminSession, url: string) =>
  app
    .http()
    .get(url)
    .set('Authorization', `Bearer ${session.token}`)
    .buffer(true)
    .parse((res, cb) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => cb(null, Buffer.concat(parts)));
    });

import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createAdmin, type AdminSession } from '../helpers/admin';

/**
 * The content manager in 简体中文 (issue: "field labels are attribute names; 索引号 and 发布日期 look editable"):
 * every column type, its components and gov-core's own types carry Chinese labels in 「配置视图」 from the column
 * registry, system fields are read-only or hidden, list columns and the main field are set — on first boot, and
 * a webmaster's own later change survives the next boot.
 */
let app: TestApp;
let webmaster: AdminSession;
const CJK = /[\u4e00-\u9fff]/;
const configurationOf = async (uid: string) => {
  const res = await webmaster.get(`/content-manager/content-types/${uid}/configuration`);
  expect(res.status).toBe(200);
  return res.body.data as {
    contentType: { layouts: { edit: { name: string }[][]; list: string[] }; metadatas: any; settings: any };
    components: Record<string, { layouts: { edit: { name: string }[][] }; metadatas: any }>;
  };
};
const editFields = (layouts: { edit: { name: string }[][] }) => layouts.edit.flat().map((f) => f.name);

beforeAll(async () => {
  app = await bootStrapi();
  webmaster = await createAdmin(app, { roles: ['gov-webmaster'] });
}, 300000);
afterAll(async () => {
  await app?.destroy();
});

describe('content manager configuration from the column registry', () => {
  it('labels every field of every column type and its components in Chinese, in the edit view and the list', async () => {
    const types: string[] = app.strapi
      .plugin('gov-core')
      .service('column-registry')
      .list()
      .map((t: { uid: string }) => t.uid);
    expect(types.length).toBeGreaterThanOrEqual(8);
    const raw: string[] = [];
    for (const uid of [...types, 'plugin::gov-core.column', 'plugin::gov-core.department']) {
      const { contentType, components } = await configurationOf(uid);
      for (const name of editFields(contentType.layouts))
        if (!CJK.test(contentType.metadatas[name].edit.label)) raw.push(`${uid} edit ${name}`);
      for (const name of contentType.layouts.list)
        if (name !== 'id' && name !== 'documentId' && !CJK.test(contentType.metadatas[name].list.label))
          raw.push(`${uid} list ${name}`);
      for (const [component, conf] of Object.entries(components))
        for (const name of editFields(conf.layouts))
          if (!CJK.test(conf.metadatas[name].edit.label)) raw.push(`${component} edit ${name}`);
    }
    expect(raw).toEqual([]);
  });

  it('shows system fields read-only (索引号, 发布日期, computed AQI) and hides the scope copy', async () => {
    const article = await configurationOf('plugin::gov-core.article');
    const disclosure = article.components['gov-core.disclosure'].metadatas;
    expect(disclosure.indexNumber.edit).toMatchObject({ label: '索引号', editable: false });
    expect(disclosure.indexNumber.edit.description).toMatch(/不可修改/);
    expect(disclosure.publishDate.edit).toMatchObject({ label: '发布日期', editable: false });
    expect(disclosure.documentNumber.edit).toMatchObject({ label: '发文字号', editable: true });
    expect(disclosure.documentNumber.edit.placeholder).toMatch(/〔2017〕/);
    expect(editFields(article.contentType.layouts)).not.toContain('scopeDepartment');
    const observation = await configurationOf('plugin::environment.air-observation');
    expect(observation.contentType.metadatas.aqi.edit).toMatchObject({ editable: false });
    expect(observation.contentType.metadatas.pm25.edit).toMatchObject({ editable: true });
  });

  it('sets the list columns, the main field and the edit groups 正文 → 信息公开目录 → 附件', async () => {
    const { contentType } = await configurationOf('plugin::gov-core.article');
    expect(contentType.settings).toMatchObject({
      mainField: 'title',
      defaultSortBy: 'updatedAt',
      defaultSortOrder: 'DESC',
    });
    expect(contentType.layouts.list).toEqual(['title', 'department', 'updatedAt']);
    const order = editFields(contentType.layouts);
    expect(order.indexOf('title')).toBe(0);
    expect(order.indexOf('body')).toBeLessThan(order.indexOf('column'));
    expect(order.indexOf('department')).toBeLessThan(order.indexOf('disclosure'));
    expect(order.indexOf('disclosure')).toBeLessThan(order.indexOf('attachments'));
    const power = await configurationOf('plugin::power-list.power-item');
    expect(power.contentType.settings.mainField).toBe('name');
    expect(power.contentType.layouts.list).toEqual(['code', 'name', 'category', 'department', 'updatedAt']);
  });

  it('keeps a webmaster’s own changes on the next boot, and labels again what was put back to the default', async () => {
    const uid = 'plugin::normative-docs.normative-document';
    const { contentType } = await configurationOf(uid);
    const metadatas = structuredClone(contentType.metadatas);
    // The admin sends the list metadata without the relation's mainField it was served with.
    for (const meta of Object.values(metadatas) as any[]) delete meta.list.mainField;
    metadatas.title.edit.label = '文件标题';
    metadatas.summary.edit.label = 'summary';
    const layouts = { ...contentType.layouts, list: ['title', 'validity', 'updatedAt'] };
    const put = await webmaster.put(`/content-manager/content-types/${uid}/configuration`, {
      layouts,
      metadatas,
      settings: contentType.settings,
    });
    expect([put.status, put.body.error]).toEqual([200, undefined]);
    // What the next boot does:
    await app.strapi.plugin('gov-core').service('admin-layouts').apply();
    const after = (await configurationOf(uid)).contentType;
    expect(after.metadatas.title.edit.label).toBe('文件标题');
    expect(after.metadatas.summary.edit.label).toBe('摘要');
    expect(after.metadatas.validity.edit.label).toBe('有效性');
    expect(after.layouts.list).toEqual(['title', 'validity', 'updatedAt']);
    // The admin's messages (read before login) carry the configured labels, so the webmaster's label is shown.
    const messages = (await app.http().get('/gov-core/admin-messages')).body.data;
    // No parameter is taken: an unknown one is named, not ignored.
    for (const refused of [
      await app.http().get('/gov-core/admin-messages?locale=en'),
      await webmaster.get('/gov-core/admin-layouts/options?uid=x'),
    ])
      expect([refused.status, refused.body.error.details.errors[0].path]).toEqual([
        400,
        [expect.any(String)],
      ]);
    expect(messages[`content-manager.content-types.${uid}.title`]).toBe('文件标题');
    expect(messages[`content-manager.content-types.${uid}.validity`]).toBe('有效性');
    expect(messages['规范性文件 (Normative document)']).toBe('规范性文件');
    // The list view's filters ask for enumeration values as bare ids.
    expect([messages.licensing, messages.proactive, messages.repealed]).toEqual([
      '行政许可',
      '主动公开',
      '废止',
    ]);
  });

  it('gives every enumeration of every column type and component Chinese labels for each value', async () => {
    expect((await app.http().get('/gov-core/admin-layouts/options')).status).toBe(401);
    const res = await webmaster.get('/gov-core/admin-layouts/options');
    expect(res.status).toBe(200);
    const labels = res.body.data;
    expect(labels['gov-core.disclosure'].openness).toEqual({
      proactive: '主动公开',
      'on-request': '依申请公开',
      'not-open': '不予公开',
    });
    expect(labels['plugin::power-list.power-item'].category.licensing).toBe('行政许可');
    const types: string[] = app.strapi
      .plugin('gov-core')
      .service('column-registry')
      .list()
      .map((t: { uid: string }) => t.uid);
    const missing: string[] = [];
    const check = (uid: string, attributes: Record<string, any>) => {
      for (const [name, attribute] of Object.entries(attributes)) {
        if (attribute.type === 'enumeration')
          for (const value of attribute.enum)
            if (!CJK.test(labels[uid]?.[name]?.[value] ?? '')) missing.push(`${uid}.${name}=${value}`);
        if (attribute.type === 'component')
          check(attribute.component, app.strapi.components[attribute.component].attributes);
      }
    };
    for (const uid of [...types, 'plugin::gov-core.column', 'plugin::gov-core.department'])
      check(uid, app.strapi.getModel(uid as never).attributes);
    expect(missing).toEqual([]);
  });
});

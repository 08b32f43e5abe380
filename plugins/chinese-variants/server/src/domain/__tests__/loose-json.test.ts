import { ChineseConverter } from '../converter';
import { convertLooseJson } from '../loose-json';

const tw = new ChineseConverter().textConverter('zh-Hant');

describe('convertLooseJson', () => {
  it('converts human text and keeps identifiers of a custom route response', () => {
    const response = {
      data: [
        {
          id: 1,
          documentId: '后台1',
          title: '政务公开',
          name: '县政务公开办',
          slug: '政务公开',
          code: '后台',
          indexNumber: '431124000/2017-后台',
          documentNumber: '道政办发〔2017〕12号',
          departmentId: '后台',
          orgCode: '后台',
          coverUrl: '/uploads/后台.png',
          createdAt: '2017-05-05T08:00:00.000Z',
          publishedAt: null,
          category_code: '后台',
          locale: 'zh-Hans',
          type: '通知公告',
          link: '/zwgk/后台',
          website: 'https://www.daoxian.gov.cn/后台',
          contact: 'zwgk@daoxian.gov.cn',
          date: '2017-05-05',
          views: 12,
          tags: ['发展', '台风'],
          attachment: {
            name: '发展.pdf',
            alternativeText: '发展',
            caption: '后来',
            url: '/uploads/发展.pdf',
            mime: 'application/pdf',
          },
        },
      ],
      meta: { pagination: { page: 1, total: 1 }, message: '查询成功后' },
    };
    expect(convertLooseJson(response, tw)).toEqual({
      data: [
        {
          ...response.data[0],
          title: '政務公開',
          name: '縣政務公開辦',
          tags: ['發展', '颱風'],
          attachment: { ...response.data[0].attachment, alternativeText: '發展', caption: '後來' },
        },
      ],
      meta: { pagination: { page: 1, total: 1 }, message: '查詢成功後' },
    });
  });

  it('lets the caller add non-text keys and force text keys', () => {
    const value = { title: '后来', label: '后来', code: '后来' };
    expect(convertLooseJson(value, tw, { nonTextKeys: ['label'], textKeys: ['code'] })).toEqual({
      title: '後來',
      label: '后来',
      code: '後來',
    });
  });

  it('converts a bare string or array and copies scalars', () => {
    expect(convertLooseJson('后来', tw)).toBe('後來');
    expect(convertLooseJson(['后来', 1, true, null], tw)).toEqual(['後來', 1, true, null]);
    expect(convertLooseJson('/uploads/后来.png', tw)).toBe('/uploads/后来.png');
  });

  it('keeps a __proto__ key as data without touching prototypes', () => {
    const value = JSON.parse('{"__proto__": {"polluted": "后来"}, "title": "后来"}') as Record<
      string,
      unknown
    >;
    const out = convertLooseJson(value, tw) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(out, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(out.title).toBe('後來');
  });
});

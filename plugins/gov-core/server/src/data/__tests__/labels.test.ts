import {
  CADENCE_KEYS,
  COLUMN_KIND_KEYS,
  DEPARTMENT_KIND_KEYS,
  ENUMERATION_KEYS,
  isEnumerationKey,
  LABEL_LOCALES,
  LABELS,
  labelLocale,
  labelOf,
  OPENNESS_KEYS,
  TOPIC_KEYS,
  type EnumerationName,
} from '../labels';
import { TOPICS } from '../topics';

const ENUMERATIONS = Object.keys(LABELS) as EnumerationName[];
// What Strapi's content-type validator requires of enumeration values (@strapi/core domain/content-type/
// validator.js): once regressed to GraphQL names they must match this and stay distinct.
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

describe('topics', () => {
  it('has the 22 主题分类 of the 国务院政策文件库, from 国务院组织机构 to 其他', () => {
    expect(TOPICS).toHaveLength(22);
    expect(TOPICS.map((topic) => topic.label['zh-Hans'])).toEqual([
      '国务院组织机构',
      '综合政务',
      '国民经济管理、国有资产监管',
      '财政、金融、审计',
      '国土资源、能源',
      '农业、林业、水利',
      '工业、交通',
      '商贸、海关、旅游',
      '市场监管、安全生产监管',
      '城乡建设、环境保护',
      '科技、教育',
      '文化、广电、新闻出版',
      '卫生、体育',
      '人口与计划生育、妇女儿童工作',
      '劳动、人事、监察',
      '公安、安全、司法',
      '民政、扶贫、救灾',
      '民族、宗教',
      '对外事务',
      '港澳台侨工作',
      '国防',
      '其他',
    ]);
  });

  it.each([
    ['state-council-organization', '國務院組織機構'],
    ['population-family-planning-women-children', '人口與計劃生育、婦女兒童工作'],
    ['hong-kong-macao-taiwan-overseas-chinese', '港澳臺僑工作'],
    ['civil-affairs-poverty-disaster-relief', '民政、扶貧、救災'],
  ])('labels %s in traditional script as %s', (key, label) => {
    expect(labelOf('topic', key, 'zh-Hant')).toBe(label);
  });

  it('derives TOPIC_KEYS from the topic list in the same order', () => {
    expect(TOPIC_KEYS).toEqual(TOPICS.map((topic) => topic.key));
  });
});

describe('LABELS', () => {
  it.each([
    ['openness', OPENNESS_KEYS, ['proactive', 'on-request', 'not-open']],
    ['departmentKind', DEPARTMENT_KIND_KEYS, ['government', 'department', 'township', 'institution']],
    ['columnKind', COLUMN_KIND_KEYS, ['articles', 'thematic', 'link']],
    ['cadence', CADENCE_KEYS, ['news', 'notice', 'policy', 'static']],
  ])('gives %s the keys %p', (name, keys, expected) => {
    expect(keys).toEqual(expected);
    expect(ENUMERATION_KEYS[name as EnumerationName]).toBe(keys);
  });

  it.each(ENUMERATIONS)('labels every key of %s, and only those, in both scripts', (name) => {
    const labels = LABELS[name] as Record<string, Record<string, string>>;
    expect(Object.keys(labels)).toEqual([...ENUMERATION_KEYS[name]]);
    for (const key of ENUMERATION_KEYS[name]) {
      expect(Object.keys(labels[key]).sort()).toEqual([...LABEL_LOCALES].sort());
      for (const locale of LABEL_LOCALES) expect(labels[key][locale]).toMatch(/^[\p{Script=Han}、]+$/u);
    }
  });

  it.each(ENUMERATIONS)('gives %s keys Strapi accepts as enumeration values', (name) => {
    const keys = ENUMERATION_KEYS[name];
    for (const key of keys) expect(key).toMatch(KEBAB_CASE);
    const regressed = keys.map((key) => key.replace(/-/g, '_'));
    for (const value of regressed) expect(value).toMatch(GRAPHQL_NAME);
    expect(new Set(regressed).size).toBe(keys.length);
  });

  it.each([
    ['openness', 'proactive', 'zh-Hans', '主动公开'],
    ['openness', 'on-request', 'zh-Hant', '依申請公開'],
    ['openness', 'not-open', 'zh-Hant-TW', '不予公開'],
    ['departmentKind', 'township', 'zh-Hant-HK', '鄉鎮'],
    ['departmentKind', 'institution', 'zh', '事业单位'],
    ['columnKind', 'thematic', 'zh-Hant-MO', '專題專欄'],
    ['cadence', 'news', undefined, '动态要闻'],
    ['topic', 'other', null, '其他'],
  ])('labels %s.%s for locale %p as %s', (name, key, locale, label) => {
    expect(labelOf(name as EnumerationName, key, locale)).toBe(label);
  });

  it.each([
    ['openness', 'public'],
    ['topic', 'toString'],
    ['cadence', '__proto__'],
  ])('has no label for the unknown key %s.%s', (name, key) => {
    expect(labelOf(name as EnumerationName, key)).toBeUndefined();
  });
});

describe('labelLocale', () => {
  it.each([
    ['zh-Hans', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['en', 'zh-Hans'],
    [undefined, 'zh-Hans'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['zh-hant-tw', 'zh-Hant'],
    ['zh-Hantx', 'zh-Hans'],
  ])('maps %p to %s', (locale, script) => {
    expect(labelLocale(locale)).toBe(script);
  });
});

describe('isEnumerationKey', () => {
  it.each([
    ['openness', 'on-request', true],
    ['openness', 'on_request', false],
    ['topic', 'foreign-affairs', true],
    ['columnKind', 'news', false],
    ['cadence', 42, false],
  ])('says %s has the key %p: %p', (name, value, expected) => {
    expect(isEnumerationKey(name as EnumerationName, value)).toBe(expected);
  });
});

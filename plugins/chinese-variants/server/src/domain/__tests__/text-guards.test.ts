import { containsCjk, convertOutsideUrls, looksLikeIdentifierString } from '../text-guards';

const mark = (text: string) => `[${text}]`;

describe('containsCjk', () => {
  it.each([
    ['政务', true],
    ['abc 〔2017〕 12', false],
    ['𠀀', true],
    ['豈', true],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(containsCjk(text)).toBe(expected);
  });
});

describe('convertOutsideUrls', () => {
  it.each([
    ['政务公开', '[政务公开]'],
    ['见http://x.gov.cn/a/政务/b.html。', '[见]http://x.gov.cn/a/政务/b.html[。]'],
    ['请登录https://x.gov.cn/进行申报', '[请登录]https://x.gov.cn/[进行申报]'],
    ['网址www.daoxian.gov.cn，', '[网址]www.daoxian.gov.cn[，]'],
    ['邮箱zwgk@daoxian.gov.cn或', '[邮箱]zwgk@daoxian.gov.cn[或]'],
    ['http://a.cn/x http://b.cn/y', 'http://a.cn/x[ ]http://b.cn/y'],
    ['用户@后台', '[用户@后台]'],
  ])('%s → %s', (text, expected) => {
    expect(convertOutsideUrls(text, mark)).toBe(expected);
  });
});

describe('looksLikeIdentifierString', () => {
  it.each([
    ['https://www.daoxian.gov.cn/政务公开', true],
    ['/uploads/政务.pdf', true],
    ['mailto:a@b.cn', true],
    ['zwgk@daoxian.gov.cn', true],
    ['2017-05-05', true],
    ['2017-12-29T03:34:00.000Z', true],
    ['政务公开', false],
    ['/ 政务公开', false],
    ['note:政务公开', false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeIdentifierString(text)).toBe(expected);
  });
});

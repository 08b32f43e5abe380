import { Converter } from 'opencc-js';
import { BUILT_IN_PHRASE_OVERRIDES } from '../../data/overrides';
import { ChineseConverter, builtOpenccConverterCount } from '../converter';
import { DomainValidationError } from '@gov-portal/kit/domain';
import { VARIANTS, type Variant } from '../variants';

const converter = new ChineseConverter();

// 道县2017年政务公开工作要点 (道县人民政府办公室, 2017-05-05), first paragraph, as published on
// www.daoxian.gov.cn (ASCII punctuation as in the original page).
const DAO_COUNTY_PASSAGE =
  '2017年是实施“十三五”规划的重要一年,是供给侧结构性改革的深化之年,也是实现后发赶超、转型跨越的关键之年。2017年全县政务公开工作的总体要求是:紧紧围绕国务院、省政府和市委、市政府重大决策部署及公众关切,深入贯彻落实《关于全面推进政务公开工作的意见》(中办发〔2016〕8号)和《国务院关于印发2016年政务公开工作要点的通知》(国办发〔2016〕19号)精神,严格执行《中华人民共和国政府信息公开条例》的规定,细化政务公开工作任务,加大公开力度,加强政策解读回应,不断增强公开实效,切实保障人民群众的知情权、参与权、表达权和监督权,助力深化改革、经济发展、民生改善,打造法治政府、创新政府、廉洁政府和服务型政府,加快建设开放富裕品质活力道州。';

describe('ChineseConverter.toVariant: government terms', () => {
  it.each([
    ['政务公开', '政務公開', '政務公開'],
    ['干部', '幹部', '幹部'],
    ['党员干部', '黨員幹部', '黨員幹部'],
    ['头发', '頭髮', '頭髮'],
    ['皇后', '皇后', '皇后'],
    ['台风', '颱風', '颱風'],
    ['发展', '發展', '發展'],
    ['后来', '後來', '後來'],
    ['为', '為', '為'],
    ['台湾', '臺灣', '台灣'],
    ['平台', '平臺', '平台'],
    ['人民群众', '人民群眾', '人民羣眾'],
    ['省里', '省裡', '省裏'],
    // Official vocabulary stays: no twp-style rewriting (发布→釋出, 信息→資訊, 项目→專案, 数据→資料).
    ['发布', '發布', '發布'],
    ['信息', '信息', '信息'],
    ['项目', '項目', '項目'],
    ['数据', '數據', '數據'],
    ['政府信息公开条例', '政府信息公開條例', '政府信息公開條例'],
    ['道县人民政府办公室', '道縣人民政府辦公室', '道縣人民政府辦公室'],
  ])('converts %s to %s (zh-Hant) and %s (zh-Hant-HK)', (simplified, tw, hk) => {
    expect(converter.toVariant(simplified, 'zh-Hant')).toBe(tw);
    expect(converter.toVariant(simplified, 'zh-Hant-HK')).toBe(hk);
  });

  it('converts a Dao County passage keeping document numbers, dates, numbers and ASCII intact', () => {
    const passage = DAO_COUNTY_PASSAGE;
    expect(passage).toContain('(中办发〔2016〕8号)');
    const converted = converter.toVariant(passage, 'zh-Hant');
    expect(converted).toContain(
      '深入貫徹落實《關於全面推進政務公開工作的意見》(中辦發〔2016〕8號)和《國務院關於印發2016年政務公開工作要點的通知》(國辦發〔2016〕19號)精神',
    );
    expect(
      converted.startsWith(
        '2017年是實施“十三五”規劃的重要一年,是供給側結構性改革的深化之年,也是實現後發趕超',
      ),
    ).toBe(true);
    expect(converted).toContain('切實保障人民群眾的知情權、參與權、表達權和監督權');
    // Every character that is not a Chinese ideograph is unchanged, in place.
    const nonCjk = (text: string) => text.replace(/[\u3400-\u9fff]/g, '字');
    expect(nonCjk(converted)).toBe(nonCjk(passage));
    expect(converter.toVariant('2017-12-29 11:34 〔2017〕12号 No.431124000/2017-00001 4%', 'zh-Hant')).toBe(
      '2017-12-29 11:34 〔2017〕12號 No.431124000/2017-00001 4%',
    );
  });

  it('returns strings without Chinese characters as they are, without caching them', () => {
    const fresh = new ChineseConverter();
    for (const text of [
      '',
      'SKU-2017',
      'https://www.daoxian.gov.cn/',
      '〔2017〕12',
      '2017-05-05T00:00:00.000Z',
    ]) {
      expect(fresh.toVariant(text, 'zh-Hant-HK')).toBe(text);
    }
    expect(fresh.cacheStats().entries).toBe(0);
  });

  it('leaves URLs and e-mail addresses inside text byte-identical', () => {
    const text =
      '请登录http://www.daoxian.gov.cn/zwgk/政务公开/index.html查询，或发邮件至zwgk@daoxian.gov.cn联系。网址：www.daoxian.gov.cn/后台';
    expect(converter.toVariant(text, 'zh-Hant')).toBe(
      '請登錄http://www.daoxian.gov.cn/zwgk/政务公开/index.html查詢，或發郵件至zwgk@daoxian.gov.cn聯繫。網址：www.daoxian.gov.cn/後臺',
    );
  });

  it('builds each OpenCC converter once per process, shared by every instance', () => {
    new ChineseConverter().warmUp();
    const count = builtOpenccConverterCount();
    expect(count).toBe(4);
    const other = new ChineseConverter();
    other.warmUp();
    other.toVariant('发展', 'zh-Hant-HK');
    other.toSimplified('發展', 'zh-Hant');
    expect(builtOpenccConverterCount()).toBe(count);
  });

  it('rejects an unknown variant with a structured error', () => {
    expect(() => converter.toVariant('发展', 'zh-TW' as Variant)).toThrow(DomainValidationError);
    try {
      converter.toVariant('发展', 'twp' as Variant);
    } catch (error) {
      expect((error as DomainValidationError).field).toBe('variant');
    }
  });
});

describe('ChineseConverter.toSimplified', () => {
  it.each([
    ['發展', 'zh-Hant', '发展'],
    ['臺灣', 'zh-Hant', '台湾'],
    ['人民羣眾', 'zh-Hant-HK', '人民群众'],
    ['頭髮', 'zh-Hant', '头发'],
    ['政務公開', 'zh-Hant-HK', '政务公开'],
    ['新干縣', 'zh-Hant', '新干县'],
  ] as const)('turns the filter value %s (%s) back into %s', (traditional, variant, simplified) => {
    expect(converter.toSimplified(traditional, variant)).toBe(simplified);
  });
});

describe('phrase overrides', () => {
  const plain = () => new ChineseConverter({ builtInOverrides: [] });

  it('beat OpenCC', () => {
    const c = plain();
    expect(c.toVariant('乾安县', 'zh-Hant')).toBe('乾安縣');
    expect(c.toVariant('他被发明了', 'zh-Hant')).toBe('他被髮明瞭');
    c.setOverrides([{ simplified: '被发明', traditional: '被發明' }], 1);
    expect(c.toVariant('他被发明了', 'zh-Hant')).toBe('他被發明了');
    expect(c.toVariant('他被发明了', 'zh-Hant-HK')).toBe('他被發明了');
  });

  it('apply the longest phrase that starts at a position', () => {
    const c = plain();
    c.setOverrides(
      [
        { simplified: '道县', traditional: '道县A' },
        { simplified: '道县人民政府', traditional: '道縣人民政府B' },
      ],
      1,
    );
    expect(c.toVariant('道县人民政府和道县', 'zh-Hant')).toBe('道縣人民政府B和道县A');
  });

  it('let a variant-specific pair beat a generic one, and keep it to its variant', () => {
    const c = plain();
    c.setOverrides(
      [
        { simplified: '了解', traditional: '了解', variant: null },
        { simplified: '了解', traditional: '瞭解', variant: 'zh-Hant' },
        { simplified: '里', traditional: '里', variant: 'zh-Hant-HK' },
      ],
      'v1',
    );
    expect(c.toVariant('了解省里', 'zh-Hant')).toBe('瞭解省裡');
    expect(c.toVariant('了解省里', 'zh-Hant-HK')).toBe('了解省里');
  });

  it('are reversed for toSimplified', () => {
    const c = plain();
    expect(c.toSimplified('乾安縣', 'zh-Hant')).toBe('乾安县');
    c.setOverrides([{ simplified: '道县', traditional: '道州縣' }], 1);
    expect(c.toSimplified('道州縣', 'zh-Hant')).toBe('道县');
  });

  it('take effect immediately for cached strings: a new version invalidates the cache', () => {
    const c = plain();
    expect(c.toVariant('被发明', 'zh-Hant')).toBe('被髮明');
    expect(c.cacheStats().entries).toBe(1);
    c.setOverrides([{ simplified: '被发明', traditional: '被發明' }], 2);
    expect(c.overridesVersion).toBe('2');
    expect(c.cacheStats().entries).toBe(0);
    expect(c.toVariant('被发明', 'zh-Hant')).toBe('被發明');
    c.setOverrides([], 3);
    expect(c.toVariant('被发明', 'zh-Hant')).toBe('被髮明');
  });

  it('drop the cache when the pairs change even if the version does not', () => {
    const c = plain();
    c.setOverrides([], 'same');
    expect(c.toVariant('被发明', 'zh-Hant')).toBe('被髮明');
    c.setOverrides([{ simplified: '被发明', traditional: '被發明' }], 'same');
    expect(c.toVariant('被发明', 'zh-Hant')).toBe('被發明');
  });

  it('keep the cache when the same pairs are loaded again with the same version', () => {
    const c = plain();
    const pairs = [{ simplified: '被发明', traditional: '被發明' }];
    c.setOverrides(pairs, 7);
    c.toVariant('被发明', 'zh-Hant');
    c.setOverrides(pairs, 7);
    expect(c.cacheStats().entries).toBe(1);
  });

  it('let an editor pair replace a built-in one for the same phrase', () => {
    const c = new ChineseConverter();
    expect(c.toVariant('公布', 'zh-Hant')).toBe('公布');
    c.setOverrides([{ simplified: '公布', traditional: '公佈', variant: null }], 1);
    expect(c.toVariant('公布', 'zh-Hant')).toBe('公佈');
  });

  it('do not reach into URLs', () => {
    const c = plain();
    c.setOverrides([{ simplified: '政务', traditional: '政務X' }], 1);
    expect(c.toVariant('政务 http://x.gov.cn/政务/a', 'zh-Hant')).toBe('政務X http://x.gov.cn/政务/a');
  });

  it('reject invalid pairs naming the field', () => {
    const c = plain();
    expect(() => c.setOverrides([{ simplified: 'SKU', traditional: 'QKU' }], 1)).toThrow(
      'overrides[0].simplified: 简体词语必须包含汉字（覆盖只用于中文词语）',
    );
    expect(() => c.setOverrides([{ simplified: '道县', traditional: '道縣' }], ' ')).toThrow(
      'version: 覆盖词语版本号不能为空',
    );
  });
});

describe('cache', () => {
  it('is bounded by the configured number of bytes', () => {
    const c = new ChineseConverter({ cacheMaxBytes: 4096 });
    for (let i = 0; i < 200; i++) c.toVariant(`第${i}条政务公开信息`, 'zh-Hant');
    const stats = c.cacheStats();
    expect(stats.maxBytes).toBe(4096);
    expect(stats.bytes).toBeLessThanOrEqual(4096);
    expect(stats.entries).toBeGreaterThan(0);
    expect(stats.entries).toBeLessThan(200);
  });

  it('serves long strings (keyed by hash) from the cache and keeps variants apart', () => {
    const c = new ChineseConverter();
    const long = '台湾政务公开工作要点。'.repeat(50);
    const tw = c.toVariant(long, 'zh-Hant');
    const hk = c.toVariant(long, 'zh-Hant-HK');
    expect(tw).toBe('臺灣政務公開工作要點。'.repeat(50));
    expect(hk).toBe('台灣政務公開工作要點。'.repeat(50));
    expect(c.cacheStats().entries).toBe(2);
    expect(c.toVariant(long, 'zh-Hant')).toBe(tw);
    expect(c.cacheStats().entries).toBe(2);
  });

  it('can be disabled', () => {
    const c = new ChineseConverter({ cacheMaxBytes: 0 });
    expect(c.toVariant('发展', 'zh-Hant')).toBe('發展');
    expect(c.cacheStats()).toEqual({ entries: 0, bytes: 0, maxBytes: 0 });
  });

  it('rejects a negative or fractional bound', () => {
    expect(() => new ChineseConverter({ cacheMaxBytes: -1 })).toThrow('cacheMaxBytes');
    expect(() => new ChineseConverter({ cacheMaxBytes: 1.5 })).toThrow('cacheMaxBytes');
  });
});

describe('built-in overrides', () => {
  const opencc: Record<Variant, (text: string) => string> = {
    'zh-Hant': Converter({ from: 'cn', to: VARIANTS['zh-Hant'].to }),
    'zh-Hant-HK': Converter({ from: 'cn', to: VARIANTS['zh-Hant-HK'].to }),
  };
  const cases = BUILT_IN_PHRASE_OVERRIDES.flatMap((entry) =>
    (entry.variant ? [entry.variant] : (['zh-Hant', 'zh-Hant-HK'] as Variant[])).map(
      (variant) => [entry.simplified, variant, entry] as const,
    ),
  );

  it.each(cases)(
    '%s (%s) is a real correction of opencc-js, or restores its correct output',
    (simplified, variant, entry) => {
      const raw = opencc[variant](simplified);
      if (entry.kind === 'keeps-opencc') expect(raw).toBe(entry.traditional);
      else expect(raw).not.toBe(entry.traditional);
      expect(converter.toVariant(simplified, variant)).toBe(entry.traditional);
    },
  );

  it.each([
    ['被发明', '被發明'],
    ['前头发生', '前頭發生'],
    ['参与制造', '參與製造'],
    ['文件被发布后', '文件被發布後'],
    ['源头发生变化', '源頭發生變化'],
    ['办理发生争议', '辦理發生爭議'],
    ['头发生长', '頭髮生長'],
    ['理发生意', '理髮生意'],
    ['市场准入负面清单', '市場准入負面清單'],
    ['新闻发布会', '新聞發布會'],
    ['本要点公布后', '本要點公布後'],
    ['江西省新干县', '江西省新干縣'],
    ['新干部', '新幹部'],
  ])('fix %s in context (→ %s)', (simplified, traditional) => {
    expect(converter.toVariant(simplified, 'zh-Hant')).toBe(traditional);
  });

  it('keep 了解 as OpenCC writes it (瞭解 is an accepted form, not an error)', () => {
    expect(converter.toVariant('了解了', 'zh-Hant')).toBe('瞭解了');
  });
});

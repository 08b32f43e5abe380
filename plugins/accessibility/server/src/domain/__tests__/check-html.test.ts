import { RULES } from '../../data/rules';
import type { RuleId } from '../../data/rules';
import { checkHtml } from '../check-html';
import { DomainValidationError } from '@gov-portal/kit/domain';
import { blockingErrors, isPublishable } from '../violations';
import { RULE_CASES as CASES } from './rule-cases';

const rulesOf = (html: string): RuleId[] => checkHtml(html, { field: 'content' }).map((v) => v.rule);

describe('checkHtml rules', () => {
  it.each(CASES)('$rule: reports $why', ({ rule, fails }) => {
    expect(rulesOf(fails)).toContain(rule);
  });

  it.each(CASES)('$rule: accepts the corrected markup ($why)', ({ rule, passes }) => {
    expect(rulesOf(passes)).not.toContain(rule);
  });

  it('has at least one failing and one passing sample for every rule of the HTML checker', () => {
    const htmlRules = RULES.map((r) => r.id).filter((id) => !id.startsWith('media-'));
    expect(new Set(CASES.map((c) => c.rule))).toEqual(new Set(htmlRules));
  });
});

describe('checkHtml', () => {
  it('reports nothing on paragraphs of plain text (not parsed) — no failing sample is such a list', () => {
    for (const html of ['<p>《条例》第1条</p><p>《办法》第2条</p>', ' <p>a &amp; b</p>\n<p></p> ', '   '])
      expect(checkHtml(html)).toEqual([]);
    for (const { fails } of CASES) expect(/^\s*(?:<p>[^<>]*<\/p>\s*)*$/.test(fails)).toBe(false);
  });

  it('returns an empty list for clean content', () => {
    const html = `
      <h2>一、工作目标</h2>
      <p>全面推进决策、执行、管理、服务、结果公开。<img src="/u/a.jpg" alt="政务公开专栏截图"></p>
      <h3>（一）推进决策公开</h3>
      <p>详见<a href="/zwgk/jcgk/">重大决策预公开目录</a>和
         <a href="/uploads/yaodian.pdf">工作要点</a>（PDF，320KB）。</p>
      <table><caption>责任分工</caption>
        <thead><tr><th scope="col">任务</th><th scope="col">责任单位</th></tr></thead>
        <tbody><tr><td>政策解读</td><td>县政府办</td></tr></tbody>
      </table>
      <p style="color:#333;background-color:#fff;font-size:16px">道县人民政府办公室</p>`;
    expect(checkHtml(html, { field: 'content' })).toEqual([]);
  });

  it('returns an empty list for empty, blank or missing content', () => {
    expect(checkHtml('')).toEqual([]);
    expect(checkHtml('   ')).toEqual([]);
    expect(checkHtml(null)).toEqual([]);
    expect(checkHtml(undefined)).toEqual([]);
  });

  it('fills every violation from the rules table with the field name and a short excerpt', () => {
    const [v] = checkHtml('<p>说明<img src="/u/IMG_0001.jpg"></p>', { field: 'content' });
    expect(v).toEqual({
      rule: 'img-alt-missing',
      criterion: 'WCAG 2.1 1.1.1 (A) / GB/T 37668-2019 aligned-with',
      severity: 'error',
      field: 'content',
      excerpt: '<img src="/u/IMG_0001.jpg">',
      title: '图片缺少替代文本',
      hint: expect.stringContaining('alt=""'),
    });
  });

  it('cuts excerpts to 120 characters', () => {
    const long = `<p style="color:#aaa">${'道县'.repeat(200)}</p>`;
    const [v] = checkHtml(long);
    expect(Array.from(v.excerpt)).toHaveLength(120);
    expect(v.excerpt.endsWith('…')).toBe(true);
  });

  it('lists violations in document order, whatever check found them', () => {
    const html =
      '<div style="color:#aaa"><img src="a.jpg"><p>浅色文字</p></div>' +
      '<h2>标题</h2><h4>跳级</h4><a href="/x">更多</a><marquee>滚动</marquee>';
    expect(rulesOf(html)).toEqual([
      'contrast-too-low',
      'img-alt-missing',
      'heading-level-skipped',
      'link-text-vague',
      'moving-text',
    ]);
  });

  it('is deterministic', () => {
    const html =
      '<h4>a</h4><img src="b.png"><a href="/1">这里</a><a href="/2">这里</a><p style="color:#ccc">c</p>';
    expect(checkHtml(html)).toEqual(checkHtml(html));
  });

  it('reports low contrast once per element that set the colour', () => {
    const html = '<div style="color:#aaaaaa"><p>第一段</p><p>第二段</p></div>';
    const found = checkHtml(html).filter((v) => v.rule === 'contrast-too-low');
    expect(found).toHaveLength(1);
    expect(found[0].excerpt.startsWith('<div style="color:#aaaaaa">')).toBe(true);
    expect(found[0].detail).toBe('文字 #aaaaaa，背景 #ffffff，对比度 2.32:1，要求至少 4.5:1');
  });

  it('judges semi-transparent backgrounds by compositing them over what is behind', () => {
    // rgba(0,0,0,0.5) over white is #808080: white text on it is 3.95:1.
    expect(rulesOf('<p style="background: rgba(0,0,0,.5); color: #fff">文字</p>')).toContain(
      'contrast-too-low',
    );
    expect(rulesOf('<p style="background: rgba(0,0,0,.8); color: #fff">文字</p>')).not.toContain(
      'contrast-too-low',
    );
  });

  it('does not judge text over a background image or gradient', () => {
    expect(rulesOf('<p style="background:url(bg.png) #fff;color:#eee">文字</p>')).not.toContain(
      'contrast-too-low',
    );
    expect(
      rulesOf('<p style="background-image:linear-gradient(#fff,#000);color:#eee">文字</p>'),
    ).not.toContain('contrast-too-low');
  });

  it('honours !important and legacy colour attributes', () => {
    expect(rulesOf('<p style="color:#000 !important; color:#eee">文字</p>')).not.toContain(
      'contrast-too-low',
    );
    expect(rulesOf('<table bgcolor="#000"><tr><td>文字</td><td>文字</td></tr></table>')).toContain(
      'contrast-too-low',
    );
    expect(rulesOf('<font color="#dddddd">文字</font>')).toEqual(['font-element', 'contrast-too-low']);
  });

  it('treats default-size h1 and h2 as large text (3:1 suffices)', () => {
    expect(rulesOf('<h2 style="color:#949494">二、主要任务</h2>')).toEqual([]);
    expect(rulesOf('<h4 style="color:#949494">（一）任务</h4>')).toEqual([
      'heading-level-skipped',
      'contrast-too-low',
    ]);
  });

  it('resolves nested relative font sizes against their parent', () => {
    expect(rulesOf('<div style="font-size:20px"><span style="font-size:0.7em">注</span></div>')).toEqual([]);
    expect(rulesOf('<div style="font-size:12px"><span style="font-size:0.9em">注</span></div>')).toEqual([
      'font-size-too-small',
    ]);
  });

  it('ignores tiny font sizes on elements without text', () => {
    expect(rulesOf('<span style="font-size:6px"> </span>')).toEqual([]);
  });

  it('accepts images marked decorative by role or labelled by aria-label', () => {
    expect(rulesOf('<img src="a.png" role="presentation">')).toEqual([]);
    expect(rulesOf('<img src="a.png" aria-label="道县区位图">')).toEqual([]);
  });

  it('names a link by aria-label, aria-labelledby or its image alt', () => {
    expect(rulesOf('<a href="/s" aria-label="站内搜索"><i class="icon"></i></a>')).toEqual([]);
    expect(rulesOf('<h3 id="t">政策解读</h3><a href="/jd" aria-labelledby="t"></a>')).toEqual([
      'heading-level-skipped',
    ]);
  });

  it('ignores anchors without href', () => {
    expect(rulesOf('<a name="top"></a><a id="s1"></a>')).toEqual([]);
  });

  it('starts heading levels from headingBaseLevel', () => {
    expect(checkHtml('<h3>小节</h3>', { headingBaseLevel: 2 })).toEqual([]);
    expect(checkHtml('<h4>小节</h4>', { headingBaseLevel: 2 }).map((v) => v.rule)).toEqual([
      'heading-level-skipped',
    ]);
  });

  it('reads the type and size written right after an attachment link, across inline markup', () => {
    expect(
      rulesOf('<p><strong><a href="/u/a.xlsx">统计表</a></strong><span>（XLSX，1.2MB）</span></p>'),
    ).toEqual([]);
    expect(rulesOf('<p><a href="/u/a.ofd">决定</a></p><p>（OFD，20KB）</p>')).toEqual([
      'attachment-info-missing',
    ]);
  });

  it('refuses markup nested deeper than browsers render, naming the field', () => {
    const deep = `${'<span>'.repeat(600)}道县${'</span>'.repeat(600)}`;
    expect(() => checkHtml(deep, { field: 'content' })).toThrow(DomainValidationError);
    expect(() => checkHtml(deep, { field: 'content' })).toThrow(/^content: HTML 嵌套超过 512 层/);
    expect(() => checkHtml(`${'<div>'.repeat(500)}道县`, { field: 'content' })).not.toThrow();
  });

  it('does not check markup inside template or script', () => {
    expect(rulesOf('<template><img src="a.jpg"></template><script>var s = "<img>";</script>')).toEqual([]);
  });
});

describe('publishing decision', () => {
  it('blocks publishing on errors and returns { field, rule, message } in Chinese', () => {
    const violations = checkHtml('<img src="/u/a.jpg"><a href="/x">更多</a>', { field: 'content' });
    expect(isPublishable(violations)).toBe(false);
    const errors = blockingErrors(violations);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field: 'content', rule: 'img-alt-missing' });
    expect(errors[0].message).toMatch(/^content: 图片缺少替代文本：/);
    expect(errors[0].message).toContain('WCAG 2.1 1.1.1 (A)');
  });

  it('lets content with warnings only be published', () => {
    expect(isPublishable(checkHtml('<a href="/x">更多</a>'))).toBe(true);
  });
});

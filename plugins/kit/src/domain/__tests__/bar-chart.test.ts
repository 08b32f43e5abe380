import { barChartSvg, escapeXml, textWidth, type BarRow } from '../bar-chart';

const rows: BarRow[] = [
  { label: '一般公共预算', value: 12345.6, text: '12345.60 万元' },
  { label: '政府性基金', value: 0.3, text: '0.30 万元' },
  { label: '国有资本经营', value: 0, text: '0.00 万元' },
];

/** The widths of the bars, in order. */
const barWidths = (svg: string) =>
  [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="18"/g)].map((m) => Number(m[1]));

describe('barChartSvg', () => {
  const svg = barChartSvg(rows, { title: '预算收入', desc: '单位：万元。', id: 'budget' });

  it('is an image labelled by its title and description', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" [^>]*role="img"/);
    expect(svg).toContain('aria-labelledby="budget-title budget-desc"');
    expect(svg).toContain('<title id="budget-title">预算收入</title>');
    expect(svg).toContain(
      '<desc id="budget-desc">单位：万元。一般公共预算 12345.60 万元；政府性基金 0.30 万元；国有资本经营 0.00 万元。</desc>',
    );
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it.each(rows.map((r) => [r.label, r.text] as const))('shows %s and %s as visible text', (label, text) => {
    expect(svg).toContain(`>${label}</text>`);
    expect(svg).toContain(`>${text}</text>`);
    expect(svg).toContain(`<title>${label}：${text}</title>`);
  });

  it('draws one bar per row: the longest for the largest value, at least 1 for any value above 0, none for 0', () => {
    expect(barWidths(svg)).toEqual([400, 1, 0]);
    const tiny = barChartSvg(
      [
        { label: 'a', value: 1e9, text: 'a' },
        { label: 'b', value: 1e-9, text: 'b' },
      ],
      { title: 't' },
    );
    expect(barWidths(tiny)).toEqual([400, 1]);
  });

  it('defaults the ids and makes them safe', () => {
    expect(barChartSvg(rows, { title: 't' })).toContain('aria-labelledby="bar-chart-title bar-chart-desc"');
    expect(barChartSvg(rows, { title: 't', id: 'a" onload="x' })).toContain(
      'aria-labelledby="a--onload--x-title a--onload--x-desc"',
    );
  });

  it('escapes < > & " \' in labels, texts, title and description', () => {
    const hostile = '<script>alert("x")</script> & \'q\'';
    const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;q&apos;';
    const out = barChartSvg([{ label: hostile, value: 1, text: `1 ${hostile}` }], {
      title: `标题 ${hostile}`,
      desc: `说明 ${hostile}`,
    });
    expect(out).not.toContain('<script');
    expect(out).not.toContain('"x"');
    expect(out).not.toMatch(/ & /);
    expect(out).toContain(`<title id="bar-chart-title">标题 ${escaped}</title>`);
    expect(out).toContain(`>${escaped}</text>`);
    expect(out).toContain(`>1 ${escaped}</text>`);
    expect(out).toContain(`<desc id="bar-chart-desc">说明 ${escaped}${escaped} 1 ${escaped}。</desc>`);
    expect(escapeXml('&<>"\'')).toBe('&amp;&lt;&gt;&quot;&apos;');
  });

  it('says so when there is nothing to show', () => {
    const out = barChartSvg([], { title: 't', desc: '共 0 项。', noData: '暫無數據 & <無>' });
    expect(out).toContain('<desc id="bar-chart-desc">共 0 项。暫無數據 &amp; &lt;無&gt;。</desc>');
    expect(out).toContain('>暫無數據 &amp; &lt;無&gt;</text>');
    expect(barWidths(out)).toEqual([]);
    expect(barChartSvg([], { title: 't' })).toContain('>暂无数据</text>');
  });

  it('is deterministic and needs no external font', () => {
    expect(barChartSvg(rows, { title: '预算收入', desc: '单位：万元。', id: 'budget' })).toBe(svg);
    expect(svg).not.toMatch(/@import|url\(|<style|href=/);
  });

  it('is wide enough for its longest label, text and title', () => {
    const long = '生态建设和环境保护'.repeat(4);
    const width = (s: string) => Number(/^<svg [^>]*width="(\d+)"/.exec(s)![1]);
    expect(width(barChartSvg([{ label: long, value: 1, text: '1' }], { title: 't' }))).toBeGreaterThan(
      textWidth(long) + 400,
    );
    expect(width(barChartSvg([], { title: long.repeat(3) }))).toBeGreaterThan(textWidth(long.repeat(3)));
  });
});

describe('textWidth', () => {
  it.each([
    ['', 0],
    ['水利', 28],
    ['——', 28],
    ['ab', 19], // 2 × 0.65 em, rounded up
    ['水a', 24],
  ])('%j is %i px wide at 14 px', (text, width) => {
    expect(textWidth(text)).toBe(width);
  });

  it('scales with the font size', () => {
    expect(textWidth('水利', 20)).toBe(40);
  });
});

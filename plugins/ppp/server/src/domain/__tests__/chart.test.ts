import { escapeXml, projectStats, statsChartSvg, type StatsEntry } from '..';

const entries: StatsEntry[] = [
  { key: 'ecology', label: '生态建设和环境保护', count: 3, totalInvestment: 12345.6 },
  { key: 'water', label: '水利建设', count: 1, totalInvestment: 0.3 },
  { key: 'energy', label: '能源', count: 0, totalInvestment: 0 },
];
const options = { title: 'PPP 项目按所属行业统计', desc: '共 4 个项目。', unit: '万元' };

describe('statsChartSvg', () => {
  const svg = statsChartSvg(entries, options);

  it('is an image labelled by its title and description', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" [^>]*role="img"/);
    expect(svg).toContain('aria-labelledby="ppp-stats-chart-title ppp-stats-chart-desc"');
    expect(svg).toContain('<title id="ppp-stats-chart-title">PPP 项目按所属行业统计</title>');
    expect(svg).toContain(
      '<desc id="ppp-stats-chart-desc">共 4 个项目。生态建设和环境保护 12345.60 万元（3 个项目）；水利建设 0.30 万元（1 个项目）；能源 0.00 万元（0 个项目）。</desc>',
    );
  });

  it.each(entries.map((e) => [e.label] as const))('shows %s with its value as visible text', (label) => {
    const entry = entries.find((e) => e.label === label)!;
    expect(svg).toContain(`>${label}</text>`);
    expect(svg).toMatch(new RegExp(`>[0-9.]+ 万元（${entry.count} 个项目）</text>`));
  });

  it('draws one bar per entry, the longest for the largest value and none for 0', () => {
    const widths = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="18"/g)].map((m) =>
      Number(m[1]),
    );
    expect(widths).toEqual([400, 1, 0]); // 0.30 beside 12345.60 still shows
  });

  it('can measure counts', () => {
    const counts = statsChartSvg(entries, { ...options, unit: '个', measure: 'count' });
    expect(counts).toContain('>3 个（12345.60 万元）</text>');
  });

  it('is deterministic and needs no external font', () => {
    expect(statsChartSvg(entries, options)).toBe(svg);
    expect(svg).not.toMatch(/@import|url\(|<style|href=/);
  });

  it('escapes markup, ampersands and quotes everywhere', () => {
    const hostile = '<script>alert("x")</script> & \'q\'';
    const out = statsChartSvg([{ key: 'x', label: hostile, count: 1, totalInvestment: 1 }], {
      title: `标题 ${hostile}`,
      desc: `说明 ${hostile}`,
      unit: '万元 & 元',
      id: 'a" onload="x',
    });
    expect(out).not.toContain('<script');
    expect(out).not.toContain('"x"');
    expect(out).not.toMatch(/ & /);
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;q&apos;');
    expect(out).toContain('aria-labelledby="a--onload--x-title a--onload--x-desc"');
    expect(escapeXml('&<>"\'')).toBe('&amp;&lt;&gt;&quot;&apos;');
  });

  it('says so when there is nothing to show', () => {
    const out = statsChartSvg([], options);
    expect(out).toContain('<desc id="ppp-stats-chart-desc">共 4 个项目。暂无数据。</desc>');
    expect(out).toContain('>暂无数据</text>');
  });

  it('words the chart in 繁体 for a 繁体 locale', () => {
    const out = statsChartSvg(
      projectStats([{ sector: 'water', investment: 1 }], 'zh-Hant').bySector.slice(2, 3),
      {
        ...options,
        unit: '萬元',
        locale: 'zh-Hant',
      },
    );
    expect(out).toContain('>1.00 萬元（1 個項目）</text>');
  });
});

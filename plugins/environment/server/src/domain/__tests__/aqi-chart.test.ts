import { renderAqiChart } from '../aqi-chart';

describe('renderAqiChart', () => {
  const svg = renderAqiChart({
    month: '2026-02',
    stationName: '城区<站>',
    days: [
      { date: '2026-02-01', aqi: 42, display: '42', level: 1, category: '优', primaryPollutants: [] },
      {
        date: '2026-02-02',
        aqi: null,
        display: '>500',
        level: 6,
        category: '严重污染',
        primaryPollutants: ['pm25'],
      },
    ],
    levelCounts: { 1: 1, 2: 0, 3: 0, 4: 0, 5: 0, 6: 1 },
    goodDays: 1,
    validDays: 2,
    percent: '50.0%',
  });

  it('is an image with a title and a description that summarise the month', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="title desc"/);
    expect(svg).toContain('<title id="title">2026年2月城区&lt;站&gt;每日空气质量指数（AQI）</title>');
    expect(svg).toMatch(
      /<desc id="desc">[^<]*优良天数 1 天，优良天数比例 50.0%；一级（优）1 天，六级（严重污染）1 天。最高 AQI &gt;500/,
    );
  });

  it('draws one slot per day of the month, with text for days without data', () => {
    expect(svg.match(/无日报数据/g)).toHaveLength(26);
    expect(svg).toContain('2月2日：AQI &gt;500，六级（严重污染），首要污染物 PM2.5');
  });

  it('gives every level a pattern and a text legend entry', () => {
    for (let l = 1; l <= 6; l++) expect(svg).toContain(`<pattern id="aqi-level-${l}"`);
    expect(svg).toContain('二级 · 良 · 51–100 · 0 天');
  });
});

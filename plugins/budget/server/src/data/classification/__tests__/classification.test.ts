import { EDITIONS, GFS_2017, GFS_2026, editionFor, type ClassificationEdition } from '..';

const COMMON_CLASSES = [
  '201',
  '202',
  '203',
  '204',
  '205',
  '206',
  '207',
  '208',
  '209',
  '210',
  '211',
  '212',
  '213',
  '214',
  '215',
  '216',
  '217',
  '219',
  '220',
  '221',
  '222',
  '223',
  '227',
  '229',
  '230',
  '231',
  '232',
  '233',
];

interface Case {
  edition: ClassificationEdition;
  classes: string[];
  absent: string[];
}

const cases: Case[] = [
  { edition: GFS_2017, classes: COMMON_CLASSES, absent: ['224', '234'] },
  { edition: GFS_2026, classes: [...COMMON_CLASSES, '224'], absent: [] },
];

describe.each(cases)('$edition.id', ({ edition, classes, absent }) => {
  const fn = Object.entries(edition.function);
  const eco = Object.entries(edition.economic);

  it('has function keys of 3, 5 or 7 digits', () => {
    expect(fn.length).toBeGreaterThan(0);
    for (const [code] of fn) expect(code).toMatch(/^(\d{3}|\d{5}|\d{7})$/);
  });

  it('has the 类 of every 款 and the 款 of every 项', () => {
    for (const [code] of fn) {
      if (code.length === 5)
        expect([code, edition.function[code.slice(0, 3)]]).toEqual([code, expect.any(String)]);
      if (code.length === 7)
        expect([code, edition.function[code.slice(0, 5)]]).toEqual([code, expect.any(String)]);
    }
  });

  it('has every 类 of the edition between 201 and 233', () => {
    for (const code of classes) expect([code, edition.function[code]]).toEqual([code, expect.any(String)]);
    for (const code of absent) expect(edition.function[code]).toBeUndefined();
  });

  it('has economic keys of 3 or 5 digits with their 类 present', () => {
    expect(eco.length).toBeGreaterThan(0);
    for (const [code] of eco) {
      expect(code).toMatch(/^(\d{3}|\d{5})$/);
      if (code.length === 5)
        expect([code, edition.economic[code.slice(0, 3)]]).toEqual([code, expect.any(String)]);
    }
  });

  it('has non-empty, trimmed names', () => {
    for (const [code, name] of [...fn, ...eco]) {
      expect([code, name.length > 0 && name === name.trim()]).toEqual([code, true]);
    }
  });

  it('names 205 教育支出 and 2081901 城市最低生活保障金支出', () => {
    expect(edition.function['205']).toBe('教育支出');
    expect(edition.function['2081901']).toBe('城市最低生活保障金支出');
    expect(edition.economic['301']).toBe('工资福利支出');
  });
});

describe('edition-specific names', () => {
  it.each([
    { edition: GFS_2017, code: '210', name: '医疗卫生与计划生育支出' },
    { edition: GFS_2026, code: '210', name: '卫生健康支出' },
    { edition: GFS_2017, code: '207', name: '文化体育与传媒支出' },
    { edition: GFS_2026, code: '207', name: '文化旅游体育与传媒支出' },
    { edition: GFS_2026, code: '224', name: '灾害防治及应急管理支出' },
  ])('$edition.id: $code $name', ({ edition, code, name }) => {
    expect(edition.function[code]).toBe(name);
  });

  it('uses the 2017 single economic table and the 部门预算 table afterwards', () => {
    expect(GFS_2017.economic['30104']).toBe('社会保障缴费');
    expect(GFS_2017.economic['30311']).toBe('住房公积金');
    expect(GFS_2026.economic['30104']).toBeUndefined();
    expect(GFS_2026.economic['30113']).toBe('住房公积金');
    expect(GFS_2026.economic['307']).toBe('债务利息及费用支出');
  });
});

describe('editionFor', () => {
  it('lists editions by year ascending', () => {
    expect(EDITIONS.map((e) => e.year)).toEqual([...EDITIONS.map((e) => e.year)].sort((a, b) => a - b));
    expect(EDITIONS.map((e) => e.id)).toEqual(['gfs-2017', 'gfs-2026']);
  });

  it.each([
    [2016, 'gfs-2017'],
    [2017, 'gfs-2017'],
    [2020, 'gfs-2017'],
    [2025, 'gfs-2017'],
    [2026, 'gfs-2026'],
    [2030, 'gfs-2026'],
  ])('%i → %s', (year, id) => {
    expect(editionFor(year).id).toBe(id);
  });
});

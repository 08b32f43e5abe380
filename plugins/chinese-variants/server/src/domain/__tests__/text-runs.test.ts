import { convertRun } from '../text-runs';

describe('convertRun', () => {
  const phrase = (text: string) => text.replace('头发', '頭髮').replace(/头/g, '頭').replace(/发/g, '發');

  it('converts the pieces as one string and cuts at the original seams', () => {
    expect(convertRun(['剪头', '发'], phrase)).toEqual(['剪頭', '髮']);
  });

  it('cuts by code points when a supplementary character is involved', () => {
    const widen = (text: string) => text.replace(/头/g, '𠀀');
    expect(convertRun(['头a', '头'], widen)).toEqual(['𠀀a', '𠀀']);
  });

  it('falls back to piece-by-piece when the length changes', () => {
    const grow = (text: string) => text.replace(/道县/g, '道州县城').replace(/头/g, '頭');
    expect(convertRun(['道', '县头'], grow)).toEqual(['道', '县頭']);
  });

  it('handles empty and single runs', () => {
    expect(convertRun([], phrase)).toEqual([]);
    expect(convertRun(['头发'], phrase)).toEqual(['頭髮']);
  });
});

/**
 * 政府收支分类科目 codes: 支出功能分类 类 (3 digits), 款 (5), 项 (7); 经济分类 类 (3), 款 (5). A 款 extends its
 * 类, a 项 its 款. A code the report's edition does not list is accepted only as `custom` (a county's own
 * 项, or a subject of another year), with a warning.
 */
import type { ClassificationEdition } from '../data/classification';

export type Axis = 'function' | 'economic';

const LENGTHS: Readonly<Record<Axis, readonly number[]>> = { function: [3, 5, 7], economic: [3, 5] };
export const AXIS_LABEL: Readonly<Record<Axis, string>> = {
  function: '功能分类科目',
  economic: '经济分类科目',
};
export const LEVEL_LABEL = ['类', '款', '项'] as const;

/** 1 = 类, 2 = 款, 3 = 项; 0 when `code` is not a code of the axis. */
export function codeLevel(axis: Axis, code: string): number {
  if (!/^\d+$/.test(code)) return 0;
  return LENGTHS[axis].indexOf(code.length) + 1;
}

/** The 类 of a 款, the 款 of a 项; null for a 类. */
export function parentCode(code: string): string | null {
  return code.length > 3 ? code.slice(0, code.length - 2) : null;
}

/** Whether `code` lies under (or is) `ancestor`. */
export const isUnder = (code: string, ancestor: string) => code.startsWith(ancestor);

export type CodeCheck =
  | { ok: true; custom: false; name: string }
  | { ok: true; custom: true; warning: string }
  | { ok: false; message: string };

/** `code` of `axis` against the edition: its format, then whether the edition lists it. */
export function checkCode(axis: Axis, code: string, edition: ClassificationEdition): CodeCheck {
  const level = codeLevel(axis, code);
  if (!level)
    return {
      ok: false,
      message: `${AXIS_LABEL[axis]}编码“${code}”格式不对：应为 ${LENGTHS[axis].join('、')} 位数字（${LEVEL_LABEL.slice(0, LENGTHS[axis].length).join('、')}）`,
    };
  const name = edition[axis][code];
  if (name) return { ok: true, custom: false, name };
  return {
    ok: true,
    custom: true,
    warning: `${AXIS_LABEL[axis]} ${code} 不在${edition.title}中，按自定义科目（custom）接受，请核对`,
  };
}

import { richTextToPlainText, type RichText } from '@gov-portal/kit/domain';

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}]) | (?=[${CJK}])`, 'g');

/**
 * The text two legal bases are compared by: markup, line breaks and spacing differences removed (an
 * editor re-wrapping paragraphs or adding a space before 《 is not an adjustment).
 */
export function normalizeLegalBasis(value: RichText): string {
  return richTextToPlainText(value).replace(/\n/g, ' ').replace(SPACE_NEXT_TO_CJK, '');
}

/**
 * Filters of the shortcut parameters that every type with a 信息公开目录 (disclosure) component shares.
 * Pure: no Strapi import.
 */

/**
 * `?year=`: the year the document was written (成文日期, `disclosure.writtenAt`), or, when that is empty,
 * the year of its 发布日期 — the year a reader of a 政府信息公开目录 means.
 */
export function writtenInYear(year: number, attribute = 'disclosure'): Record<string, unknown> {
  const range = { $gte: `${year}-01-01`, $lte: `${year}-12-31` };
  return {
    $or: [
      { [attribute]: { writtenAt: range } },
      { [attribute]: { writtenAt: { $null: true }, publishDate: range } },
    ],
  };
}

/** `?topic=`: the 主题分类 key. */
export const hasTopic = (topic: string, attribute = 'disclosure') => ({
  [attribute]: { topic: { $eq: topic } },
});

/** `?column=` / `?department=`: the slug of the column, the code of the department. */
export const inColumn = (slug: string) => ({ column: { slug: { $eq: slug } } });
export const ofDepartment = (code: string) => ({ department: { code: { $eq: code } } });

/** One edition of the 政府收支分类科目 (expenditure side) a report's year is checked against. */
export interface ClassificationEdition {
  /** e.g. 'gfs-2017' */
  id: string;
  /** The budget year it applies to. */
  year: number;
  /** 《2017年政府收支分类科目》 */
  title: string;
  /** Where the names come from, and what is known to be incomplete. */
  source: string;
  /** 支出功能分类科目: 类 (3 digits), 款 (5 digits), 项 (7 digits) → name. */
  function: Readonly<Record<string, string>>;
  /** 部门预算支出经济分类科目 (2017: 支出经济分类科目): 类 (3 digits), 款 (5 digits) → name. */
  economic: Readonly<Record<string, string>>;
}

/**
 * Which power items a public list shows by default. Pure: no Strapi import.
 * The item status is the field `itemStatus` (实施中 / 已取消 / 已下放 / 暂停实施); Strapi's `status` is the
 * draft/published dimension and is not the item status.
 */
export const IN_FORCE = 'in-force';

/** Does a `filters` tree name `itemStatus` anywhere (then the request decides the item status itself)? */
export const namesItemStatus = (filters: unknown): boolean =>
  Array.isArray(filters)
    ? filters.some(namesItemStatus)
    : typeof filters === 'object' && filters !== null
      ? Object.entries(filters).some(([k, v]) => k === 'itemStatus' || namesItemStatus(v))
      : false;

/** In force only, unless the request gives the `itemStatus` parameter or filters on `itemStatus`. */
export const defaultItemStatusFilter = ({
  filters,
  aliases,
}: {
  filters: unknown;
  aliases: Record<string, unknown>;
}): Record<string, unknown> | undefined =>
  aliases.itemStatus !== undefined || namesItemStatus(filters)
    ? undefined
    : { itemStatus: { $eq: IN_FORCE } };

/** The `itemStatus` parameter's filter: one status, or every status for `all`. */
export const itemStatusFilter = (value: string): Record<string, unknown> =>
  value === 'all' ? {} : { itemStatus: { $eq: value } };

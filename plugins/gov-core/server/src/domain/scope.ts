/**
 * How far an admin caller reaches on a content type for an action: nowhere, everywhere, or the items of some
 * departments (documentIds). Computed by the scoping service from Strapi's permission engine; the rules below
 * only combine reaches.
 */
export type Reach = { kind: 'none' } | { kind: 'all' } | { kind: 'departments'; departments: string[] };

/**
 * Whether a record of a department (null: of none) is within a reach. A record without a department is inside
 * no department scope: only a caller who reaches everywhere sees it.
 */
export const reachIncludes = (reach: Reach, department: string | null | undefined): boolean =>
  reach.kind === 'all' ||
  (reach.kind === 'departments' && !!department && reach.departments.includes(department));

/**
 * The audit-trail filter for a caller, from their reach on every content type recorded in the trail and on
 * every column type. Types they cannot read are never shown. A caller scoped to departments on any column type
 * (部门编辑, 审核员) reads only entries recorded for those departments, on every type they can read; otherwise
 * (webmasters, super admins) every entry of the types they can read. Nothing readable: a filter matching nothing.
 */
export const auditScope = (input: {
  recorded: string[];
  columnTypes: string[];
  reachOf: (uid: string) => Reach;
}): Record<string, unknown> => {
  const scoped = input.columnTypes.map(input.reachOf).filter((r) => r.kind === 'departments');
  const own = [...new Set(scoped.flatMap((r) => (r.kind === 'departments' ? r.departments : [])))];
  const or: Record<string, unknown>[] = [];
  for (const uid of input.recorded) {
    const reach = input.reachOf(uid);
    if (reach.kind === 'none') continue;
    const departments = reach.kind === 'departments' ? reach.departments : scoped.length ? own : null;
    if (!departments) or.push({ contentType: uid });
    else if (departments.length) or.push({ contentType: uid, department: { $in: departments } });
  }
  return or.length ? { $or: or } : { id: { $null: true } };
};

import type { Core } from '@strapi/strapi';
import { SCOPE_FIELD } from '../permissions';
import type { AuditChange } from '../services/audit';

const SCALAR = new Set([
  'string',
  'text',
  'richtext',
  'email',
  'uid',
  'enumeration',
  'integer',
  'biginteger',
  'float',
  'decimal',
  'date',
  'datetime',
  'time',
  'boolean',
]);
const excerpt = (v: unknown) => (typeof v === 'string' && v.length > 200 ? `${v.slice(0, 200)}…` : v);

/** Scalar fields whose value changed (old → new); other attributes named when the write touched them. */
export const changedFields = (
  strapi: Core.Strapi,
  uid: string,
  before: any,
  after: any,
  data: any,
): AuditChange[] => {
  const attributes: Record<string, any> = (strapi.getModel(uid as never) as any)?.attributes ?? {};
  const changes: AuditChange[] = [];
  for (const [name, attr] of Object.entries(attributes)) {
    if (
      name === SCOPE_FIELD ||
      ['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'].includes(
        name,
      )
    )
      continue;
    if (SCALAR.has(attr.type)) {
      const from = before?.[name] ?? null;
      const to = after?.[name] ?? null;
      if (String(from) !== String(to)) changes.push({ field: name, from: excerpt(from), to: excerpt(to) });
    } else if (data && name in data) {
      changes.push({ field: name });
    }
  }
  return changes;
};

/**
 * Which attributes of a content type or component the public may see — and so read, filter, sort, select and
 * populate through the public content API. One rule, used by the public API (query validation and output),
 * the OpenAPI generator and the feeds/search services:
 * - never `private` attributes, never the fields of NEVER_PUBLIC (`notOpenReason` …), never the scope copy
 *   (`scopeDepartment`), never relations to admin users (createdBy / updatedBy) or other `admin::` types,
 *   never `password` attributes;
 * - relations only to content types, media, components and dynamic zones are public when their attribute is.
 * Pure: no Strapi import.
 */
import { NEVER_PUBLIC, type AttributeShape, type ModelShape } from './public-read';

/** Attributes that are never public, whatever the model says (system fields of Strapi and of gov-core). */
export const SYSTEM_PRIVATE_FIELDS: readonly string[] = ['createdBy', 'updatedBy', 'scopeDepartment'];

export interface PublicAttributeShape extends AttributeShape {
  private?: boolean;
}

export interface PublicModelContext {
  /** The schema of a content type UID or a component UID (`gov-core.disclosure`). */
  schemaOf(
    uid: string,
  ): (ModelShape & { attributes: Record<string, PublicAttributeShape> }) | null | undefined;
  /**
   * The masked fields of a content type or component (column types' `api.mask`): served masked, never usable in
   * `filters` or `sort`.
   */
  maskedOf?(uid: string): { has(field: string): boolean } | undefined;
}

/** Is `name` (an attribute of `uid`) public? */
export function isPublicAttribute(
  uid: string,
  name: string,
  attribute: PublicAttributeShape | undefined,
): boolean {
  if (!attribute) return false;
  if (attribute.private === true) return false;
  if (attribute.type === 'password') return false;
  if (SYSTEM_PRIVATE_FIELDS.includes(name)) return false;
  if ((NEVER_PUBLIC[uid] ?? []).includes(name)) return false;
  if (attribute.type === 'relation' && (attribute.target ?? '').startsWith('admin::')) return false;
  // Polymorphic relations (a media file's `related`: every document using the file) have no target whose
  // public rules could be applied: never public.
  if (attribute.type === 'relation' && (!attribute.target || /^morph/i.test(attribute.relation ?? '')))
    return false;
  return true;
}

/** The public attributes of `uid` (a content type or a component), by name. */
export function publicAttributes(uid: string, ctx: PublicModelContext): Record<string, PublicAttributeShape> {
  const schema = ctx.schemaOf(uid);
  const out: Record<string, PublicAttributeShape> = {};
  for (const [name, attribute] of Object.entries(schema?.attributes ?? {})) {
    if (isPublicAttribute(uid, name, attribute)) out[name] = attribute;
  }
  return out;
}

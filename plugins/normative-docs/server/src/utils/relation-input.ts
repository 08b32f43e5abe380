import type { Core } from '@strapi/strapi';

/**
 * What a write does to a to-one relation, from any input shape Strapi 5 accepts (`'docId'`, `3`,
 * `{ documentId }`, `{ id }`, `{ connect: [...] }`, `{ set: [...] }`, `{ disconnect: [...] }`, null) —
 * gov-core's parser, shared through its `toolkit` service.
 */
export type RelationChange =
  | { kind: 'unchanged' }
  | { kind: 'set'; ref: { documentId?: string; id?: number } | null };

const toolkit = () =>
  (globalThis as unknown as { strapi: Core.Strapi }).strapi.plugin('gov-core').service('toolkit');

export const toOneChange = (value: unknown): RelationChange => toolkit().toOneChange(value);

export const resolveDocumentId = (
  strapi: Core.Strapi,
  uid: string,
  ref: { documentId?: string; id?: number } | null,
): Promise<string | null> => strapi.plugin('gov-core').service('toolkit').resolveDocumentId(uid, ref);

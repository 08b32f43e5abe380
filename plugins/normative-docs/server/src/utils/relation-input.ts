import type { Core } from '@strapi/strapi';

const toolkit = (strapi: Core.Strapi) => strapi.plugin('gov-core').service('toolkit');

/**
 * The documentId a to-one relation holds after the write, from any unambiguous input shape Strapi 5 accepts —
 * gov-core's parser, shared through its `toolkit` service (ambiguous input is a 400 naming `field`).
 */
export const documentIdAfter = (
  strapi: Core.Strapi,
  input: { target: string; field: string; value: unknown; current: string | null },
): Promise<string | null> => toolkit(strapi).documentIdAfter(input);

/** Whether the write points the relation at an entry (rather than leaving or clearing it). */
export const pointsAtEntry = (strapi: Core.Strapi, value: unknown, field: string): boolean => {
  const change = toolkit(strapi).toOneChange(value, field);
  return change.kind === 'set' && change.ref !== null;
};

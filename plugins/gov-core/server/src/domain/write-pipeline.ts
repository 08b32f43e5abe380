import type { WriteAction } from './document-actions';

/**
 * The fixed order of gov-core's one write pipeline (services/pipeline.ts), whatever the order of the plugins in
 * config/plugins.ts:
 * 1. the action plan of the type (default deny: an unknown action is refused; append-only types refuse writes);
 * 2. governance (one transaction; clone → create; scope; 保密审查 gate; audit after the write);
 * 3. validation (departments, columns, the column of every item; rich text sanitised);
 * 4. disclosure (索引号 / 发布日期 belong to the system; stamped on publish);
 * 5. hooks: the document as it will be is computed once, then global rules (`registerGlobal`, by `order` then
 *    name) and the type's own hooks run: compute → validate → beforePublish / beforeUnpublish / beforeDelete →
 *    the write → afterPublish → afterWrite.
 */
export const PIPELINE_STAGES = ['plan', 'governance', 'validation', 'disclosure', 'hooks'] as const;

type Doc = Record<string, unknown>;

/** The document as it will be: the stored version merged with the write's data, to-one relations as given. */
export const documentAfter = (
  before: Doc | null,
  data: Doc,
  relations: Record<string, string | null>,
): Doc => {
  const after: Doc = { ...(before ?? {}), ...data };
  for (const [field, documentId] of Object.entries(relations)) {
    after[field] = documentId === null ? null : { documentId };
  }
  return after;
};

/** Merges computed values into the write's data: a key computed as `undefined` is removed (not writable). */
export const applyComputed = (data: Doc, computed: Doc | null | undefined): Doc => {
  for (const [key, value] of Object.entries(computed ?? {})) {
    if (value === undefined) delete data[key];
    else data[key] = value;
  }
  return data;
};

/** Global rules run by their declared order, then by name: never by the order plugins were loaded in. */
export const orderGlobals = <T extends { name: string; order: number }>(globals: readonly T[]): T[] =>
  [...globals].sort((a, b) => a.order - b.order || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/** What a type is to the pipeline. */
export type GovernedKind = 'item' | 'structure' | 'registered';

/** The write actions an append-only type refuses: a history is only added to. */
export const APPEND_ONLY_REFUSED: readonly WriteAction[] = ['update', 'delete', 'clone', 'discardDraft'];

/** The hooks an action runs after compute/validate, before the write. */
export const guardHookOf = (
  action: WriteAction,
): 'beforePublish' | 'beforeUnpublish' | 'beforeDelete' | 'validate' | null =>
  action === 'create' || action === 'update'
    ? 'validate'
    : action === 'publish'
      ? 'beforePublish'
      : action === 'unpublish'
        ? 'beforeUnpublish'
        : action === 'delete'
          ? 'beforeDelete'
          : null;

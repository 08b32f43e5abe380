import type { Core } from '@strapi/strapi';
import { registerComponents } from '../setup/components';
import { currentAdmin } from '../utils/actor';
import { resolveDocumentId, toOneChange } from '../utils/relation-input';

/** Helpers every column plugin needs, shared through gov-core instead of copied into each plugin. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Registers a plugin's components (Strapi 5 loads components only from the app). */
  registerComponents: (components: Record<string, object>) => registerComponents(strapi, components),
  /** The authenticated admin behind the current request, or null (seeds, jobs, the content API). */
  currentAdmin: () => currentAdmin(strapi),
  /** What a write does to a to-one relation, from any input shape Strapi 5 accepts. */
  toOneChange,
  /** documentId of a relation reference (`{ documentId }` or `{ id }`). */
  resolveDocumentId: (uid: string, ref: { documentId?: string; id?: number } | null) =>
    resolveDocumentId(strapi, uid, ref),
});

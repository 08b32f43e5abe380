import type { Core } from '@strapi/strapi';
import { registerComponents } from '../setup/components';
import { currentAdmin } from '../utils/actor';
import {
  documentIdAfter,
  relationAfter,
  resolveDocumentId,
  toOneChange,
  type RelationRef,
} from '../utils/relation-input';
import { documentGuard } from '../utils/document-guard';
import { READ_ACTIONS, WRITE_ACTIONS } from '../domain/document-actions';

/** Helpers every column plugin needs, shared through gov-core instead of copied into each plugin. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Registers a plugin's components (Strapi 5 loads components only from the app). */
  registerComponents: (components: Record<string, object>) => registerComponents(strapi, components),
  /** The authenticated admin behind the current request, or null (seeds, jobs, the content API). */
  currentAdmin: () => currentAdmin(strapi),
  /** What a write does to a to-one relation; ambiguous input is a 400 naming `field`. */
  toOneChange,
  /** documentId of a relation reference (`{ documentId }` or `{ id }`). */
  resolveDocumentId: (uid: string, ref: RelationRef | null) => resolveDocumentId(strapi, uid, ref),
  /** The documentId a to-one relation holds after the write (no existence check). */
  documentIdAfter: (input: Parameters<typeof documentIdAfter>[1]) => documentIdAfter(strapi, input),
  /** The documentId a to-one relation holds after the write, with the canonical input to store. */
  relationAfter: (input: Parameters<typeof relationAfter>[1]) => relationAfter(strapi, input),
  /** A default-deny document-service middleware: every write action named, unknown actions refused. */
  documentGuard,
  /** The document-service actions of Strapi 5.54, reads and writes. */
  documentActions: { read: READ_ACTIONS, write: WRITE_ACTIONS },
});

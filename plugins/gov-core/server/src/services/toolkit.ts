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
import type { TableLimits } from '@gov-portal/kit/domain';
import type { ROLES } from '../permissions';
import { getService } from '../utils/get-service';
import type { ColumnType } from './column-registry';
import type { AdminLayout } from '../domain/admin-layout';
import type { PipelineRegistration } from './pipeline';

type Grant = string | { action: string; subject: string };

/** What a column plugin's register phase declares, in one call (`toolkit.registerPlugin`). */
export interface ColumnPluginSpec {
  /** The plugin id (kebab-case), the owner of its public actions. */
  id: string;
  /** Components by UID (`<id>.<name>`): Strapi 5 loads components only from the app. */
  components?: Record<string, object>;
  /** Content-API actions the public role may call (`controller.action`). */
  publicActions?: readonly string[];
  /** Column types: scoping, review, audit, the public API and the write pipeline apply to them. */
  columnTypes?: readonly ColumnType[];
  /** Write rules of the plugin's other document types (append-only records, batches …), by UID. */
  pipeline?: Readonly<Record<string, PipelineRegistration>>;
  /** Admin actions for the portal roles (webmaster, reviewer …). */
  grants?: Partial<Record<keyof typeof ROLES, Grant[]>>;
  /** Import routes whose request body is bounded before it is read (table-file limits). */
  uploads?: readonly { path: string; limits?: Partial<TableLimits> }[];
  /**
   * The content manager's view of the plugin's other types and its components, by UID (a column type declares
   * its own in `admin`): Chinese labels, descriptions, read-only fields, layouts (services/admin-layouts.ts).
   */
  adminLayouts?: Readonly<Record<string, AdminLayout & { component?: boolean }>>;
}

/** Helpers every column plugin needs, shared through gov-core instead of copied into each plugin. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The declarative register phase of a column plugin: components, public actions, column types, role
   * grants and bounded uploads, each registered with the gov-core service that owns it.
   */
  registerPlugin(spec: ColumnPluginSpec) {
    if (spec.components) registerComponents(strapi, spec.components);
    if (spec.publicActions) getService(strapi, 'public-access').declare(spec.id, spec.publicActions);
    for (const type of spec.columnTypes ?? []) getService(strapi, 'column-registry').registerColumnType(type);
    for (const [uid, registration] of Object.entries(spec.pipeline ?? {}))
      getService(strapi, 'pipeline').register(uid, registration);
    if (spec.grants) getService(strapi, 'roles').declareGrants(spec.grants);
    for (const upload of spec.uploads ?? [])
      getService(strapi, 'table-files').registerUpload(upload.path, upload.limits);
    for (const [uid, layout] of Object.entries(spec.adminLayouts ?? {}))
      getService(strapi, 'admin-layouts').register(uid, layout);
  },
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

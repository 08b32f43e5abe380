/**
 * The types other plugins see of gov-core (a type-only import, `strapi-plugin-gov-core/types`): its
 * services by name, for the kit's typed accessor (`pluginServices<GovCoreServices>('gov-core')`).
 */
import type services from './services';

export type GovCoreServices = { [N in keyof typeof services]: ReturnType<(typeof services)[N]> };
export type GovCoreServiceName = keyof GovCoreServices;
export type { DepartmentRef, ColumnRef, DirectoryService } from './services/directory';
export type { Actor } from './utils/actor';
export type { AdminLayout, AdminField } from './domain/admin-layout';
export type { ColumnHooks, ColumnFieldError, WriteHookContext } from './services/column-registry';

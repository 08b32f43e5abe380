import type { Core } from '@strapi/strapi';
import { pluginServices } from '@gov-portal/kit';
import type { GovCoreServices } from 'strapi-plugin-gov-core/types';
import type services from '../services';
import { PLUGIN_ID } from './plugin-id';

type Services = typeof services;
export type ServiceName = keyof Services;
export type ServiceOf<N extends ServiceName> = ReturnType<Services[N]>;

export const getService = <N extends ServiceName>(strapi: Core.Strapi, name: N): ServiceOf<N> =>
  strapi.plugin(PLUGIN_ID).service(name) as ServiceOf<N>;

/** Typed access to gov-core's services (a required peer plugin). */
export const govCore = pluginServices<GovCoreServices>('gov-core');

import type { Core } from '@strapi/strapi';
import { pluginServices } from '@gov-portal/kit';
import type { GovCoreServices } from 'strapi-plugin-gov-core/types';
import type services from './services';
import { PLUGIN_ID } from './constants';

type Services = typeof services;

/** Typed access to this plugin's services. */
export const getService = <N extends keyof Services>(strapi: Core.Strapi, name: N) =>
  strapi.plugin(PLUGIN_ID).service(name) as ReturnType<Services[N]>;

/** Typed access to gov-core's services (a required peer plugin). */
export const govCore = pluginServices<GovCoreServices>('gov-core');

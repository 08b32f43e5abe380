import type { Core } from '@strapi/strapi';
import type services from '../services';
import { PLUGIN_ID } from './constants';

type Services = typeof services;
export type ServiceName = keyof Services;

/** Typed access to this plugin's services. */
export const getService = <N extends ServiceName>(strapi: Core.Strapi, name: N) =>
  strapi.plugin(PLUGIN_ID).service(name) as ReturnType<Services[N]>;

/** A gov-core service (public-read, reviews …); gov-core is a required peer plugin. */
export const govCore = (strapi: Core.Strapi, name: string) => strapi.plugin('gov-core').service(name) as any;
/** gov-core's public-read path: every public read of this plugin goes through it (published only, at every depth). */
export const publicRead = (strapi: Core.Strapi) => govCore(strapi, 'public-read');

import { pluginServices } from '@gov-portal/kit';
import type { GovCoreServices } from 'strapi-plugin-gov-core/types';
import type services from './services';

/** This plugin's services and gov-core's (a required peer plugin), typed. */
export const budget =
  pluginServices<{ [K in keyof typeof services]: ReturnType<(typeof services)[K]> }>('budget');
export const govCore = pluginServices<GovCoreServices>('gov-core');

import type { Core } from '@strapi/strapi';
import batchRow from '../components/batch-row';
import { BATCH_ROW_COMPONENT } from '../utils/plugin-id';

/** This plugin's components, registered through gov-core (Strapi 5 loads components only from the app). */
export const registerComponents = (strapi: Core.Strapi) =>
  strapi
    .plugin('gov-core')
    .service('toolkit')
    .registerComponents({ [BATCH_ROW_COMPONENT]: batchRow });

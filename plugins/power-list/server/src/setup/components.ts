import type { Core } from '@strapi/strapi';
import responsibility from '../components/responsibility';
import accountability from '../components/accountability';
import { COMPONENT } from '../utils/constants';

/** This plugin's components, registered through gov-core (Strapi 5 loads components only from the app). */
export const registerComponents = (strapi: Core.Strapi) =>
  strapi
    .plugin('gov-core')
    .service('toolkit')
    .registerComponents({
      [COMPONENT.responsibility]: responsibility,
      [COMPONENT.accountability]: accountability,
    });

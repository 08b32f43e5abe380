import type { Core } from '@strapi/strapi';
import aqi from './aqi';
import air from './air';
import admin from './admin';
import { ENVIRONMENT_ROUTES } from '../setup/public-api';

/** The public lists and singles: gov-core's public content API, one controller per route (setup/public-api.ts). */
const columnControllers = Object.fromEntries(
  ENVIRONMENT_ROUTES.map(({ uid, controller }) => [
    controller,
    ({ strapi }: { strapi: Core.Strapi }) => strapi.plugin('gov-core').service('public-api').controller(uid),
  ]),
);

export default { aqi, air, admin, ...columnControllers };

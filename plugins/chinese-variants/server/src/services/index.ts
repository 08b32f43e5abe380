import { factories } from '@strapi/strapi';
import overrides from './overrides';
import convert from './convert';
import { PHRASE_UID } from '../utils/plugin-id';

export default { overrides, convert, phrase: factories.createCoreService(PHRASE_UID as never) };

import type { Core } from '@strapi/strapi';
import { PUBLIC_ACTIONS } from './permissions';
import { registerComponents } from './setup/components';
import { govCore } from './utils/get-service';
import { PLUGIN_ID, UID } from './utils/plugin-id';
import { documentApi } from './setup/document-api';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  govCore(strapi, 'public-access').declare(PLUGIN_ID, PUBLIC_ACTIONS);
  govCore(strapi, 'column-registry').registerColumnType({
    uid: UID.document,
    label: '规范性文件',
    cadence: 'policy',
    publicFields: [
      'title',
      'subtitle',
      'summary',
      'body',
      'source',
      'registrationNumber',
      'effectiveFrom',
      'validUntil',
      'validity',
      'validityNote',
    ],
    api: documentApi(strapi),
  });
  const cm = (action: string, subject: string) => ({
    action: `plugin::content-manager.explorer.${action}`,
    subject,
  });
  govCore(strapi, 'roles').declareGrants({
    webmaster: [
      'plugin::normative-docs.batches.apply',
      'plugin::normative-docs.jobs.run',
      ...['create', 'read', 'update', 'delete', 'publish'].map((a) => cm(a, UID.batch)),
      cm('read', UID.change),
    ],
    reviewer: [cm('read', UID.batch), cm('read', UID.change)],
  });
};

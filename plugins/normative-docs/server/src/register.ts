import type { Core } from '@strapi/strapi';
import { PUBLIC_ACTIONS } from './permissions';
import { registerComponents } from './setup/components';
import { govCore } from './utils/get-service';
import { PLUGIN_ID, UID } from './utils/plugin-id';
import { documentApi } from './setup/document-api';
import { documentHooks } from './hooks/documents';
import { batchHooks } from './hooks/batches';

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
    hooks: documentHooks(strapi),
  });
  // The other types' write rules, run by gov-core's write pipeline too.
  govCore(strapi, 'pipeline').register(UID.change, {
    label: '有效性变更记录',
    refuse: '有效性变更记录只增不改：不能通过接口新建、修改、复制或删除',
  });
  govCore(strapi, 'pipeline').register(UID.batch, {
    label: '清理批次',
    // A copy would carry appliedAt / appliedBy past the checks: a new batch is created, not copied.
    refuse: { clone: '清理批次不能复制，请新建批次' },
    hooks: batchHooks(strapi),
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

import { PREVIEW_ACTION } from '../permissions';
import { previewDocument, previewText } from '../schemas/preview';
import { responses } from '../schemas/responses';

const policies = [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [PREVIEW_ACTION] } },
];

export default {
  type: 'admin' as const,
  routes: [
    {
      method: 'POST',
      path: '/preview',
      handler: 'preview.text',
      request: { body: { 'application/json': previewText } },
      response: responses.text,
      config: { policies, description: '预览一段文字的繁体转换' },
    },
    {
      method: 'POST',
      path: '/preview/document',
      handler: 'preview.document',
      request: { body: { 'application/json': previewDocument } },
      response: responses.document,
      config: { policies, description: '预览一条内容（草稿或已发布）的繁体版本' },
    },
  ],
};

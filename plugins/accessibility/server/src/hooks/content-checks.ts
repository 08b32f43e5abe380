import type { Core } from '@strapi/strapi';
import { violationMessage } from '../domain';
import type { AccessibilityConfig } from '../config';
import { fieldErrors } from '@gov-portal/kit';
import { getService } from '../utils/get-service';
import { PLUGIN_ID } from '../utils/plugin-id';

type Doc = Record<string, any>;
/** The parts of gov-core's WriteHookContext these rules read. */
interface HookContext {
  uid: string;
  documentId?: string | null;
  requestedLocale?: unknown;
  data?: Doc;
}

/**
 * The content checks of every registered column type, a global rule of gov-core's write pipeline (it runs after
 * governance — the 保密审查 gate answers first, and rich text is already sanitised — before the type's own rules):
 * - create / update: the rich-text fields sent are checked (markup too deeply nested is a 400); warnings and
 *   errors never block a draft — the editor sees them in the edit view's 无障碍检查 panel;
 * - publish: the drafts being published are checked (rich text, blocks, media alt text, in components too)
 *   and any `error` refuses the publish with a 400 listing every error (`details.errors[].path` = field).
 */
export const registerContentChecks = (strapi: Core.Strapi) => {
  // Without gov-core there are no column types to check.
  const pipeline = strapi.plugin('gov-core')?.service('pipeline');
  if (!pipeline) return;
  const checker = () => getService(strapi, 'checker');

  pipeline.registerGlobal(PLUGIN_ID, {
    order: 10,
    async validate(_before: Doc | null, _after: Doc, ctx: HookContext) {
      if (ctx.data) {
        const found = checker().checkWriteData(ctx.uid, ctx.data);
        if (found.length)
          strapi.log.debug(`[${PLUGIN_ID}] ${ctx.uid}: ${found.length} accessibility issue(s) on save`);
      }
      return [];
    },
    async beforePublish(_document: Doc, ctx: HookContext) {
      const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as AccessibilityConfig;
      const documentId = ctx.documentId;
      if (!config.blockPublishOnErrors || !documentId) return [];
      const locale = typeof ctx.requestedLocale === 'string' ? ctx.requestedLocale : undefined;
      const violations = (await checker().checkDrafts(ctx.uid, documentId, locale)) ?? [];
      const errors = violations.filter((v) => v.severity === 'error');
      if (errors.length) {
        // Thrown rather than returned: the summary and each error's criterion, excerpt and hint are kept.
        throw fieldErrors(
          errors.map((v) => ({
            field: v.field,
            message: violationMessage(v),
            rule: v.rule,
            extra: {
              criterion: v.criterion,
              excerpt: v.excerpt,
              hint: v.hint,
              ...(v.locale ? { locale: v.locale } : {}),
            },
          })),
          { message: `无障碍检查未通过：有 ${errors.length} 处必须修改的问题，修改后才能发布` },
        );
      }
      return [];
    },
  });
};

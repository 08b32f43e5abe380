import type { Core } from '@strapi/strapi';
import { violationMessage } from '../domain';
import type { AccessibilityConfig } from '../config';
import { fieldErrors } from '@gov-portal/kit';
import { getService } from '../utils/get-service';
import { PLUGIN_ID } from '../utils/plugin-id';

const isColumnType = (strapi: Core.Strapi, uid: string): boolean =>
  Boolean(strapi.plugin('gov-core')?.service('column-registry')?.has(uid));

/**
 * One document-service middleware for the content checks of every registered column type:
 * - create / update: the rich-text fields sent are checked (markup too deeply nested is a 400); warnings and
 *   errors never block a draft — the editor sees them in the edit view's 无障碍检查 panel;
 * - publish: the drafts being published are checked (rich text, blocks, media alt text, in components too)
 *   and any `error` refuses the publish with a 400 listing every error (`details.errors[].path` = field).
 * Registered after gov-core's middlewares, so it runs inside them: the 保密审查 gate answers first, and
 * rich text is already sanitised.
 */
export const registerContentChecks = (strapi: Core.Strapi) => {
  // Without gov-core there are no column types to check.
  if (!strapi.plugin('gov-core')) return;
  const checker = () => getService(strapi, 'checker');

  const onSave = async (ctx: any, next: () => Promise<any>) => {
    if (ctx.params?.data) {
      const found = checker().checkWriteData(ctx.uid, ctx.params.data);
      if (found.length)
        strapi.log.debug(`[${PLUGIN_ID}] ${ctx.uid}: ${found.length} accessibility issue(s) on save`);
    }
    return next();
  };

  const onPublish = async (ctx: any, next: () => Promise<any>) => {
    const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as AccessibilityConfig;
    const documentId: string | undefined = ctx.params?.documentId;
    if (!config.blockPublishOnErrors || !documentId) return next();
    const violations = (await checker().checkDrafts(ctx.uid, documentId, ctx.params?.locale)) ?? [];
    const errors = violations.filter((v) => v.severity === 'error');
    if (errors.length) {
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
    return next();
  };

  // Default deny (gov-core's guard): every write action named; gov-core turns clone into a create.
  strapi.documents.use(
    strapi
      .plugin('gov-core')
      .service('toolkit')
      .documentGuard({
        applies: (uid: string) => isColumnType(strapi, uid),
        plan: {
          create: onSave,
          update: onSave,
          publish: onPublish,
          clone: 'refuse',
          delete: 'pass',
          unpublish: 'pass',
          discardDraft: 'pass',
        },
      }),
  );
};

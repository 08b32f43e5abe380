import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { RULES, checkHtml, isPublishable } from '../domain';
import type { Violation } from '../domain';
import { checkBody, documentParams, documentQuery } from '../schemas/check';
import type { AccessibilityConfig } from '../config';
import { DomainValidationError, fieldErrors, validate } from '@gov-portal/kit';
import { getService } from '../utils/get-service';
import { PLUGIN_ID } from '../utils/plugin-id';

const summarize = (violations: Violation[]) => ({
  errors: violations.filter((v) => v.severity === 'error').length,
  warnings: violations.filter((v) => v.severity === 'warning').length,
  publishable: isPublishable(violations),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /accessibility/check `{ html, field?, headingBaseLevel? }` → `{ violations, summary }`. */
  async check(ctx: Context) {
    const input = validate(checkBody, (ctx.request as any).body);
    const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as AccessibilityConfig;
    const field = input.field ?? 'html';
    let violations: Violation[];
    try {
      violations = checkHtml(input.html, {
        field,
        headingBaseLevel: input.headingBaseLevel ?? config.headingBaseLevel,
      });
    } catch (e) {
      if (e instanceof DomainValidationError)
        throw fieldErrors([{ field: 'html', message: e.message, rule: e.rule }]);
      throw e;
    }
    ctx.body = { violations, summary: summarize(violations) };
  },

  /** GET /accessibility/documents/:uid/:documentId?locale= → the report of the document's draft. */
  async document(ctx: Context) {
    const { uid, documentId } = validate(documentParams, ctx.params);
    const { locale } = validate(documentQuery, ctx.query);
    const registry = strapi.plugin('gov-core')?.service('column-registry');
    if (!registry?.has(uid)) {
      throw fieldErrors([{ field: 'uid', message: `“${uid}”不是已注册的栏目内容类型`, rule: 'registered' }]);
    }
    // The editor must be allowed to read this very document (content-manager permission, department scope).
    await strapi
      .plugin('gov-core')
      .service('scoping')
      .assertCanAccess((ctx.state as any).user, uid, documentId, 'read');
    const entry = await strapi.db
      .query(uid as never)
      .findOne({ where: { documentId, publishedAt: null, ...(locale ? { locale } : {}) } });
    if (!entry) throw new errors.NotFoundError('找不到该内容的草稿');
    const violations =
      (await getService(strapi, 'checker').checkDrafts(uid, documentId, locale ?? entry.locale)) ?? [];
    ctx.body = {
      uid,
      documentId,
      locale: entry.locale ?? null,
      title: entry.title ?? entry.name ?? null,
      violations,
      summary: summarize(violations),
    };
  },

  /** GET /accessibility/rules → the rules table (id, criterion, severity, title, hint). */
  async rules(ctx: Context) {
    ctx.body = {
      data: RULES.map(({ id, criterion, severity, title, hint, wcag }) => ({
        id,
        criterion,
        severity,
        title,
        hint,
        wcag,
      })),
    };
  },
});

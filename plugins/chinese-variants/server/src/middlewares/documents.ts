import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DomainValidationError, isVariant, validatePhraseOverride } from '../domain';
import { PHRASE_UID } from '../utils/plugin-id';
import { getService } from '../utils/get-service';

// Strapi 5.54's document-service reads (@strapi/core document-service/repository.js); every other action writes.
const READS = new Set(['findOne', 'findFirst', 'findMany', 'count']);
/** Phrase actions and what they do; any other write — clone, or one a later Strapi adds — is refused. */
const PHRASE_WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

type Row = {
  id: number;
  documentId: string;
  simplified: string;
  traditional: string;
  variant: string | null;
};

/**
 * Phrase writes: the pair is validated (400 naming the field; one pair per phrase and variant), and after
 * the write the overrides version is bumped so that every instance reloads them on its next request.
 */
export const registerPhraseMiddleware = (strapi: Core.Strapi) => {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid !== PHRASE_UID || READS.has(ctx.action)) return next();
    if (!PHRASE_WRITES.has(ctx.action)) {
      // A copy would skip the one-pair-per-phrase check: overrides are created, not copied.
      throw new errors.ForbiddenError(`简繁转换词条不允许“${ctx.action}”操作，请新建词条`);
    }
    const params = ctx.params as { documentId?: string; data?: Record<string, unknown> };
    if (ctx.action === 'create' || ctx.action === 'update') {
      const current =
        ctx.action === 'update' && params.documentId
          ? ((await strapi.db
              .query(PHRASE_UID)
              .findOne({ where: { documentId: params.documentId } })) as Row | null)
          : null;
      const data = params.data ?? {};
      const pick = (field: keyof Row) => (field in data ? data[field] : current?.[field]);
      let pair;
      try {
        pair = validatePhraseOverride({
          simplified: pick('simplified'),
          traditional: pick('traditional'),
          variant: pick('variant') === '' ? null : pick('variant'),
        });
      } catch (error) {
        if (error instanceof DomainValidationError) {
          throw new errors.ValidationError(error.message, {
            errors: [{ path: [error.field], message: error.message }],
          });
        }
        throw error;
      }
      const duplicate = await strapi.db.query(PHRASE_UID).findOne({
        where: {
          simplified: pair.simplified,
          variant: pair.variant === null ? { $null: true } : pair.variant,
          ...(params.documentId ? { documentId: { $ne: params.documentId } } : {}),
        },
      });
      if (duplicate) {
        const message = `simplified: “${pair.simplified}”${pair.variant ? `（${pair.variant}）` : ''}已有覆盖，请编辑原有词条`;
        throw new errors.ValidationError(message, { errors: [{ path: ['simplified'], message }] });
      }
      params.data = {
        ...data,
        simplified: pair.simplified,
        traditional: pair.traditional,
        variant: pair.variant,
      };
    }
    const result = await next();
    await getService(strapi, 'overrides').bumpVersion();
    return result;
  });
};

/**
 * Writes in a variant locale (a human-edited zh-Hant entry created, published, deleted …) bump the
 * localizations stamp, so that every instance looks for stored entries again (overrides service).
 */
export const registerLocalizationMiddleware = (strapi: Core.Strapi) => {
  strapi.documents.use(async (ctx, next) => {
    const locale = (ctx.params as { locale?: unknown } | undefined)?.locale;
    // Any action that is not a read may change what is stored (a cache stamp errs on the side of reloading).
    if (READS.has(ctx.action) || !(isVariant(locale) || locale === '*')) return next();
    const result = await next();
    await getService(strapi, 'overrides').bumpLocalizations();
    return result;
  });
};

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DomainValidationError, isVariant, validatePhraseOverride } from '../domain';
import { PHRASE_UID } from '../utils/plugin-id';
import { getService } from '../utils/get-service';

type Doc = Record<string, any>;
/** The parts of gov-core's WriteHookContext these rules read. */
interface HookContext {
  documentId?: string | null;
  requestedLocale?: unknown;
}

/**
 * 简繁转换词条 writes, run by gov-core's write pipeline: the pair is validated (400 naming the field; one pair per
 * phrase and variant) and stored normalised; after every write the overrides version is bumped so that every
 * instance reloads them on its next request. A copy would skip the one-pair check: phrases are created.
 */
const phraseHooks = (strapi: Core.Strapi) => ({
  async compute(after: Doc, ctx: HookContext): Promise<Doc> {
    let pair;
    try {
      pair = validatePhraseOverride({
        simplified: after.simplified,
        traditional: after.traditional,
        variant: after.variant === '' ? null : after.variant,
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
        ...(ctx.documentId ? { documentId: { $ne: ctx.documentId } } : {}),
      },
    });
    if (duplicate) {
      const message = `simplified: “${pair.simplified}”${pair.variant ? `（${pair.variant}）` : ''}已有覆盖，请编辑原有词条`;
      throw new errors.ValidationError(message, { errors: [{ path: ['simplified'], message }] });
    }
    return { simplified: pair.simplified, traditional: pair.traditional, variant: pair.variant };
  },
  async afterWrite() {
    await getService(strapi, 'overrides').bumpVersion();
  },
});

/**
 * Registers this plugin's document rules with gov-core's write pipeline: the phrase rules, and — over every
 * content type — writes in a variant locale (a human-edited zh-Hant entry created, published, deleted …) bump
 * the localizations stamp, so that every instance looks for stored entries again (overrides service).
 */
export const registerDocumentRules = (strapi: Core.Strapi) => {
  const pipeline = strapi.plugin('gov-core')?.service('pipeline');
  if (!pipeline) {
    strapi.log.warn('[chinese-variants] gov-core is not enabled: phrase writes are not validated');
    return;
  }
  pipeline.register(PHRASE_UID, {
    label: '简繁转换词条',
    refuse: { clone: '简繁转换词条不允许“clone”操作，请新建词条' },
    hooks: phraseHooks(strapi),
  });
  pipeline.registerGlobal('chinese-variants.localizations', {
    // Any content type: a cache stamp errs on the side of reloading.
    applies: () => true,
    async afterWrite(_result: unknown, ctx: HookContext) {
      const locale = ctx.requestedLocale;
      if (isVariant(locale) || locale === '*') await getService(strapi, 'overrides').bumpLocalizations();
    },
  });
};

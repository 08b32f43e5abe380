import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { SOURCE_LOCALE } from '../domain';
import { previewDocument, previewText } from '../schemas/preview';
import { getService } from '../utils/get-service';

const parse = <S extends z.ZodTypeAny>(schema: S, input: unknown): z.infer<S> => {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String),
    message: `${issue.path.join('.') || 'body'}: ${issue.message}`,
  }));
  throw new errors.ValidationError(issues.map((issue) => issue.message).join('；'), { errors: issues });
};

/** Admin previews: a text, or any document (draft by default) as the content API would serve it in 繁体. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async text(ctx: Context) {
    const { text, variant, format } = parse(previewText, ctx.request.body);
    await getService(strapi, 'overrides').ensureFresh();
    const convert = getService(strapi, 'convert');
    const converted =
      format === 'html' ? convert.convertHtml(text, variant) : convert.convertText(text, variant);
    ctx.body = {
      data: {
        text: converted,
        variant,
        format,
        overridesVersion: getService(strapi, 'overrides').loadedVersion(),
      },
    };
  },

  async document(ctx: Context) {
    const { contentType, documentId, variant, status } = parse(previewDocument, ctx.request.body);
    const model = strapi.contentTypes[contentType as keyof typeof strapi.contentTypes] as
      | { pluginOptions?: { i18n?: { localized?: boolean } } }
      | undefined;
    if (!model) throw new errors.ValidationError(`contentType: 未知的内容类型 ${contentType}`);
    const localized = model.pluginOptions?.i18n?.localized === true;
    const document = await strapi.documents(contentType as never).findOne({
      documentId,
      status,
      populate: '*',
      ...(localized ? { locale: SOURCE_LOCALE } : {}),
    } as never);
    if (!document) throw new errors.NotFoundError(`documentId: ${documentId} 不存在（${status}）`);
    await getService(strapi, 'overrides').ensureFresh();
    const { body } = await getService(strapi, 'convert').convertResponse(
      { data: document },
      { variant, hintUid: contentType, status },
    );
    ctx.body = { data: (body as { data: unknown }).data, source: document, meta: { variant, status } };
  },
});

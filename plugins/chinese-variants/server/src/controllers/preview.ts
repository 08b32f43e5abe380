import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { contentTypes, errors, traverseEntity } from '@strapi/utils';
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

interface PopulateBuilder {
  populateFromQuery(query: unknown): PopulateBuilder;
  populateDeep(level?: number): PopulateBuilder;
  countRelations(options?: { toMany?: boolean; toOne?: boolean }): PopulateBuilder;
  build(): Promise<unknown>;
}

/**
 * What no preview shows, at any depth, whatever the user may read in the content manager: private
 * attributes (gov-core's `scopeDepartment` …) and admin users (`createdBy`, `updatedBy`, any relation to
 * `admin::user`) with their e-mail, password hash and reset token.
 */
const removeInternals: Parameters<typeof traverseEntity>[0] = ({ schema, key, attribute }, { remove }) => {
  if (!attribute) return;
  const target = (attribute as { target?: string }).target;
  if (
    attribute.private === true ||
    contentTypes.isPrivateAttribute(schema, key) ||
    target === 'admin::user' ||
    key === 'createdBy' ||
    key === 'updatedBy'
  ) {
    remove(key);
  }
};

const invalid = (field: string, message: string) =>
  new errors.ValidationError(`${field}: ${message}`, { errors: [{ path: [field], message }] });

/**
 * Admin previews: a text, or a document of a registered column type (draft by default) as the content API
 * would serve it in 繁体.
 *
 * The document preview reads what the content manager would show this user and nothing more: the same
 * RBAC check (`plugin::content-manager.explorer.read` on the type, its conditions on the entry), gov-core's
 * department scope, the content manager's populate (relations as counts, never admin users) and its output
 * sanitiser (no private fields, no fields the user may not read).
 */
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
    const registry = strapi.plugin('gov-core')?.service('column-registry');
    if (!registry?.has(contentType)) {
      throw invalid('contentType', `“${contentType}”不是已注册的栏目内容类型，不能预览`);
    }
    const user = (ctx.state as { user?: { id: number } }).user;
    const userAbility = (ctx.state as { userAbility?: unknown }).userAbility;
    if (!user || !userAbility) throw new errors.UnauthorizedError('请先登录管理后台');

    const cmService = (name: string) => strapi.plugin('content-manager').service(name);
    const checker = cmService('permission-checker').create({ userAbility, model: contentType });
    if (checker.cannot.read()) throw new errors.ForbiddenError('没有查看该内容类型的权限，不能预览');

    const scoping = strapi.plugin('gov-core').service('scoping');
    const scoped = await scoping.isScoped(user.id, contentType, 'read');
    if (scoped === null) throw new errors.ForbiddenError('没有查看该内容类型的权限，不能预览');

    const model = strapi.contentTypes[contentType as keyof typeof strapi.contentTypes] as
      | { pluginOptions?: { i18n?: { localized?: boolean } } }
      | undefined;
    const localized = model?.pluginOptions?.i18n?.localized === true;
    const permissionQuery = await checker.sanitizedQuery.read({});
    const populateBuilder = cmService('populate-builder') as unknown as (uid: string) => PopulateBuilder;
    const populate = await populateBuilder(contentType)
      .populateFromQuery(permissionQuery)
      .populateDeep(Infinity)
      .countRelations()
      .build();
    const where = {
      documentId,
      status,
      populate,
      ...(localized ? { locale: SOURCE_LOCALE } : {}),
    };
    const documents = strapi.documents(contentType as never);
    const document = (await documents.findOne(where as never)) as Record<string, unknown> | null;
    if (!document) throw new errors.NotFoundError(`documentId: ${documentId} 不存在（${status}）`);

    // A scoped user previews only the items of their departments (gov-core's condition query).
    const inScope =
      !scoped ||
      (await documents.findFirst({
        filters: { $and: [{ documentId }, await scoping.conditionQuery(user)] },
        status,
        fields: ['documentId'],
        ...(localized ? { locale: SOURCE_LOCALE } : {}),
      } as never));
    if (!inScope || checker.cannot.read(document)) {
      throw new errors.ForbiddenError('只能预览本部门的信息');
    }

    const sanitized = await checker.sanitizeOutput(document);
    const source = (await traverseEntity(
      removeInternals,
      {
        schema: strapi.getModel(contentType as never) as never,
        getModel: (uid: string) => strapi.getModel(uid as never) as never,
      },
      sanitized,
    )) as Record<string, unknown>;
    await getService(strapi, 'overrides').ensureFresh();
    const { body } = await getService(strapi, 'convert').convertResponse(
      { data: source },
      { variant, hintUid: contentType, status },
    );
    ctx.body = { data: (body as { data: unknown }).data, source, meta: { variant, status } };
  },
});

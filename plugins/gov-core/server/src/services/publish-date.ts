import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { disclosureField, DISCLOSURE_COMPONENT } from '../middlewares/disclosure';
import { fieldError } from '@gov-portal/kit';
import { getService } from '../utils/get-service';

const CORRECTION = 'plugin::gov-core.publish-date-correction';

/**
 * The only way to change a 发布日期 after first publish: an explicit webmaster action with a reason, recorded
 * in an append-only table (forged or backdated publish dates fail the national website inspection).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async correct(
    input: { contentType: string; documentId: string; publishDate: string; reason: string },
    actor: { id: number; email: string },
  ) {
    const field = strapi.getModel(input.contentType as never)
      ? disclosureField(strapi, input.contentType)
      : null;
    if (!field)
      throw fieldError(
        'contentType',
        `“${input.contentType}”不是带信息公开目录元数据的内容类型`,
        'registered',
      );
    if (Number.isNaN(Date.parse(input.publishDate))) throw fieldError('publishDate', '不是有效日期', 'date');
    await getService(strapi, 'scoping').assertCanAccess(
      actor,
      input.contentType,
      input.documentId,
      'update',
      {
        uidField: 'contentType',
      },
    );

    return strapi.db.transaction(async () => {
      const rows = await strapi.db.query(input.contentType as never).findMany({
        where: { documentId: input.documentId },
        populate: { [field]: true },
      });
      if (!rows.length) throw new errors.NotFoundError(`文档 ${input.documentId} 不存在`);
      const components = rows.map((r: any) => r[field]).filter(Boolean);
      const previous = components.find((c: any) => c.publishDate)?.publishDate ?? null;
      if (!previous)
        throw fieldError('publishDate', '该信息尚未发布，发布日期将在首次发布时记录', 'not-published');
      for (const c of components) {
        await strapi.db
          .query(DISCLOSURE_COMPONENT as never)
          .update({ where: { id: c.id }, data: { publishDate: input.publishDate } });
      }
      return strapi.db.query(CORRECTION).create({
        data: {
          contentType: input.contentType,
          itemDocumentId: input.documentId,
          indexNumber: components.find((c: any) => c.indexNumber)?.indexNumber ?? null,
          previousDate: previous,
          correctedDate: input.publishDate,
          reason: input.reason,
          actorId: actor.id,
          actorEmail: actor.email,
        },
      });
    });
  },

  /** The corrections the caller may read; naming one document, the caller must be allowed to read it. */
  async history(filter: { contentType?: string; documentId?: string }, actor: { id: number } | null) {
    const scoping = getService(strapi, 'scoping');
    if (filter.contentType && !disclosureField(strapi, filter.contentType))
      throw fieldError(
        'contentType',
        `“${filter.contentType}”不是带信息公开目录元数据的内容类型`,
        'registered',
      );
    if (filter.documentId) {
      const types = filter.contentType
        ? [filter.contentType]
        : Object.keys(strapi.contentTypes).filter((uid) => disclosureField(strapi, uid));
      await scoping.assertCanAccessAny(actor, types, filter.documentId, 'read', { uidField: 'contentType' });
    }
    const rows = await strapi.db.query(CORRECTION).findMany({
      where: {
        ...(filter.contentType ? { contentType: filter.contentType } : {}),
        ...(filter.documentId ? { itemDocumentId: filter.documentId } : {}),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
    const readable = await scoping.readable(
      actor,
      rows.map((r: any) => ({ uid: r.contentType, documentId: r.itemDocumentId })),
    );
    return rows.filter((r: any) => readable.has(`${r.contentType}|${r.itemDocumentId}`));
  },
});

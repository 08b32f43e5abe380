import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { aliasValues } from '../schemas/queries';
import { getService, govCore } from '../utils/get-service';
import { UID } from '../utils/plugin-id';
import { publicChange } from '../services/validity';

type Doc = Record<string, any>;
const LINKED = { fields: ['title', 'validity'], populate: { disclosure: { fields: ['documentNumber'] } } };

export const DOCUMENT_POPULATE = {
  column: { fields: ['name', 'slug'] },
  department: { fields: ['name', 'shortName', 'code'] },
  disclosure: { populate: { publisher: { fields: ['name', 'code', 'organizationCode'] } } },
  attachments: true,
  replacedBy: LINKED,
  replaces: LINKED,
};

const linked = (d: Doc | null | undefined) =>
  d
    ? {
        documentId: d.documentId,
        ...('title' in d ? { title: d.title } : {}),
        documentNumber: d.disclosure?.documentNumber ?? null,
        ...('validity' in d ? { validity: d.validity } : {}),
      }
    : null;

const { slug, year } = aliasValues;

/**
 * How gov-core's public content API serves 规范性文件 (GET /api/normative-docs/documents[/:documentId]):
 * shortcut parameters, keyword fields, the default populate, and validityBadge added to every entry.
 */
export const documentApi = (strapi: Core.Strapi) => {
  const validity = () => getService(strapi, 'validity');
  // The 22 主题分类 are the enumeration of gov-core's disclosure component.
  const topics = (): string[] =>
    (strapi.components as Record<string, any>)['gov-core.disclosure']?.attributes?.topic?.enum ?? [];
  const yearFilter = (y: number) => {
    const range = { $gte: `${y}-01-01`, $lte: `${y}-12-31` };
    return {
      $or: [
        { disclosure: { writtenAt: range } },
        { disclosure: { writtenAt: { $null: true }, publishDate: range } },
      ],
    };
  };
  return {
    searchFields: ['disclosure.documentNumber'],
    aliases: {
      validity: {
        schema: aliasValues.validity,
        description: '有效性',
        toFilters: (v: string) => ({ validity: { $eq: v } }),
      },
      department: {
        schema: slug,
        description: '部门代码',
        toFilters: (v: string) => ({ department: { code: { $eq: v } } }),
      },
      column: {
        schema: slug,
        description: '栏目代码',
        toFilters: (v: string) => ({ column: { slug: { $eq: v } } }),
      },
      topic: {
        schema: z.string().refine((v) => topics().includes(v), {
          error: () => `须为主题分类代码之一：${topics().join(', ')}`,
        }),
        description: '主题分类代码',
        toFilters: (v: string) => ({ disclosure: { topic: { $eq: v } } }),
      },
      year: { schema: year, description: '成文年份（成文日期为空时按发布日期）', toFilters: yearFilter },
    },
    defaultPopulate: DOCUMENT_POPULATE,
    async decorate(docs: Doc[]) {
      const last = await validity().latest(docs.map((d) => d.documentId));
      return docs.map((d) => ({
        ...d,
        ...('replacedBy' in d ? { replacedBy: linked(d.replacedBy) } : {}),
        ...('replaces' in d ? { replaces: (d.replaces ?? []).map(linked) } : {}),
        ...('validity' in d ? { validityBadge: validity().badge(d as never, last.get(d.documentId)) } : {}),
      }));
    },
  };
};

/** `populate=history`: the validity changes of each document; entries name public documents and batches only. */
export const historyPopulate = (strapi: Core.Strapi) => async (docs: Doc[]) => {
  const publicRead = govCore(strapi, 'public-read');
  for (const doc of docs) {
    const changes = await getService(strapi, 'validity').history(doc.documentId);
    const [documents, batches] = await Promise.all([
      publicRead.publicDocumentIds(UID.document, changes.map((c: Doc) => c.replacedBy).filter(Boolean)),
      publicRead.publicDocumentIds(UID.batch, changes.map((c: Doc) => c.batch).filter(Boolean)),
    ]);
    doc.history = changes.map((c: Doc) => ({
      ...publicChange(c as never),
      replacedBy: c.replacedBy && documents.has(c.replacedBy) ? c.replacedBy : null,
      batch: c.batch && batches.has(c.batch) ? c.batch : null,
    }));
  }
};

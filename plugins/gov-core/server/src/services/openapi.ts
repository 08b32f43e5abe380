import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import pkg from '../../../package.json';
import { generateOpenApi, type DocumentedRouter, type OpenApiDocument } from '../openapi/generate';
import type { ColumnDocContext } from '../openapi/column-routes';
import { localPluginIds } from './info';
import { getService } from '../utils/get-service';

const DESCRIPTION =
  '本站所有本地插件（gov-core、normative-docs、power-list、environment、accessibility、chinese-variants …）的公开接口与管理接口，' +
  '由各路由声明的 zod 请求与响应结构生成（与 `strapi openapi generate` 读取的是同一份）。' +
  '\n\n公开接口只返回已发布的内容：status 参数只能省略或为 published，其他取值一律返回 400。“不予公开”的信息和未发布的草稿' +
  '在任何层级都不出现：关联字段中的此类信息，单值为 null，列表中被剔除；notOpenReason 等非公开字段从不返回，也不能用于' +
  ' filters、sort、fields、populate。栏目内容列表使用 Strapi 5 的查询语言（filters、sort、pagination、fields、populate、' +
  'locale），插件原有的简写参数（column、department、year …）展开为 filters；未知参数、非公开字段、错误的运算符返回 400 并指出。' +
  '\n\n文本字段：标题、副标题、摘要等字符串字段是纯文本，按原样存储与返回，客户端必须按文本转义后显示；只有标注为 text/html' +
  ' 的正文是服务器端净化过的 HTML。附件的 url 指向 /uploads/…；草稿和“不予公开”信息的附件不会出现在任何公开响应中。';

const descriptionOf = (strapi: Core.Strapi, id: string): string | undefined => {
  try {
    const file = path.join(strapi.dirs.app.root, 'plugins', id, 'package.json');
    const meta = JSON.parse(fs.readFileSync(file, 'utf8')) as { description?: string };
    return meta.description;
  } catch {
    return undefined;
  }
};

const routersOf = (routes: unknown): DocumentedRouter[] => {
  if (Array.isArray(routes)) return [{ type: 'admin', routes }];
  return Object.values((routes ?? {}) as Record<string, DocumentedRouter>);
};

/**
 * The OpenAPI 3.1 document of every local plugin, generated on first request from the live routes, models
 * and column registry, then cached (routes and models do not change after bootstrap).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: OpenApiDocument | null = null;

  const columns: ColumnDocContext = {
    schemaOf: (uid) =>
      (uid.includes('::')
        ? strapi.getModel(uid as never)
        : (strapi.components as Record<string, unknown>)[uid]) as ReturnType<ColumnDocContext['schemaOf']>,
    columnApi: (uid) => getService(strapi, 'column-registry').get(uid)?.api,
    maskedOf: (uid) => getService(strapi, 'public-api').maskedOf(uid),
  };

  return {
    document(): OpenApiDocument {
      cached ??= generateOpenApi({
        title: '政府门户网站接口',
        version: pkg.version,
        description: DESCRIPTION,
        plugins: localPluginIds(strapi).map((id) => ({
          name: id,
          description: descriptionOf(strapi, id),
          routers: routersOf(strapi.plugin(id).routes),
        })),
        publicActions: getService(strapi, 'public-access').declaredActions(),
        columns,
      });
      return cached;
    },
  };
};

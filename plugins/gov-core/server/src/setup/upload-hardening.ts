import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SCOPE_FIELD } from '../permissions';
import { currentAdmin } from '../utils/actor';
import { getService } from '../utils/get-service';

export const URL_IMPORT_POLICY = 'plugin::gov-core.url-import';
export const URL_IMPORT_REFUSED = '已关闭从网址导入媒体文件（防止服务端请求伪造）：请下载后上传文件';

type Route = { handler?: unknown; config?: { policies?: unknown[]; [k: string]: unknown } };
type Router = { type?: string; routes?: Route[] };
type RouterInput = Router | ((args: { strapi: Core.Strapi }) => Router);

const guardUrlImport = (router: Router): Router => {
  for (const route of router?.routes ?? []) {
    if (typeof route.handler !== 'string' || !/\.uploadFromUrls$/.test(route.handler)) continue;
    route.config ??= {};
    const policies = route.config.policies ?? [];
    if (!policies.includes(URL_IMPORT_POLICY)) route.config.policies = [URL_IMPORT_POLICY, ...policies];
  }
  return router;
};

/**
 * The media library's 从网址导入 (`POST /upload/actions/upload-from-urls`) fetches any URL from the server:
 * Strapi's block list misses 0.0.0.0 and redirects. Every route of every plugin whose handler is
 * `*.uploadFromUrls` gets the `url-import` policy, which refuses unless `gov-core.uploads.allowUrlImport`.
 * Runs in register, before Strapi mounts the routes.
 */
export function guardUploadRoutes(strapi: Core.Strapi) {
  for (const owner of Object.values(strapi.plugins as Record<string, { routes?: unknown }>)) {
    const routes = owner.routes as Record<string, RouterInput> | unknown[] | undefined;
    if (!routes || Array.isArray(routes)) continue;
    for (const [key, input] of Object.entries(routes)) {
      routes[key] =
        typeof input === 'function'
          ? (args: { strapi: Core.Strapi }) => guardUrlImport(input(args))
          : guardUrlImport(input);
    }
  }
}

type Caller = { id: number } | null;

/**
 * Who may change a media-library file that documents reference: whoever may `update` every referencing
 * document (department scoping), or nobody but the system and a super admin when an owner cannot be judged
 * (a component). A request that is not an admin one (content API, API token) may not change a referenced
 * file at all.
 */
async function assertCanChangeFile(strapi: Core.Strapi, fileId: unknown) {
  const id = Number(fileId);
  if (!Number.isInteger(id))
    return { documents: [] as { uid: string; documentId: string; published: boolean }[] };
  const refs = await getService(strapi, 'public-read').fileReferences(id);
  if (!refs.documents.length && !refs.unresolved) return refs;
  const ctx: any = strapi.requestContext.get();
  const actor = currentAdmin(strapi);
  if (ctx?.state?.auth && !actor) throw new errors.PolicyError('该文件已被信息引用，只能在管理后台修改');
  if (!actor || actor.isSuperAdmin) return refs;
  if (refs.unresolved) throw new errors.PolicyError('该文件被无法判断归属的内容引用，只有超级管理员可以修改');
  const caller: Caller = { id: actor.id };
  const seen = new Set<string>();
  for (const ref of refs.documents) {
    const key = `${ref.uid}|${ref.documentId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    await getService(strapi, 'scoping').assertCanAccess(caller, ref.uid, ref.documentId, 'update');
  }
  return refs;
}

/**
 * Every change of a file's content or information goes through the upload service's `updateFileInfo` and
 * `replace` (PUT /upload/files/:id, POST /upload/files/:id/replace, the POST /upload?id= multiplexer,
 * bulk-update, the content API): each is refused (403) for a file referenced by a document the caller may not
 * update, and a replaced file referenced by published documents leaves an audit entry on each of them.
 */
export function hardenUploadService(strapi: Core.Strapi) {
  const upload = strapi.plugin('upload')?.service('upload') as Record<string, any> | undefined;
  if (!upload || upload.__govHardened) return;
  const { updateFileInfo, replace } = upload;
  upload.updateFileInfo = async (id: unknown, ...rest: unknown[]) => {
    await assertCanChangeFile(strapi, id);
    return updateFileInfo.call(upload, id, ...rest);
  };
  upload.replace = async (id: unknown, ...rest: unknown[]) => {
    const refs = await assertCanChangeFile(strapi, id);
    const result = await replace.call(upload, id, ...rest);
    const published = new Map(
      refs.documents.filter((r) => r.published).map((r) => [`${r.uid}|${r.documentId}`, r]),
    );
    for (const ref of published.values()) {
      const scoped = SCOPE_FIELD in ((strapi.getModel(ref.uid as never) as any)?.attributes ?? {});
      const row = scoped
        ? ((await strapi.db
            .query(ref.uid as never)
            .findOne({ where: { documentId: ref.documentId }, select: [SCOPE_FIELD] } as any)) as any)
        : null;
      await getService(strapi, 'audit').write(
        {
          action: 'replace-attachment',
          uid: ref.uid,
          documentId: ref.documentId,
          department: row?.[SCOPE_FIELD] ?? null,
          changes: [
            {
              field: 'attachment',
              from: { fileId: Number(id) },
              to: { fileId: Number(id), hash: result?.hash },
            },
          ],
        },
        currentAdmin(strapi),
      );
    }
    return result;
  };
  upload.__govHardened = true;
}

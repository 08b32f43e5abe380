import { makeUscc } from '../../plugins/gov-core/server/src/domain/organization-code';
import type { TestApp } from './strapi';

let serial = 0;
/** A valid, unique 统一社会信用代码 for a 道县 (431124) body. */
export const uscc = () => {
  serial += 1;
  const body = `T${String(process.pid % 1000).padStart(3, '0')}${String(serial).padStart(4, '0')}`;
  return makeUscc({ divisionCode: '431124', orgCodeBody: body });
};

/** Published fixtures created through the document service (validation and middlewares run). */
export const govFixtures = (app: TestApp) => {
  const docs = (uid: string) => app.strapi.documents(uid as never) as any;
  return {
    /** Makes an admin user a member (部门成员) of these departments. */
    membership(user: { id: number }, departments: { documentId: string }[]) {
      return docs('plugin::gov-core.membership').create({
        data: { user: user.id, departments: departments.map((d) => d.documentId) },
      });
    },
    async department(data: Record<string, unknown> = {}) {
      const code = (data.code as string) ?? `dept-${++serial}`;
      const d = await docs('plugin::gov-core.department').create({
        data: { name: `部门${code}`, code, organizationCode: uscc(), kind: 'department', ...data },
      });
      await docs('plugin::gov-core.department').publish({ documentId: d.documentId });
      return d;
    },
    async column(data: Record<string, unknown> = {}) {
      const slug = (data.slug as string) ?? `col-${++serial}`;
      const c = await docs('plugin::gov-core.column').create({
        data: { name: `栏目${slug}`, slug, kind: 'articles', ...data },
      });
      await docs('plugin::gov-core.column').publish({ documentId: c.documentId });
      return c;
    },
    async article(data: Record<string, unknown>, { publish = true } = {}) {
      const a = await docs('plugin::gov-core.article').create({ data: { title: '测试信息', ...data } });
      if (publish) await this.approveAndPublish('plugin::gov-core.article', a.documentId);
      return a;
    },
    /** Records a 保密审查 approval (as the system) and publishes: every column item needs one to be published. */
    async approve(uid: string, documentId: string, locale?: string) {
      await app.strapi
        .plugin('gov-core')
        .service('reviews')
        .decide({ uid, documentId, locale, decision: 'approve', comment: '测试' }, null);
    },
    async approveAndPublish(uid: string, documentId: string, locale?: string) {
      await this.approve(uid, documentId, locale);
      return docs(uid).publish({ documentId, ...(locale ? { locale } : {}) });
    },
  };
};

import type { AdminSession } from './admin';

/** The admin content-manager API, as the admin panel calls it. */
export const cm = (admin: AdminSession, uid: string) => {
  const base = `/content-manager/collection-types/${uid}`;
  const q = (locale?: string) => (locale ? `?locale=${locale}` : '');
  return {
    list: (query = '') => admin.get(`${base}${query ? `?${query}` : ''}`),
    get: (documentId: string, locale?: string) => admin.get(`${base}/${documentId}${q(locale)}`),
    create: (data: object, locale?: string) => admin.post(`${base}${q(locale)}`, data),
    update: (documentId: string, data: object, locale?: string) =>
      admin.put(`${base}/${documentId}${q(locale)}`, data),
    remove: (documentId: string, locale?: string) => admin.del(`${base}/${documentId}${q(locale)}`),
    publish: (documentId: string, data: object = {}, locale?: string) =>
      admin.post(`${base}/${documentId}/actions/publish${q(locale)}`, data),
    unpublish: (documentId: string, locale?: string) =>
      admin.post(`${base}/${documentId}/actions/unpublish${q(locale)}`, {}),
    bulkDelete: (documentIds: string[], locale?: string) =>
      admin.post(`${base}/actions/bulkDelete${q(locale)}`, { documentIds }),
    bulkPublish: (documentIds: string[], locale?: string) =>
      admin.post(`${base}/actions/bulkPublish${q(locale)}`, { documentIds }),
  };
};

/** 保密审查 approval through the admin API, then publish through the content-manager (as the admin panel does). */
export const approveAndPublish = async (
  admin: AdminSession,
  uid: string,
  documentId: string,
  locale?: string,
) => {
  const review = await admin.post(`/gov-core/reviews/${encodeURIComponent(uid)}/${documentId}`, {
    decision: 'approve',
    comment: '同意公开',
    // The tests' admins often approve what they wrote: a webmaster's recorded override of 四眼原则 (no-op otherwise).
    overrideFourEyes: true,
    ...(locale ? { locale } : {}),
  });
  if (review.status !== 200) return review;
  return cm(admin, uid).publish(documentId, {}, locale);
};

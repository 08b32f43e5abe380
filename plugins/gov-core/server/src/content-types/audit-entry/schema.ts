import { collectionType } from '@gov-portal/kit';
/** Append-only audit trail (操作日志). No route updates or deletes it; the content-manager does not show it. */
export default collectionType({
  collectionName: 'gov_audit_entries',
  info: {
    singularName: 'audit-entry',
    pluralName: 'audit-entries',
    displayName: '操作日志 (Audit entry)',
    description: '谁在何时对哪条内容做了什么（只增不改）',
  },
  localized: false,
  draftAndPublish: false,
  visible: false,
  attributes: {
    actorId: { type: 'integer' },
    actorEmail: { type: 'string' },
    action: { type: 'string', required: true },
    contentType: { type: 'string', required: true },
    itemDocumentId: { type: 'string' },
    locale: { type: 'string' },
    department: { type: 'string' },
    changes: { type: 'json' },
    at: { type: 'datetime', required: true },
  },
});

import { collectionType } from '@gov-portal/kit';
/** 部门成员：which departments an admin user edits or reviews for. Managed by webmasters. */
export default collectionType({
  collectionName: 'gov_memberships',
  info: {
    singularName: 'membership',
    pluralName: 'memberships',
    displayName: '部门成员 (Membership)',
    description: '管理员账号 ↔ 所属部门（部门编辑、审核员只能处理本部门的信息）',
  },
  localized: false,
  draftAndPublish: false,
  attributes: {
    user: { type: 'relation', relation: 'oneToOne', target: 'admin::user' },
    // Department documentIds are what scoping compares; the relation keeps the admin form friendly.
    departments: { type: 'relation', relation: 'manyToMany', target: 'plugin::gov-core.department' },
    note: { type: 'string', maxLength: 200 },
  },
});

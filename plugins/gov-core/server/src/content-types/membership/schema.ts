/** 部门成员：which departments an admin user edits or reviews for. Managed by webmasters. */
export default {
  kind: 'collectionType',
  collectionName: 'gov_memberships',
  info: {
    singularName: 'membership',
    pluralName: 'memberships',
    displayName: '部门成员 (Membership)',
    description: '管理员账号 ↔ 所属部门（部门编辑、审核员只能处理本部门的信息）',
  },
  options: { draftAndPublish: false },
  pluginOptions: {
    'content-manager': { visible: true },
    'content-type-builder': { visible: false },
    i18n: { localized: false },
  },
  attributes: {
    user: { type: 'relation', relation: 'oneToOne', target: 'admin::user' },
    // Department documentIds are what scoping compares; the relation keeps the admin form friendly.
    departments: { type: 'relation', relation: 'manyToMany', target: 'plugin::gov-core.department' },
    note: { type: 'string', maxLength: 200 },
  },
};

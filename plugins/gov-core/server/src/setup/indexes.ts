import type { Core } from '@strapi/strapi';

/**
 * Indexes Strapi's schemas cannot declare: every write of a column item looks up its latest review, and the
 * audit trail is read by item. `IF NOT EXISTS` keeps it idempotent on SQLite and PostgreSQL.
 */
const INDEXES = [
  ['gov_reviews_item_idx', 'gov_reviews', ['content_type', 'item_document_id', 'locale']],
  ['gov_audit_entries_item_idx', 'gov_audit_entries', ['content_type', 'item_document_id']],
  ['gov_audit_entries_at_idx', 'gov_audit_entries', ['at']],
] as const;

export const ensureIndexes = async (strapi: Core.Strapi) => {
  const knex = strapi.db.connection;
  for (const [name, table, columns] of INDEXES) {
    await knex.raw(`CREATE INDEX IF NOT EXISTS ?? ON ?? (${columns.map(() => '??').join(', ')})`, [
      name,
      table,
      ...columns,
    ]);
  }
};

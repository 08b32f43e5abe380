import type { Core } from '@strapi/strapi';
import { formatIndexNumber, nextSerial } from '../domain/index-number';

const SEQUENCES = 'gov_index_sequences';
const NUMBERS = 'gov_index_numbers';

/**
 * 索引号 allocation: `<publisher organizationCode>/<year>-<5-digit serial>`, sequential per publisher and year.
 * Two tables outside Strapi's content types hold the truth: a counter row per (publisher, year), incremented
 * under a row lock, and the issued numbers with unique constraints on the number, on (publisher, year, serial)
 * and on (content type, documentId) — so two concurrent publishes can never share a number and a document
 * never gets a second one. Always called inside the publishing transaction.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;

  return {
    async ensureTables() {
      // A knex SchemaBuilder accumulates statements: take a fresh one for every call.
      const schema = () => knex().schema;
      if (!(await schema().hasTable(SEQUENCES))) {
        await schema().createTable(SEQUENCES, (t) => {
          t.string('key', 64).primary();
          t.integer('last_serial').notNullable().defaultTo(0);
        });
      }
      if (!(await schema().hasTable(NUMBERS))) {
        await schema().createTable(NUMBERS, (t) => {
          t.increments('id');
          t.string('number', 40).notNullable().unique();
          t.string('content_type', 120).notNullable();
          t.string('document_id', 64).notNullable();
          t.string('publisher_code', 18).notNullable();
          t.integer('year').notNullable();
          t.integer('serial').notNullable();
          t.timestamp('assigned_at').notNullable().defaultTo(knex().fn.now());
          t.unique(['content_type', 'document_id']);
          t.unique(['publisher_code', 'year', 'serial']);
        });
      }
    },

    async numberOf(uid: string, documentId: string): Promise<string | null> {
      return strapi.db.transaction(async ({ trx }) => {
        const row = await trx(NUMBERS).where({ content_type: uid, document_id: documentId }).first('number');
        return row?.number ?? null;
      });
    },

    /** The document's number, allocating the next one of (publisher, year) when it has none. */
    async assign(input: {
      uid: string;
      documentId: string;
      organizationCode: string;
      year: number;
    }): Promise<string> {
      return strapi.db.transaction(async ({ trx }) => {
        const existing = await trx(NUMBERS)
          .where({ content_type: input.uid, document_id: input.documentId })
          .first('number');
        if (existing) return existing.number as string;

        const key = `${input.organizationCode}/${input.year}`;
        await trx(SEQUENCES).insert({ key, last_serial: 0 }).onConflict('key').ignore();
        await trx(SEQUENCES).where({ key }).increment('last_serial', 1);
        const { last_serial: serial } = await trx(SEQUENCES).where({ key }).first('last_serial');
        nextSerial(Number(serial) - 1); // throws past 99999
        const number = formatIndexNumber(input.organizationCode, input.year, Number(serial));
        await trx(NUMBERS).insert({
          number,
          content_type: input.uid,
          document_id: input.documentId,
          publisher_code: input.organizationCode,
          year: input.year,
          serial: Number(serial),
        });
        return number;
      });
    },

    async list(filter: { publisherCode?: string; year?: number } = {}) {
      const q = knex()(NUMBERS).orderBy([
        { column: 'publisher_code' },
        { column: 'year' },
        { column: 'serial' },
      ]);
      if (filter.publisherCode) q.where('publisher_code', filter.publisherCode);
      if (filter.year) q.where('year', filter.year);
      return q.select('number', 'content_type as contentType', 'document_id as documentId', 'serial');
    },
  };
};

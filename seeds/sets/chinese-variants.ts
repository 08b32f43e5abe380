import type { SeedSet } from '../types';
import phrases from '../data/chinese-variants/phrases.json';

const PHRASE = 'plugin::chinese-variants.phrase';

interface PhraseRecord {
  simplified: string;
  traditional: string;
  variant: 'zh-Hant' | 'zh-Hant-HK' | null;
  note: string;
}

const RECORDS = phrases as PhraseRecord[];
const where = (record: PhraseRecord) => ({
  simplified: record.simplified,
  variant: record.variant === null ? { $null: true } : record.variant,
});

/** Phrase overrides of the demo site (道县 place names; each checked against opencc-js 1.4.2). */
export const chineseVariantsPhrasesSet: SeedSet<PhraseRecord> = {
  name: 'chinese-variants phrase overrides',
  records: () => RECORDS,
  label: (r) => `${r.simplified} → ${r.traditional}${r.variant ? ` (${r.variant})` : ''}`,
  async apply(strapi, record) {
    if (await strapi.db.query(PHRASE).findOne({ where: where(record) })) return 'existing';
    // Through the document service: the pair is validated and the overrides version is bumped.
    await strapi.documents(PHRASE as never).create({ data: record } as never);
    return 'created';
  },
  count: (strapi) => strapi.db.query(PHRASE).count({ where: { $or: RECORDS.map(where) } }),
  async reset(strapi) {
    for (const record of RECORDS) {
      const row = await strapi.db.query(PHRASE).findOne({ where: where(record) });
      if (row) await strapi.documents(PHRASE as never).delete({ documentId: row.documentId } as never);
    }
  },
};

import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { ChineseConverter, validatePhraseOverride, type PhraseOverride } from '../domain';
import type { ChineseVariantsConfig } from '../config';
import { PHRASE_UID, PLUGIN_ID } from '../utils/plugin-id';

const VERSION_KEY = 'overrides-version';
const LOCALIZATIONS_KEY = 'localizations-version';
// Rows of Strapi's core store as `strapi.store({ type: 'plugin', name })` writes them.
const storeKey = (key: string) => `plugin_${PLUGIN_ID}_${key}`;

// Unique across instances without coordination.
const newStamp = () => `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;

const parseStamp = (value: unknown) => {
  if (typeof value !== 'string') return '0';
  try {
    return String(JSON.parse(value));
  } catch {
    return value;
  }
};

/**
 * The process-wide converter and the editor-managed overrides it applies. The overrides' version lives in
 * Strapi's core store, bumped on every phrase write by any instance; `ensureFresh()` reads it (one indexed
 * query) and reloads the phrases only when it changed.
 *
 * The same query reads a second stamp, bumped on every document write in a variant locale (zh-Hant,
 * zh-Hant-HK): it keeps `hasStoredEntries` — "may this content type have human-edited entries in this
 * locale?" — exact across instances, so the common case (no stored 繁体 entries) costs no look-up.
 *
 * The stamps are read at most once per `stampCheckMs` (not on every variant request); this instance's own
 * bumps make the next `ensureFresh()` read them at once.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID });
  let converter: ChineseConverter | null = null;
  let loadedVersion: string | null = null;
  let reloading: Promise<void> | null = null;
  let localizationsVersion: string | null = null;
  let stampsReadAt = -Infinity;
  const storedEntries = new Map<string, Promise<boolean>>();

  const config = () => strapi.config.get(`plugin::${PLUGIN_ID}`) as ChineseVariantsConfig;

  const service = {
    converter(): ChineseConverter {
      // Half of the memory bound for strings, half for whole rich-text values (convert service).
      converter ??= new ChineseConverter({ cacheMaxBytes: Math.floor(config().cacheMaxBytes / 2) });
      return converter;
    },

    async currentVersion(): Promise<string> {
      return (await service.readStamps()).overrides;
    },

    async readStamps(): Promise<{ overrides: string; localizations: string }> {
      const rows = (await strapi.db.query('strapi::core-store').findMany({
        select: ['key', 'value'],
        where: { key: { $in: [storeKey(VERSION_KEY), storeKey(LOCALIZATIONS_KEY)] } },
      })) as { key: string; value: unknown }[];
      const value = (key: string) => parseStamp(rows.find((row) => row.key === storeKey(key))?.value);
      return { overrides: value(VERSION_KEY), localizations: value(LOCALIZATIONS_KEY) };
    },

    /** Marks the overrides as changed for every instance; returns the new version. */
    async bumpVersion(): Promise<string> {
      const version = newStamp();
      await store().set({ key: VERSION_KEY, value: version });
      stampsReadAt = -Infinity;
      return version;
    },

    /** Marks a write in a variant locale, for every instance. */
    async bumpLocalizations(): Promise<void> {
      await store().set({ key: LOCALIZATIONS_KEY, value: newStamp() });
      stampsReadAt = -Infinity;
    },

    /** Whether `uid` may have entries stored in `locale` (a cached count, exact as of the last ensureFresh). */
    hasStoredEntries(uid: string, locale: string, status: 'draft' | 'published'): Promise<boolean> {
      const key = `${uid}\u0000${locale}\u0000${status}`;
      let known = storedEntries.get(key);
      if (!known) {
        known = strapi.db
          .query(uid as never)
          .count({
            where: { locale, publishedAt: status === 'published' ? { $notNull: true } : { $null: true } },
          })
          .then((count: number) => count > 0);
        storedEntries.set(key, known);
        known.catch(() => storedEntries.delete(key));
      }
      return known;
    },

    async ensureFresh(): Promise<void> {
      if (reloading) return reloading;
      const now = Date.now();
      const every = config().stampCheckMs ?? 0;
      if (every > 0 && now - stampsReadAt < every) return;
      stampsReadAt = now;
      let stamps: { overrides: string; localizations: string };
      try {
        stamps = await service.readStamps();
      } catch (error) {
        stampsReadAt = -Infinity;
        throw error;
      }
      if (stamps.localizations !== localizationsVersion) {
        storedEntries.clear();
        localizationsVersion = stamps.localizations;
      }
      const version = stamps.overrides;
      if (version === loadedVersion) return;
      reloading ??= service.reload(version).finally(() => {
        reloading = null;
      });
      try {
        await reloading;
      } catch (error) {
        stampsReadAt = -Infinity;
        throw error;
      }
    },

    async reload(version?: string): Promise<void> {
      const target = version ?? (await service.currentVersion());
      const rows = (await strapi.db
        .query(PHRASE_UID)
        .findMany({ select: ['id', 'simplified', 'traditional', 'variant'] })) as (PhraseOverride & {
        id: number;
      })[];
      const pairs: PhraseOverride[] = [];
      for (const row of rows) {
        try {
          pairs.push(
            validatePhraseOverride({
              simplified: row.simplified,
              traditional: row.traditional,
              variant: row.variant,
            }),
          );
        } catch (error) {
          strapi.log.warn(`[${PLUGIN_ID}] phrase ${row.id} skipped: ${(error as Error).message}`);
        }
      }
      service.converter().setOverrides(pairs, target);
      loadedVersion = target;
    },

    loadedVersion(): string | null {
      return loadedVersion;
    },
  };
  return service;
};

import type { Core } from '@strapi/strapi';
import {
  CONCENTRATION_KEYS,
  forecastFields,
  observationFields,
  polluterFields,
  waterFields,
} from '../domain/records';
import { asValidation, ConflictError, fieldError } from '@gov-portal/kit';
import { writesRelation } from '../utils/relations';
import { UID } from '../utils/constants';
import { govCore } from '../utils/get-service';
import { coordinatesProblem, type FieldError } from '@gov-portal/kit/domain';

type Doc = Record<string, any>;
type Problem = FieldError;
/** The parts of gov-core's WriteHookContext these rules read. */
interface HookContext {
  documentId?: string | null;
  data?: Doc;
  /** True when run by the bulk writer (imports). */
  bulk?: boolean;
}
/** gov-core's column hooks (services/column-registry.ts `ColumnHooks`), as far as this plugin uses them. */
export interface EnvironmentHooks {
  compute?(after: Doc, ctx: HookContext): Doc | Promise<Doc>;
  validate?(before: Doc | null, after: Doc, ctx: HookContext): Promise<Problem[]>;
}

const idOf = (relation: unknown): string | null =>
  (relation as { documentId?: string } | null | undefined)?.documentId ?? null;
const others = (ctx: HookContext) => (ctx.documentId ? { documentId: { $ne: ctx.documentId } } : {});

const assertTownship = async (strapi: Core.Strapi, field: string, documentId: string) => {
  const township = await govCore(strapi, 'directory').department(documentId, ['kind', 'name']);
  if (!township) throw fieldError(field, '所选乡镇不存在', 'exists');
  if (township.kind !== 'township')
    throw fieldError(field, `“${township.name}”不是乡镇（kind 须为 township）`, 'township');
};

/**
 * The write rules of every environment type, run by gov-core's write pipeline on the document as it will be:
 * derived fields computed by the domain (AQI, forecast levels, water and emission compliance; values a client
 * sends are overwritten), and the natural keys (one report per station and hour/day, per township, quarter and
 * site, one forecast per region and day: 409).
 */
export const environmentHooks = (strapi: Core.Strapi): Record<string, EnvironmentHooks> => ({
  [UID.observation]: {
    compute: (after) =>
      asValidation(() =>
        observationFields({
          observedAt: after.observedAt,
          averaging: after.averaging ?? '1h',
          concentrations: Object.fromEntries(CONCENTRATION_KEYS.map((k) => [k, after[k]])),
        }),
      ) as unknown as Doc,
    async validate(_before, after, ctx) {
      const station = idOf(after.station);
      if (!station) throw fieldError('station', '必须选择监测点位', 'required');
      // The import finds duplicates of all its rows in one query.
      if (ctx.bulk) return [];
      const averaging = after.averaging ?? '1h';
      const duplicate = await strapi.db.query(UID.observation).findOne({
        select: ['documentId'],
        where: {
          publishedAt: null,
          averaging,
          station: { documentId: station },
          ...(averaging === '24h' ? { observedDate: after.observedDate } : { observedAt: after.observedAt }),
          ...others(ctx),
        },
      });
      if (duplicate) {
        throw new ConflictError(
          'observedAt',
          averaging === '24h'
            ? `该点位 ${after.observedDate} 已有日报（${duplicate.documentId}）`
            : `该点位 ${after.observedAt} 已有实时报（${duplicate.documentId}）`,
          'unique',
        );
      }
      return [];
    },
  },
  [UID.forecast]: {
    compute: (after) =>
      asValidation(() =>
        forecastFields({
          date: after.date,
          aqiLow: after.aqiLow,
          aqiHigh: after.aqiHigh,
          healthEffect: after.healthEffect,
          advice: after.advice,
        }),
      ) as unknown as Doc,
    async validate(_before, after, ctx) {
      const duplicate = await strapi.db.query(UID.forecast).findOne({
        select: ['documentId'],
        where: { publishedAt: null, date: after.date, region: after.region, ...others(ctx) },
      });
      if (duplicate)
        throw new ConflictError(
          'date',
          `“${after.region}” ${after.date} 已有预报（${duplicate.documentId}）`,
          'unique',
        );
      return [];
    },
  },
  [UID.water]: {
    compute(after, ctx) {
      const computed = asValidation(() =>
        waterFields({
          quarter: after.quarter,
          sourceType: after.sourceType,
          results: after.results,
          targetClass: after.targetClass,
          smallSupply: after.smallSupply,
          sampledOn: after.sampledOn,
        }),
      ) as unknown as Doc;
      return ctx.data && 'siteName' in ctx.data
        ? { ...computed, siteName: String(after.siteName ?? '').trim() }
        : computed;
    },
    async validate(_before, after, ctx) {
      const township = idOf(after.township);
      if (!township) throw fieldError('township', '必须选择乡镇', 'required');
      await assertTownship(strapi, 'township', township);
      const siteName = String(after.siteName ?? '').trim();
      const duplicate = await strapi.db.query(UID.water).findOne({
        select: ['documentId'],
        where: {
          publishedAt: null,
          quarter: after.quarter,
          siteName,
          township: { documentId: township },
          ...others(ctx),
        },
      });
      if (duplicate) {
        throw new ConflictError(
          'siteName',
          `该乡镇 ${after.quarter} 已有“${siteName}”的水质报告（${duplicate.documentId}）`,
          'unique',
        );
      }
      return [];
    },
  },
  [UID.polluter]: {
    compute: (after) =>
      asValidation(() => polluterFields({ pollutants: after.pollutants })) as unknown as Doc,
  },
  [UID.station]: {
    async validate(_before, after, ctx) {
      const township = idOf(after.township);
      if (township && writesRelation(strapi, ctx.data?.township, 'township'))
        await assertTownship(strapi, 'township', township);
      const problem = coordinatesProblem(after.latitude, after.longitude);
      return problem ? [{ ...problem, rule: 'coordinates' }] : [];
    },
  },
});

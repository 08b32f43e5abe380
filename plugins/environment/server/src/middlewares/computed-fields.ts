import type { Core } from '@strapi/strapi';
import {
  CONCENTRATION_KEYS,
  forecastFields,
  observationFields,
  polluterFields,
  waterFields,
} from '../domain/records';
import { asValidation, ConflictError, fieldError } from '@gov-portal/kit';
import { documentIdAfter, writesRelation } from '../utils/relations';
import { DEPARTMENT_UID, UID } from '../utils/constants';
import { govCore } from '../utils/get-service';

type Data = Record<string, any>;
const OWN_UIDS: readonly string[] = Object.values(UID);

/** The stored draft of a document (every document has one), with the given relations' documentIds. */
const storedDraft = (
  strapi: Core.Strapi,
  uid: string,
  documentId: string | undefined,
  relations: string[],
) =>
  documentId
    ? strapi.db.query(uid as never).findOne({
        where: { documentId, publishedAt: null },
        populate: Object.fromEntries(relations.map((r) => [r, { select: ['documentId'] }])),
      })
    : Promise.resolve(null);

/** documentId of a to-one relation after the write: the incoming change, else the stored value. */
const relationAfter = (
  strapi: Core.Strapi,
  target: string,
  data: Data,
  current: Data | null,
  field: string,
) =>
  documentIdAfter(strapi, {
    target,
    field,
    value: data[field],
    current: (current?.[field]?.documentId as string | undefined) ?? null,
  });

const pick = (data: Data, current: Data | null, key: string) => (key in data ? data[key] : current?.[key]);

const assertTownship = async (strapi: Core.Strapi, field: string, documentId: string) => {
  const township = await govCore(strapi, 'directory').department(documentId, ['kind', 'name']);
  if (!township) throw fieldError(field, '所选乡镇不存在', 'exists');
  if (township.kind !== 'township')
    throw fieldError(field, `“${township.name}”不是乡镇（kind 须为 township）`, 'township');
};

const observation = async (strapi: Core.Strapi, ctx: any, data: Data, current: Data | null) => {
  const computed = asValidation(() =>
    observationFields({
      observedAt: pick(data, current, 'observedAt'),
      averaging: pick(data, current, 'averaging') ?? '1h',
      concentrations: Object.fromEntries(CONCENTRATION_KEYS.map((k) => [k, pick(data, current, k)])),
    }),
  );
  const station = await relationAfter(strapi, UID.station, data, current, 'station');
  if (!station) throw fieldError('station', '必须选择监测点位', 'required');
  const averaging = pick(data, current, 'averaging') ?? '1h';
  const duplicate = await strapi.db.query(UID.observation).findOne({
    select: ['documentId'],
    where: {
      publishedAt: null,
      averaging,
      station: { documentId: station },
      ...(averaging === '24h'
        ? { observedDate: computed.observedDate }
        : { observedAt: computed.observedAt }),
      ...(ctx.params.documentId ? { documentId: { $ne: ctx.params.documentId } } : {}),
    },
  });
  if (duplicate) {
    throw new ConflictError(
      'observedAt',
      averaging === '24h'
        ? `该点位 ${computed.observedDate} 已有日报（${duplicate.documentId}）`
        : `该点位 ${computed.observedAt} 已有实时报（${duplicate.documentId}）`,
      'unique',
    );
  }
  // Client-sent AQI fields are overwritten: they are always the engine's.
  Object.assign(data, computed);
};

const forecast = async (strapi: Core.Strapi, ctx: any, data: Data, current: Data | null) => {
  const fields = ['date', 'aqiLow', 'aqiHigh', 'healthEffect', 'advice'] as const;
  const input = Object.fromEntries(fields.map((f) => [f, pick(data, current, f)]));
  Object.assign(
    data,
    asValidation(() => forecastFields(input as never)),
  );
  const region = pick(data, current, 'region');
  const duplicate = await strapi.db.query(UID.forecast).findOne({
    select: ['documentId'],
    where: {
      publishedAt: null,
      date: input.date,
      region,
      ...(ctx.params.documentId ? { documentId: { $ne: ctx.params.documentId } } : {}),
    },
  });
  if (duplicate)
    throw new ConflictError(
      'date',
      `“${region}” ${input.date} 已有预报（${duplicate.documentId}）`,
      'unique',
    );
};

const water = async (strapi: Core.Strapi, ctx: any, data: Data, current: Data | null) => {
  const fields = ['quarter', 'sourceType', 'results', 'targetClass', 'smallSupply', 'sampledOn'] as const;
  const input = Object.fromEntries(fields.map((f) => [f, pick(data, current, f)]));
  const computed = asValidation(() => waterFields(input as never));
  const township = await relationAfter(strapi, DEPARTMENT_UID, data, current, 'township');
  if (!township) throw fieldError('township', '必须选择乡镇', 'required');
  await assertTownship(strapi, 'township', township);
  const siteName = String(pick(data, current, 'siteName') ?? '').trim();
  const duplicate = await strapi.db.query(UID.water).findOne({
    select: ['documentId'],
    where: {
      publishedAt: null,
      quarter: input.quarter,
      siteName,
      township: { documentId: township },
      ...(ctx.params.documentId ? { documentId: { $ne: ctx.params.documentId } } : {}),
    },
  });
  if (duplicate) {
    throw new ConflictError(
      'siteName',
      `该乡镇 ${input.quarter} 已有“${siteName}”的水质报告（${duplicate.documentId}）`,
      'unique',
    );
  }
  if ('siteName' in data) data.siteName = siteName;
  Object.assign(data, computed);
};

const polluter = (data: Data, current: Data | null) => {
  const computed = asValidation(() => polluterFields({ pollutants: pick(data, current, 'pollutants') }));
  Object.assign(data, computed);
};

const station = async (strapi: Core.Strapi, data: Data, current: Data | null) => {
  const township = await relationAfter(strapi, DEPARTMENT_UID, data, current, 'township');
  if (township && writesRelation(strapi, data.township, 'township'))
    await assertTownship(strapi, 'township', township);
  const lat = pick(data, current, 'latitude');
  const lng = pick(data, current, 'longitude');
  if ((lat === null || lat === undefined) !== (lng === null || lng === undefined)) {
    throw fieldError(
      lat === null || lat === undefined ? 'latitude' : 'longitude',
      '经纬度须同时填写',
      'coordinates',
    );
  }
};

/**
 * Computes the derived fields of every environment type on create/update (AQI, forecast levels, water and
 * emission compliance) from the stored draft merged with the change, and enforces the natural keys
 * (one report per station and hour/day, per township, quarter and site, one forecast per region and day).
 */
export const registerComputedFieldsMiddleware = (strapi: Core.Strapi) => {
  const compute = async (ctx: any, next: () => Promise<any>) => {
    if (!ctx.params?.data) return next();
    const data: Data = ctx.params.data;
    const documentId: string | undefined = ctx.action === 'update' ? ctx.params.documentId : undefined;
    switch (ctx.uid) {
      case UID.observation:
        await observation(strapi, ctx, data, await storedDraft(strapi, ctx.uid, documentId, ['station']));
        break;
      case UID.forecast:
        await forecast(strapi, ctx, data, await storedDraft(strapi, ctx.uid, documentId, []));
        break;
      case UID.water:
        await water(strapi, ctx, data, await storedDraft(strapi, ctx.uid, documentId, ['township']));
        break;
      case UID.polluter:
        polluter(data, await storedDraft(strapi, ctx.uid, documentId, []));
        break;
      case UID.station:
        await station(strapi, data, await storedDraft(strapi, ctx.uid, documentId, ['township']));
        break;
    }
    return next();
  };
  // Default deny (gov-core's guard): every write action named; gov-core turns clone into a create.
  strapi.documents.use(
    strapi
      .plugin('gov-core')
      .service('toolkit')
      .documentGuard({
        applies: (uid: string) => OWN_UIDS.includes(uid),
        plan: {
          create: compute,
          update: compute,
          clone: 'refuse',
          delete: 'pass',
          publish: 'pass',
          unpublish: 'pass',
          discardDraft: 'pass',
        },
      }),
  );
};

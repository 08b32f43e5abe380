import type { Context } from 'koa';
import { computeAqi, parseAqiQuery } from '../domain/aqi';
import { asValidation } from '@gov-portal/kit';

/** GET /api/environment/aqi — the HJ 633 engine as an endpoint. */
export default () => ({
  compute(ctx: Context) {
    const result = asValidation(() => computeAqi(parseAqiQuery(ctx.query, { allowKeys: ['locale'] })));
    ctx.body = {
      aqi: result.aqi,
      display: result.display,
      aboveScale: result.aboveScale,
      level: result.level,
      levelLabel: result.levelLabel,
      category: result.category,
      color: result.color.hex,
      colorName: result.color.name,
      primaryPollutants: result.primaryPollutants,
      exceedingPollutants: result.exceedingPollutants,
      iaqi: result.iaqi,
      healthEffect: result.healthEffect,
      advice: result.advice,
      averaging: result.averaging,
      date: result.date,
      edition: result.edition,
      ...(result.editionNote ? { editionNote: result.editionNote } : {}),
    };
  },
});

import { InputError } from './errors';
import { CONCENTRATION_KEYS, observationFields } from './records';

type Doc = Record<string, unknown>;

/** A field error in the shape of the write pipeline (field, stable rule, Chinese message). */
export interface ObservationRuleError {
  field: string;
  rule: string;
  message: string;
}

/**
 * The write rule of an air observation as it will be stored: the AQI fields computed from the
 * concentrations (HJ 633-2012), overwriting any value sent by hand, and a station required.
 * Adds the computed values to `after`; returns every problem (none: []).
 */
export const observationRule = (after: Doc): ObservationRuleError[] => {
  const problems: ObservationRuleError[] = [];
  try {
    Object.assign(
      after,
      observationFields({
        observedAt: after.observedAt,
        averaging: after.averaging ?? '1h',
        concentrations: Object.fromEntries(CONCENTRATION_KEYS.map((k) => [k, after[k]])),
      }),
    );
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    problems.push(...e.errors.map((fe) => ({ field: fe.field, rule: 'invalid', message: fe.message })));
  }
  const station = after.station;
  if (station === null || station === undefined || (Array.isArray(station) && station.length === 0))
    problems.push({ field: 'station', rule: 'required', message: 'station: 必须选择监测点位' });
  return problems;
};

/**
 * CSV of air observations as monitoring systems export them:
 * `station,observedAt,averaging,so2,no2,pm10,co,o3_1h,o3_8h,pm25` (+ optional `so2_24h`), UTF-8 (BOM
 * allowed), comma-separated, RFC 4180 quoting. Every row is checked and every problem reported with its
 * line number and column; nothing about the database is known here (stations, stored duplicates).
 */
import { CONCENTRATION_KEYS, observationFields, type ObservationComputed } from './records';
import { DomainValidationError, parseCsv } from '@gov-portal/kit/domain';
import type { ConcentrationKey } from './aqi-types';

export const OBSERVATION_CSV_COLUMNS = [
  'station',
  'observedAt',
  'averaging',
  'so2',
  'no2',
  'pm10',
  'co',
  'o3_1h',
  'o3_8h',
  'pm25',
] as const;
const OPTIONAL_COLUMNS = ['so2_24h'];

export interface CsvRowError {
  /** Line number in the file (the header is row 1). */
  row: number;
  column: string;
  message: string;
}

export interface ParsedObservation extends ObservationComputed {
  row: number;
  station: string;
  averaging: '1h' | '24h';
  concentrations: Partial<Record<ConcentrationKey, number>>;
}

/** Uniqueness key: one real-time report per station and hour, one daily report per station and day. */
export const observationKey = (o: {
  station: string;
  averaging: string;
  observedAt: string;
  observedDate: string;
}) => (o.averaging === '24h' ? `${o.station}|24h|${o.observedDate}` : `${o.station}|1h|${o.observedAt}`);

export function parseObservationCsv(text: string): { rows: ParsedObservation[]; errors: CsvRowError[] } {
  const parsed = parseCsv(text, ',');
  if (!parsed.ok)
    return { rows: [], errors: [{ row: parsed.line, column: 'file', message: parsed.message }] };
  const records = parsed.rows.filter((r) => !(r.length === 1 && r[0].trim() === ''));
  const errors: CsvRowError[] = [];
  if (records.length === 0) {
    return { rows: [], errors: [{ row: 1, column: 'file', message: '文件为空，第一行应为表头' }] };
  }
  const header = records[0].map((h) => h.trim());
  const missing = OBSERVATION_CSV_COLUMNS.filter((c) => !header.includes(c));
  const unknown = header.filter(
    (h) => !(OBSERVATION_CSV_COLUMNS as readonly string[]).includes(h) && !OPTIONAL_COLUMNS.includes(h),
  );
  for (const c of missing) errors.push({ row: 1, column: c, message: `${c}: 表头缺少此列` });
  for (const c of unknown) errors.push({ row: 1, column: c, message: `${c}: 未知的列` });
  header.forEach((h, i) => {
    if (header.indexOf(h) !== i) errors.push({ row: 1, column: h, message: `${h}: 列重复` });
  });
  if (errors.length > 0) return { rows: [], errors };
  if (records.length === 1) return { rows: [], errors: [{ row: 2, column: 'file', message: '没有数据行' }] };

  const rows: ParsedObservation[] = [];
  const seen = new Map<string, number>();
  for (let r = 1; r < records.length; r++) {
    const line = r + 1;
    const cells = records[r];
    if (cells.length !== header.length) {
      errors.push({ row: line, column: 'row', message: `应有 ${header.length} 列，实有 ${cells.length} 列` });
      continue;
    }
    const get = (c: string) => cells[header.indexOf(c)].trim();
    const station = get('station');
    const rowErrors: CsvRowError[] = [];
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(station))
      rowErrors.push({
        row: line,
        column: 'station',
        message: 'station: 须为监测点位编码（小写字母、数字、连字符）',
      });
    const concentrations: Partial<Record<ConcentrationKey, unknown>> = {};
    for (const key of CONCENTRATION_KEYS) {
      if (!header.includes(key)) continue;
      const raw = get(key);
      if (raw === '' || raw === '—' || raw === '-') continue;
      // Number('') is 0 and Number('1e3') is 1000: only plain decimals are concentrations.
      if (!/^-?\d+(\.\d+)?$/.test(raw)) {
        rowErrors.push({ row: line, column: key, message: `${key}: 浓度须为数字，实为“${raw}”` });
        continue;
      }
      concentrations[key] = Number(raw);
    }
    if (rowErrors.some((e) => e.column !== 'station')) {
      errors.push(...rowErrors);
      continue;
    }
    try {
      const computed = observationFields({
        observedAt: get('observedAt'),
        averaging: get('averaging'),
        concentrations,
      });
      errors.push(...rowErrors);
      if (rowErrors.length > 0) continue;
      const parsed: ParsedObservation = {
        ...computed,
        row: line,
        station,
        averaging: get('averaging') as '1h' | '24h',
        concentrations: concentrations as Partial<Record<ConcentrationKey, number>>,
      };
      const key = observationKey(parsed);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        errors.push({
          row: line,
          column: 'observedAt',
          message: `observedAt: 与第 ${earlier} 行是同一点位同一${parsed.averaging === '24h' ? '日' : '时刻'}的${parsed.averaging === '24h' ? '日报' : '实时报'}`,
        });
        continue;
      }
      seen.set(key, line);
      rows.push(parsed);
    } catch (e) {
      if (!(e instanceof DomainValidationError)) throw e;
      errors.push(...rowErrors);
      for (const fe of e.errors) {
        const column = fe.field === 'concentrations' ? OBSERVATION_CSV_COLUMNS.slice(3).join('|') : fe.field;
        errors.push({ row: line, column, message: fe.message });
      }
    }
  }
  return { rows, errors };
}

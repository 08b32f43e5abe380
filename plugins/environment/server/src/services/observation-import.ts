import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  observationKey,
  parseObservationCsv,
  type CsvRowError,
  type ParsedObservation,
} from '../domain/observation-csv';
import { CONCENTRATION_KEYS } from '../domain/records';
import { UID } from '../utils/constants';
import { importLimits } from '../config';

interface StationVersion {
  id: number;
  documentId: string;
  department?: number;
  /** documentId of the department, for gov-core's `scopeDepartment` when the model has it. */
  departmentDocumentId?: string;
  column?: number;
  columnDocumentId?: string;
}

interface StationVersions {
  code: string;
  draft?: StationVersion;
  published?: StationVersion;
}

export interface ImportOptions {
  dryRun?: boolean;
  /** Publish as imported (webmasters only); default: drafts, which go through the review gate. */
  publish?: boolean;
  userId?: number;
  /** The importing admin (audit entries of the documents); null: the system. */
  actor?: { id: number; email: string; isSuperAdmin: boolean } | null;
  /**
   * documentIds of the departments the importer is limited to (gov-core scoping); a row of a station outside
   * them is refused like a missing station. Absent: every department.
   */
  departments?: string[];
}

export interface ImportResult {
  dryRun: boolean;
  published: boolean;
  rows: number;
  imported: number;
  stations: Record<string, number>;
  byAveraging: { '1h': number; '24h': number };
  from: string | null;
  to: string | null;
}

/**
 * The import refused: the bad rows with their line number and column, nothing stored. The list and its
 * messages are capped by gov-core (`table-files.refusal`: the first 100, quotations cut short).
 */
export const importRefused = (strapi: Core.Strapi, list: CsvRowError[]) =>
  strapi
    .plugin('gov-core')
    .service('table-files')
    .refusal(
      `导入失败：${new Set(list.map((e) => e.row)).size} 行有错误，未导入任何数据`,
      [...list].sort((a, b) => a.row - b.row),
      importLimits(strapi),
    ) as InstanceType<typeof errors.ValidationError>;

/**
 * CSV import of air observations: every row checked (format, AQI inputs, station, duplicates in the file and
 * in the database) before anything is written; then gov-core's bulk writer stores them as documents.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const stationVersions = async (codes: string[]) => {
    const rows = await strapi.db.query(UID.station).findMany({
      where: { code: { $in: codes } },
      select: ['id', 'documentId', 'code', 'publishedAt'],
      populate: {
        department: { select: ['id', 'documentId'] },
        column: { select: ['id', 'documentId'] },
      },
    });
    const map = new Map<string, StationVersions>();
    for (const r of rows as any[]) {
      const entry: StationVersions = map.get(r.code) ?? { code: r.code };
      const version: StationVersion = {
        id: r.id,
        documentId: r.documentId,
        department: r.department?.id,
        departmentDocumentId: r.department?.documentId,
        column: r.column?.id,
        columnDocumentId: r.column?.documentId,
      };
      if (r.publishedAt) entry.published = version;
      else entry.draft = version;
      map.set(r.code, entry);
    }
    return map;
  };

  /** Keys (see `observationKey`) of stored observations that the file would duplicate. */
  const storedKeys = async (rows: ParsedObservation[], stationIds: Map<number, string>) => {
    if (rows.length === 0 || stationIds.size === 0) return new Set<string>();
    const dates = rows.map((r) => r.observedDate).sort();
    const stored = await strapi.db.query(UID.observation).findMany({
      where: {
        publishedAt: null,
        station: { id: { $in: [...stationIds.keys()] } },
        observedDate: { $gte: dates[0], $lte: dates[dates.length - 1] },
      },
      select: ['observedAt', 'observedDate', 'averaging'],
      populate: { station: { select: ['id'] } },
    });
    return new Set(
      (stored as any[]).map((s) =>
        observationKey({
          station: stationIds.get(s.station?.id) ?? '',
          averaging: s.averaging,
          observedAt: new Date(s.observedAt).toISOString(),
          observedDate: String(s.observedDate).slice(0, 10),
        }),
      ),
    );
  };

  /**
   * The rows as documents, through gov-core's bulk writer: one transaction of batched inserts of proper Strapi
   * documents (a draft row, plus a published row when `publish`, sharing a documentId; links to the station and
   * to the station's department and column; a pending review row and an audit entry per document).
   */
  const write = async (
    rows: ParsedObservation[],
    stations: Map<string, StationVersions>,
    opts: ImportOptions,
  ) => {
    await strapi
      .plugin('gov-core')
      .service('bulk-writer')
      .createMany({
        uid: UID.observation,
        publish: opts.publish === true,
        createdBy: opts.userId ?? null,
        actor: opts.actor ?? null,
        refuse: (list: { row: number; field: string; message: string }[]) =>
          importRefused(
            strapi,
            list.map(({ row, field, message }) => ({ row, column: field, message })),
          ),
        documents: rows.map((r) => {
          const station = stations.get(r.station)?.draft;
          return {
            row: r.row,
            data: {
              observedAt: r.observedAt,
              averaging: r.averaging,
              ...Object.fromEntries(CONCENTRATION_KEYS.map((k) => [k, r.concentrations[k] ?? null])),
              station: station?.documentId ?? null,
              department: station?.departmentDocumentId ?? null,
              column: station?.columnDocumentId ?? null,
            },
          };
        }),
      });
  };

  return {
    async importObservations(text: string, opts: ImportOptions = {}): Promise<ImportResult> {
      // Rows, columns and cell lengths checked in one pass before the text is parsed.
      const tableFiles = strapi.plugin('gov-core').service('table-files');
      tableFiles.refuseIf(tableFiles.inspectCsv(text, importLimits(strapi)));
      const { rows, errors: rowErrors } = parseObservationCsv(text);
      const problems = [...rowErrors];
      const codes = [...new Set(rows.map((r) => r.station))];
      const stations = await stationVersions(codes);
      const valid: ParsedObservation[] = [];
      const limit = opts.departments ? new Set(opts.departments) : null;
      for (const r of rows) {
        const s = stations.get(r.station);
        if (limit && !(s?.draft?.departmentDocumentId && limit.has(s.draft.departmentDocumentId))) {
          problems.push({
            row: r.row,
            column: 'station',
            message: `station: 监测点位“${r.station}”不存在或不属于您所属的部门`,
          });
        } else if (!s?.draft) {
          problems.push({ row: r.row, column: 'station', message: `station: 监测点位“${r.station}”不存在` });
        } else if (opts.publish && !s.published) {
          problems.push({
            row: r.row,
            column: 'station',
            message: `station: 监测点位“${r.station}”尚未发布，不能直接发布其监测数据`,
          });
        } else valid.push(r);
      }
      const stationIds = new Map<number, string>();
      for (const s of stations.values()) if (s.draft) stationIds.set(s.draft.id, s.code);
      const stored = await storedKeys(valid, stationIds);
      for (const r of valid) {
        if (stored.has(observationKey(r))) {
          problems.push({
            row: r.row,
            column: 'observedAt',
            message: `observedAt: 该点位${r.averaging === '24h' ? ` ${r.observedDate} 的日报` : ` ${r.observedAt} 的实时报`}已导入过`,
          });
        }
      }
      if (problems.length > 0) throw importRefused(strapi, problems);

      const times = rows.map((r) => r.observedAt).sort();
      const result: ImportResult = {
        dryRun: opts.dryRun === true,
        published: opts.publish === true && opts.dryRun !== true,
        rows: rows.length,
        imported: 0,
        stations: Object.fromEntries(codes.map((c) => [c, rows.filter((r) => r.station === c).length])),
        byAveraging: {
          '1h': rows.filter((r) => r.averaging === '1h').length,
          '24h': rows.filter((r) => r.averaging === '24h').length,
        },
        from: times[0] ?? null,
        to: times[times.length - 1] ?? null,
      };
      if (opts.dryRun) return result;
      await write(rows, stations, opts);
      return { ...result, imported: rows.length };
    },
  };
};

import type { Core } from '@strapi/strapi';
import fs from 'node:fs/promises';
import { errors } from '@strapi/utils';
import { fieldError } from '@gov-portal/kit';
import {
  capErrors,
  cellCounter,
  checkCsvText,
  megabytes,
  resolveTableLimits,
  shortenMessage,
  violation,
  type CellCounter,
  type LimitViolation,
  type TableLimits,
  inspectXlsx,
} from '@gov-portal/kit/domain';

export type { CellCounter, LimitViolation, TableLimits };

/** A limit problem as the import parsers report it (row 0: the file itself). */
export interface LimitProblem {
  rule: string;
  message: string;
}

/** Multipart framing and other fields around the one file of an import request. */
export const MULTIPART_ALLOWANCE = 64 * 1024;

const normalizePath = (path: string) => {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // keep the raw path: the router will not match it either
  }
  return (
    decoded
      .toLowerCase()
      .replace(/\/{2,}/g, '/')
      .replace(/\/+$/, '') || '/'
  );
};

/** The overrides of a declared path with `:parameter` segments that `path` matches (one segment each). */
const patternMatch = <T>(uploads: ReadonlyMap<string, T>, path: string): T | undefined => {
  // Split as the router does (the raw path), then decode each segment: `a%2Fb` stays one segment.
  const segments = path
    .replace(/\/{2,}/g, '/')
    .replace(/\/+$/, '')
    .split('/')
    // A raw segment that is not empty stays non-empty (`%2F` decodes to `/`, still a parameter value).
    .map((s) => (s === '' ? '' : normalizePath(s).replace(/^\//, '') || s));
  for (const [declared, value] of uploads) {
    if (!declared.includes('/:')) continue;
    const parts = declared.split('/');
    if (
      parts.length === segments.length &&
      parts.every((p, i) => p === segments[i] || (p.startsWith(':') && segments[i] !== ''))
    )
      return value;
  }
  return undefined;
};

/** The error body of a refused file: field `file`, the limit as the rule (Strapi's details.errors shape). */
export const limitError = (v: LimitViolation | LimitProblem) =>
  new errors.ValidationError(shortenMessage(v.message), {
    errors: [
      {
        row: 0,
        column: 'file',
        path: ['file'],
        name: 'ValidationError',
        rule: v.rule,
        message: shortenMessage(v.message),
      },
    ],
  });

/**
 * Limits of imported table files (xlsx, csv), one implementation for every plugin: the request size (checked
 * by a middleware before the body is read), the zip structure and real inflated size, rows, columns and
 * characters per cell, and the size of the error list. See the kit's domain/table-limits.ts and domain/zip-inspector.ts.
 */
/** What formidable (Strapi's body parser) gives for a multipart file. */
type UploadedFile = {
  filepath: string;
  size: number;
  originalFilename?: string | null;
  mimetype?: string | null;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const uploads = new Map<string, Partial<TableLimits>>();
  const configured = () => (strapi.config.get('plugin::gov-core.tableFiles') ?? {}) as Partial<TableLimits>;
  const limits = (overrides?: Partial<TableLimits>) => resolveTableLimits(configured(), overrides);
  const checkUploadSize = (size: number, overrides?: Partial<TableLimits>) => {
    const { maxUploadBytes } = limits(overrides);
    if (size > maxUploadBytes) {
      throw limitError(violation('maxUploadBytes', `文件过大（上限 ${megabytes(maxUploadBytes)}）`));
    }
  };

  return {
    /** gov-core's configured limits (`tableFiles` in its config) with a plugin's overrides. */
    limits,

    /**
     * Declares an import route (`POST <path>`, e.g. `/power-list/import`, or with parameters as the router
     * writes them, `/budget/reports/:documentId/import`): its request body is refused before it is read when it
     * declares more than `maxUploadBytes` (plus the multipart framing) or no length.
     */
    registerUpload(path: string, overrides?: Partial<TableLimits>) {
      uploads.set(normalizePath(path), overrides ?? {});
    },

    /** `maxUploadBytes` of a request's route, or null when it is not a declared import. */
    uploadLimitOf(method: string, path: string): number | null {
      if (method.toUpperCase() !== 'POST') return null;
      const overrides = uploads.get(normalizePath(path)) ?? patternMatch(uploads, path);
      return overrides ? limits(overrides).maxUploadBytes : null;
    },

    /**
     * The one file of an import (multipart field `file`), read into memory after its size is checked: a 400
     * naming `file` when there is none or several (`required` names what is expected), or when it is too large.
     * The request body was bounded before it was read (the table-upload-limit middleware, `registerUpload`).
     */
    async readUpload(
      request: unknown,
      required: string,
      overrides?: Partial<TableLimits>,
    ): Promise<{ bytes: Buffer; filename?: string }> {
      const files = (request as { files?: Record<string, UploadedFile | UploadedFile[]> }).files;
      const upload = files?.file;
      const file = Array.isArray(upload) ? upload[0] : upload;
      if (!file || (Array.isArray(upload) && upload.length !== 1))
        throw fieldError('file', required, 'required');
      checkUploadSize(file.size, overrides);
      return {
        bytes: await fs.readFile(file.filepath),
        filename: file.originalFilename ?? file.mimetype ?? undefined,
      };
    },

    /** The uploaded file itself (formidable's `size`): a 400 when over the limit. */
    checkUploadSize,

    /**
     * An xlsx checked before any library reads it (see zip-inspector.ts): the problem, or null and the merged
     * ranges of each worksheet (streaming readers do not report them).
     */
    inspectXlsx: async (
      bytes: Uint8Array,
      overrides?: Partial<TableLimits>,
    ): Promise<{ problem: LimitProblem | null; merges: Record<string, string[]> }> => {
      const inspection = await inspectXlsx(bytes, limits(overrides));
      return inspection.ok
        ? { problem: null, merges: inspection.merges }
        : { problem: inspection.violation, merges: {} };
    },

    /** CSV text checked in one pass before it is parsed; null when it may be parsed. */
    inspectCsv: (
      text: string,
      overrides?: Partial<TableLimits>,
      delimiter: ',' | '\t' = ',',
    ): LimitProblem | null => checkCsvText(text, limits(overrides), delimiter),

    /** A counter of rows and cells for the reading itself (a repeated shared string counts each time). */
    cellCounter: (overrides?: Partial<TableLimits>): CellCounter => cellCounter(limits(overrides)),

    /** Throws the 400 of a limit problem, if any. */
    refuseIf(problem: LimitProblem | null) {
      if (problem) throw limitError(problem);
    },

    /**
     * A refused import's 400: the first `maxListedErrors` errors (each message with its quotations cut to
     * short excerpts) and how many more there were, so the body stays small whatever the file held.
     */
    refusal<E extends { message: string }>(
      message: string,
      list: readonly E[],
      overrides?: Partial<TableLimits>,
    ) {
      const { errors: listed, omitted } = capErrors(list, limits(overrides).maxListedErrors);
      return new errors.ValidationError(shortenMessage(message), {
        errors: listed,
        ...(omitted ? { omitted, total: list.length } : {}),
      });
    },

    shortenMessage,
  };
};

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { SeedOutcome, SeedSet } from '../types';
import {
  approveAndPublish,
  columnId as columnOf,
  departmentId,
  docs,
  draftOf,
  isPublished,
} from '../helpers';
import { COLUMN_SLUG, PROJECTS, type ProjectRecord } from '../data/ppp/projects';

/**
 * ppp demo data: nine Dao County projects across the stages of the three rule editions (seeds/data/ppp), with
 * their contracts in the media library and their implementation reports — created and published through the
 * document service, so the write rules, 保密审查, 索引号 and the audit trail are real.
 */

const PROJECT = 'plugin::ppp.ppp-project';
const UPDATE = 'plugin::ppp.ppp-update';
const FILE = 'plugin::upload.file';

const enabled = (strapi: Core.Strapi) => Boolean(strapi.plugin('ppp'));
const columnId = (strapi: Core.Strapi) => columnOf(strapi, COLUMN_SLUG);
const publish = approveAndPublish;

/** A one-page PDF standing in for the signed contract (the demo has no real one). */
const demoPdf = (title: string) => {
  const text = `${title} - demo contract of the Dao County portal seeds`.replace(/[()\\]/g, '');
  const stream = `BT /F1 12 Tf 56 780 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
};

/** The contract file in the media library (uploaded once, found by name afterwards). */
const contractId = async (strapi: Core.Strapi, name: string): Promise<number> => {
  const found = await strapi.db.query(FILE as never).findOne({ where: { name } });
  if (found) return found.id;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppp-seed-'));
  const filepath = path.join(dir, name);
  fs.writeFileSync(filepath, demoPdf(name.replace(/\.pdf$/, '')));
  try {
    const [file] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name, caption: 'PPP 项目合同（演示）' } },
        files: {
          filepath,
          originalFilename: name,
          mimetype: 'application/pdf',
          size: fs.statSync(filepath).size,
        },
      });
    return file.id;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

const projectOf = (strapi: Core.Strapi, code: string) =>
  draftOf(strapi, PROJECT, { code, locale: 'zh-Hans' });

export const pppProjectsSet: SeedSet<ProjectRecord> = {
  name: 'ppp projects',
  records: (strapi) => (enabled(strapi) ? PROJECTS : []),
  label: (r) => `${r.code} ${r.name}`,
  async apply(strapi, r): Promise<SeedOutcome> {
    const existing = await projectOf(strapi, r.code);
    if (existing) {
      if (r.draft || (await isPublished(strapi, PROJECT, existing.documentId))) return 'existing';
      await publish(strapi, PROJECT, existing.documentId);
      return 'updated';
    }
    const department = await departmentId(strapi, r.department);
    const created = await docs(strapi, PROJECT).create({
      locale: 'zh-Hans',
      data: {
        name: r.name,
        code: r.code,
        edition: r.edition,
        location: r.location,
        township: r.township ? await departmentId(strapi, r.township) : null,
        latitude: r.latitude ?? null,
        longitude: r.longitude ?? null,
        scope: r.scope.map((p) => `<p>${p}</p>`).join(''),
        investment: r.investment,
        sector: r.sector,
        operationMode: r.operationMode,
        returnMechanism: r.returnMechanism ?? null,
        cooperationYears: r.cooperationYears ?? null,
        stage: r.stage,
        governmentParty: await departmentId(strapi, r.governmentParty),
        socialCapitalParty: r.socialCapitalParty ?? null,
        contract: r.contract ? await contractId(strapi, r.contract) : null,
        milestones: r.milestones.map((m) => ({ note: null, ...m })),
        department,
        column: await columnId(strapi),
        disclosure: { publisher: department, writtenAt: r.milestones[0]?.date ?? null },
      },
    });
    if (!r.draft) await publish(strapi, PROJECT, created.documentId);
    return 'created';
  },
  count: async (strapi) =>
    enabled(strapi)
      ? strapi.db.query(PROJECT).count({
          where: { code: { $in: PROJECTS.map((p) => p.code) }, publishedAt: null },
        })
      : 0,
  async reset(strapi) {
    if (!enabled(strapi)) return;
    const codes = PROJECTS.map((p) => p.code);
    const rows = await strapi.db
      .query(PROJECT)
      .findMany({ where: { code: { $in: codes } }, select: ['documentId'] });
    const ids = [...new Set(rows.map((r: any) => r.documentId as string))];
    if (!ids.length) return;
    await strapi.db.query(UPDATE).deleteMany({ where: { project: { documentId: { $in: ids } } } });
    await strapi.db.query(PROJECT).deleteMany({ where: { documentId: { $in: ids } } });
  },
};

interface UpdateSeed {
  project: string;
  department: string;
  period: string;
  progress: string;
  investmentCompleted?: number;
  percentComplete?: number;
  note?: string;
}

const UPDATES: UpdateSeed[] = PROJECTS.flatMap((p) =>
  p.updates.map((u) => ({ ...u, project: p.code, department: p.department })),
);

export const pppUpdatesSet: SeedSet<UpdateSeed> = {
  name: 'ppp updates',
  records: (strapi) => (enabled(strapi) ? UPDATES : []),
  label: (r) => `${r.project} ${r.period}`,
  async apply(strapi, r): Promise<SeedOutcome> {
    const project = await projectOf(strapi, r.project);
    if (!project) throw new Error(`ppp project “${r.project}” is missing (ppp projects)`);
    const existing = await draftOf(strapi, UPDATE, {
      period: r.period,
      project: { documentId: project.documentId },
      locale: 'zh-Hans',
    });
    if (existing) {
      if (await isPublished(strapi, UPDATE, existing.documentId)) return 'existing';
      await publish(strapi, UPDATE, existing.documentId);
      return 'updated';
    }
    const created = await docs(strapi, UPDATE).create({
      locale: 'zh-Hans',
      data: {
        project: project.documentId,
        period: r.period,
        progress: `<p>${r.progress}</p>`,
        investmentCompleted: r.investmentCompleted ?? null,
        percentComplete: r.percentComplete ?? null,
        note: r.note ?? null,
        department: await departmentId(strapi, r.department),
        column: await columnId(strapi),
      },
    });
    await publish(strapi, UPDATE, created.documentId);
    return 'created';
  },
  count: async (strapi) => {
    if (!enabled(strapi)) return 0;
    const projects = await strapi.db.query(PROJECT).findMany({
      where: { code: { $in: PROJECTS.map((p) => p.code) }, publishedAt: null },
      select: ['documentId'],
    });
    return strapi.db.query(UPDATE).count({
      where: { project: { documentId: { $in: projects.map((p: any) => p.documentId) } }, publishedAt: null },
    });
  },
};

export const pppSets = [pppProjectsSet, pppUpdatesSet];

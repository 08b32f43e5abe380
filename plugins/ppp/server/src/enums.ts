/**
 * The enumerations of the content types and the labels served beside their keys, derived from the data files
 * (data/editions.ts, sectors.ts, modes.ts): one place for each key and label.
 */
import type { Label } from '@gov-portal/kit/domain';
import { PPP_EDITIONS, STAGE_KEYS } from './data/editions';
import { PPP_LABELS } from './data/labels';
import { SECTORS, SECTOR_KEYS } from './data/sectors';
import { OPERATION_MODES, OPERATION_MODE_KEYS, RETURN_MECHANISMS, RETURN_MECHANISM_KEYS } from './data/modes';

type Doc = Record<string, any>;

export {
  PPP_LABELS,
  STAGE_KEYS,
  SECTORS,
  SECTOR_KEYS,
  OPERATION_MODES,
  OPERATION_MODE_KEYS,
  RETURN_MECHANISMS,
  RETURN_MECHANISM_KEYS,
};

export const EDITION_IDS = PPP_EDITIONS.map((e) => e.id);
export const EDITION_OPTIONS: Record<string, Label> = Object.fromEntries(
  PPP_EDITIONS.map((e) => [e.id, e.label]),
);

/**
 * Every stage of every edition with one label (the 2017 and 2021 editions share theirs; `handover` is 移交 there
 * and 终止和移交 under the 2023 mechanism, shown as 移交 / 终止和移交).
 */
export const STAGES: Record<string, Label> = {};
for (const edition of PPP_EDITIONS)
  for (const s of edition.stages) {
    const known = STAGES[s.key];
    STAGES[s.key] =
      known && known['zh-Hans'] !== s.label['zh-Hans']
        ? {
            'zh-Hans': `${known['zh-Hans']} / ${s.label['zh-Hans']}`,
            'zh-Hant': `${known['zh-Hant']} / ${s.label['zh-Hant']}`,
          }
        : s.label;
  }
export const STAGE_OPTIONS = STAGES;

const label = (labels: Record<string, Label>, key: unknown) =>
  typeof key === 'string' ? (labels[key]?.['zh-Hans'] ?? key) : null;

/** A project's stage in the words of its own edition. */
const stageOf = (edition: unknown, stage: unknown) => {
  const found = PPP_EDITIONS.find((e) => e.id === edition)?.stages.find((s) => s.key === stage);
  return found ? found.label['zh-Hans'] : label(STAGES, stage);
};

/**
 * Labels beside the keys, in 简体 (chinese-variants turns a 繁体 response's text into 繁体), so that a front end
 * needs no lookup table.
 */
export const labelsOfProject = (p: Doc): Doc => ({
  ...p,
  ...('edition' in p ? { editionLabel: label(EDITION_OPTIONS, p.edition) } : {}),
  ...('stage' in p ? { stageLabel: stageOf(p.edition, p.stage) } : {}),
  ...('sector' in p ? { sectorLabel: label(SECTORS, p.sector) } : {}),
  ...('operationMode' in p ? { operationModeLabel: label(OPERATION_MODES, p.operationMode) } : {}),
  ...('returnMechanism' in p ? { returnMechanismLabel: label(RETURN_MECHANISMS, p.returnMechanism) } : {}),
  ...(Array.isArray(p.milestones)
    ? { milestones: p.milestones.map((m: Doc) => ({ ...m, stageLabel: stageOf(p.edition, m.stage) })) }
    : {}),
});

export const labelsOfUpdate = (u: Doc): Doc => ({
  ...u,
  ...(u.project && typeof u.project === 'object' ? { project: labelsOfProject(u.project) } : {}),
});

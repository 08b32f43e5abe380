/**
 * Stage rules of a project under its edition: stages advance one step at a time in the edition's order (or stay);
 * from the execution stage on (执行 / 建设实施) the contract, the private party and the return mechanism are known.
 *
 * A new project may start at any stage of its edition: the portal records projects already under way (2017/2021
 * information becomes public only once a project is in 执行, 新机制 information from 特许经营者选择), and its
 * milestones say since when. A `correction` (a reason, kept in the audit trail by the caller) allows any known
 * stage, for a wrong stage entered earlier or an import.
 */
import { problem, type FieldError } from '@gov-portal/kit/domain';
import type { PppEdition } from '../data/editions';

export const STAGE_FIELD = 'stage';

export function stageIndex(edition: PppEdition, stage: string | null | undefined): number {
  return edition.stages.findIndex((s) => s.key === stage);
}

/** The label (简体) of a stage of `edition`; the key itself for an unknown one. */
export function stageLabel(edition: PppEdition, stage: string): string {
  return edition.stages.find((s) => s.key === stage)?.label['zh-Hans'] ?? stage;
}

const quoted = (edition: PppEdition, stage: string) => `「${stageLabel(edition, stage)}」`;

function unknownStage(edition: PppEdition, stage: string): FieldError {
  const known = edition.stages.map((s) => s.label['zh-Hans']).join('、');
  return problem(
    STAGE_FIELD,
    'unknown-stage',
    `「${stage}」不是${edition.label['zh-Hans']}的项目阶段，应为：${known}`,
  );
}

/** `null` when `from` → `to` is allowed; otherwise the failure on `stage`. */
export function checkTransition(
  edition: PppEdition,
  from: string | null,
  to: string,
  options: { correction?: string } = {},
): FieldError | null {
  const target = stageIndex(edition, to);
  if (target < 0) return unknownStage(edition, to);
  if (from === null || from === to) return null;
  if (options.correction !== undefined && options.correction.trim() !== '') return null;
  const current = stageIndex(edition, from);
  if (current < 0) return unknownStage(edition, from);
  if (target === current + 1) return null;
  if (target > current) {
    const between = edition.stages
      .slice(current + 1, target)
      .map((s) => `「${s.label['zh-Hans']}」`)
      .join('');
    return problem(
      STAGE_FIELD,
      'stage-transition',
      `不能从${quoted(edition, from)}直接进入${quoted(edition, to)}，须依次经过${between}；确需更正的，请填写更正原因`,
    );
  }
  return problem(
    STAGE_FIELD,
    'stage-transition',
    `不能从${quoted(edition, from)}退回${quoted(edition, to)}；确需更正的，请填写更正原因`,
  );
}

export interface ExecutionFacts {
  stage: string;
  contract?: unknown;
  socialCapitalParty?: unknown;
  returnMechanism?: unknown;
}

const isBlank = (value: unknown) =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/** From the execution stage on: one failure per missing contract, private party or return mechanism. */
export function executionPrerequisites(edition: PppEdition, project: ExecutionFacts): FieldError[] {
  const at = stageIndex(edition, project.stage);
  if (at < 0 || at < stageIndex(edition, edition.executionStage)) return [];
  const stage = quoted(edition, edition.executionStage);
  const needs: [keyof ExecutionFacts, string][] = [
    ['contract', edition.terms.contract['zh-Hans']],
    ['socialCapitalParty', edition.terms.socialCapitalParty['zh-Hans']],
    ['returnMechanism', '回报机制'],
  ];
  return needs
    .filter(([field]) => isBlank(project[field]))
    .map(([field, name]) => problem(field, 'required-from-execution', `项目自${stage}阶段起须填写${name}`));
}

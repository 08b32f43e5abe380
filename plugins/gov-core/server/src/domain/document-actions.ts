/**
 * The actions of Strapi 5.54's document service (`@strapi/core` services/document-service/repository.js: every
 * method the middleware manager wraps). Guards on our types are written as a plan that names every write
 * action, so a guard cannot forget one, and an action Strapi adds later is refused until someone decides.
 */
export const READ_ACTIONS = ['findOne', 'findFirst', 'findMany', 'count'] as const;
export const WRITE_ACTIONS = [
  'create',
  'update',
  'delete',
  'clone',
  'publish',
  'unpublish',
  'discardDraft',
] as const;

export type ReadAction = (typeof READ_ACTIONS)[number];
export type WriteAction = (typeof WRITE_ACTIONS)[number];

export const isReadAction = (action: unknown): action is ReadAction =>
  (READ_ACTIONS as readonly unknown[]).includes(action);
export const isWriteAction = (action: unknown): action is WriteAction =>
  (WRITE_ACTIONS as readonly unknown[]).includes(action);

/** What a guard does with each write action: run a handler, let it through unchanged, or refuse it (with a reason). */
export type ActionStep<H> = H | 'pass' | 'refuse' | { refuse: string };
export type ActionPlan<H> = Record<WriteAction, ActionStep<H>>;

export type Resolved<H> =
  | { kind: 'read' }
  | { kind: 'pass' }
  | { kind: 'handle'; handler: H }
  | { kind: 'refuse'; reason: 'refused' | 'unknown'; message?: string };

/** The step of a plan for an action: reads pass, unknown actions are refused (default deny). */
export const resolveAction = <H>(plan: ActionPlan<H>, action: unknown): Resolved<H> => {
  if (isReadAction(action)) return { kind: 'read' };
  if (!isWriteAction(action)) return { kind: 'refuse', reason: 'unknown' };
  const step = plan[action];
  if (step === 'pass') return { kind: 'pass' };
  if (step === 'refuse' || step === undefined) return { kind: 'refuse', reason: 'refused' };
  if (typeof step === 'object' && step !== null && 'refuse' in step) {
    return { kind: 'refuse', reason: 'refused', message: step.refuse };
  }
  return { kind: 'handle', handler: step as H };
};

/** The Chinese message of a refused action. */
export const refusalMessage = (label: string, action: unknown, reason: 'refused' | 'unknown') =>
  reason === 'unknown'
    ? `${label}不支持“${String(action)}”操作（未知的文档操作一律拒绝）`
    : `${label}不允许“${String(action)}”操作`;

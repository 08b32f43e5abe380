import { errors } from '@strapi/utils';
import { refusalMessage, resolveAction, type ActionPlan } from '../domain/document-actions';

export type DocumentHandler = (ctx: any, next: () => Promise<any>) => Promise<any>;

export interface DocumentGuard {
  /** The content types the guard is responsible for. */
  applies: (uid: string) => boolean;
  /** Every write action named (reads pass; any action not in the table is refused). */
  plan: ActionPlan<DocumentHandler> | ((uid: string) => ActionPlan<DocumentHandler>);
  /** What the refusal message calls the type (`栏目信息`, `清理批次` …). */
  label?: (uid: string) => string;
}

/**
 * A document-service middleware that is default deny for its types: a write action is run through the plan's
 * handler, passed, or refused (403); an action the plan does not know — one a later Strapi adds — is refused.
 */
export const documentGuard =
  (guard: DocumentGuard): DocumentHandler =>
  async (ctx, next) => {
    if (!guard.applies(ctx.uid)) return next();
    const plan = typeof guard.plan === 'function' ? guard.plan(ctx.uid) : guard.plan;
    const step = resolveAction(plan, ctx.action);
    if (step.kind === 'read' || step.kind === 'pass') return next();
    if (step.kind === 'handle') return step.handler(ctx, next);
    const label = guard.label?.(ctx.uid) ?? ctx.uid;
    throw new errors.ForbiddenError(step.message ?? refusalMessage(label, ctx.action, step.reason), {
      action: ctx.action,
      uid: ctx.uid,
    });
  };

import { useCallback, useEffect, useState } from 'react';
import { useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { Badge, Button, Flex, Textarea, Typography } from '@strapi/design-system';

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { documentId?: string; locale?: string | null; updatedAt?: string } & Record<string, unknown>;
}

interface Status {
  locale: string | null;
  versionHash: string;
  required: boolean;
  state: 'pending' | 'approved' | 'rejected';
  stateLabel: string;
  decision: null | {
    state: 'pending' | 'approved' | 'rejected';
    stateLabel: string;
    current: boolean;
    reviewerEmail: string | null;
    decidedAt: string | null;
    comment: string | null;
    fourEyesOverride: boolean;
  };
  fourEyes: boolean;
  ownVersion: boolean;
  canOverride: boolean;
}

const TONE = { pending: 'warning', approved: 'success', rejected: 'danger' } as const;
const DECIDE = [{ action: 'plugin::gov-core.reviews.decide', subject: null }];

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '';

/**
 * 保密审查 side panel of the edit view: the current version's state, the last decision (reviewer, time, comment),
 * and — for reviewers — 通过 / 不通过 in place, with 四眼原则 (an author cannot approve their own version; a
 * webmaster may override it, recorded). Refreshed after every save. Hidden for types without review.
 */
export const ReviewPanel = ({ model, documentId, document }: PanelProps) => {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { allowedActions } = useRBAC({ decide: DECIDE });
  const [status, setStatus] = useState<Status | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const locale = document?.locale ?? undefined;
  const updatedAt = document?.updatedAt;
  const query = locale ? `?locale=${encodeURIComponent(locale)}` : '';
  // Only a stored draft is reviewed: not a clone being made, not a locale that has no version yet.
  const stored = !!document?.documentId && document.documentId === documentId;
  const base =
    documentId && stored
      ? `/gov-core/reviews/${encodeURIComponent(model)}/${encodeURIComponent(documentId)}`
      : '';

  const load = useCallback(() => {
    if (!base) return () => undefined;
    let live = true;
    get<{ data: Status }>(`${base}/status${query}`)
      .then(({ data }) => live && setStatus(data.data))
      .catch(() => live && setStatus(null));
    return () => {
      live = false;
    };
  }, [get, base, query]);
  useEffect(() => load(), [load, updatedAt]);

  const decide = async (decision: 'approve' | 'reject', overrideFourEyes = false) => {
    setBusy(true);
    try {
      await post(`${base}${query}`, {
        decision,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
        ...(locale ? { locale } : {}),
        ...(overrideFourEyes ? { overrideFourEyes: true } : {}),
        // The version shown: a newer one saved meanwhile is refused, not approved unseen.
        ...(status ? { expectedVersion: status.versionHash } : {}),
      });
      toggleNotification({
        type: 'success',
        message: decision === 'approve' ? '已审查通过' : '已退回（不通过）',
      });
      setComment('');
      load();
    } catch (error: any) {
      toggleNotification({
        type: 'danger',
        message: error?.response?.data?.error?.message ?? '审查未能保存，请重试',
      });
    } finally {
      setBusy(false);
    }
  };

  if (!base || !status || !status.required) return null;
  // The answer is about the locale on screen (a localized type's draft in that locale).
  if ((status.locale ?? null) !== (locale ?? status.locale ?? null)) return null;
  const { decision } = status;
  const canDecide = allowedActions.canDecide === true;
  return {
    title: '保密审查',
    content: (
      <Flex direction="column" alignItems="stretch" gap={3} width="100%">
        <Flex gap={2}>
          <Typography variant="pi">当前版本</Typography>
          <Badge active backgroundColor={`${TONE[status.state]}100`} textColor={`${TONE[status.state]}700`}>
            {status.stateLabel}
          </Badge>
        </Flex>
        {decision ? (
          <Flex direction="column" alignItems="stretch" gap={1}>
            <Typography variant="pi" textColor="neutral600">
              {decision.current ? '审查结果' : '上次审查（之后内容已修改）'}：{decision.stateLabel}
              {decision.fourEyesOverride ? '（网站管理员豁免四眼原则）' : ''}
            </Typography>
            <Typography variant="pi" textColor="neutral600">
              {decision.reviewerEmail ? `审核员：${decision.reviewerEmail}，` : ''}
              {when(decision.decidedAt)}
            </Typography>
            {decision.comment ? <Typography variant="omega">审核意见：{decision.comment}</Typography> : null}
          </Flex>
        ) : (
          <Typography variant="pi" textColor="neutral600">
            尚未审查：保存后由审核员审查，通过后方可发布。
          </Typography>
        )}
        {canDecide && status.state === 'pending' ? (
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Textarea
              name="review-comment"
              aria-label="审核意见"
              placeholder="审核意见（不通过时必填）"
              value={comment}
              onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setComment(e.target.value)}
            />
            {status.ownVersion ? (
              <Typography variant="pi" textColor="danger600">
                四眼原则：您编辑了该版本，须由其他审核员审查通过。
              </Typography>
            ) : null}
            <Flex gap={2}>
              {!status.ownVersion ? (
                <Button loading={busy} onClick={() => decide('approve')}>
                  审查通过
                </Button>
              ) : status.canOverride ? (
                <Button variant="secondary" loading={busy} onClick={() => decide('approve', true)}>
                  豁免四眼原则并通过
                </Button>
              ) : null}
              <Button
                variant="danger-light"
                loading={busy}
                disabled={!comment.trim()}
                onClick={() => decide('reject')}
              >
                不通过
              </Button>
            </Flex>
          </Flex>
        ) : null}
      </Flex>
    ),
  };
};

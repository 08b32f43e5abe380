import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useFetchClient } from '@strapi/strapi/admin';
import { Badge, Flex, Typography } from '@strapi/design-system';

const editUrl = (item: { uid: string; documentId: string; locale: string | null }) =>
  `/content-manager/collection-types/${item.uid}/${item.documentId}${item.locale ? `?plugins[i18n][locale]=${item.locale}` : ''}`;

const when = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

const useData = <T,>(url: string) => {
  const { get } = useFetchClient();
  const [data, setData] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    get<{ data: T }>(url)
      .then((res) => live && setData(res.data.data))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [get, url]);
  return { data, failed };
};

const Empty = ({ children }: { children: string }) => (
  <Typography variant="omega" textColor="neutral600">
    {children}
  </Typography>
);

interface Pending {
  uid: string;
  documentId: string;
  locale: string | null;
  title: string | null;
  since: string;
}

/** 首页：保密审查待审（审核员只见本部门）。 */
export const ReviewQueueWidget = () => {
  const { data, failed } = useData<Pending[]>('/gov-core/reviews/pending');
  if (failed) return <Empty>待审队列暂时无法读取</Empty>;
  if (!data) return <Empty>正在读取……</Empty>;
  if (data.length === 0) return <Empty>没有待审查的信息</Empty>;
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="omega" fontWeight="bold">
        待审查 {data.length} 条
      </Typography>
      {data.slice(0, 6).map((item) => (
        <Flex key={`${item.uid}:${item.documentId}:${item.locale}`} justifyContent="space-between" gap={2}>
          <Link to={editUrl(item)}>
            <Typography variant="omega" ellipsis>
              {item.title ?? item.documentId}
            </Typography>
          </Link>
          <Typography variant="pi" textColor="neutral600">
            {when(item.since)}
          </Typography>
        </Flex>
      ))}
    </Flex>
  );
};

interface Draft {
  uid: string;
  typeLabel: string;
  documentId: string;
  locale: string | null;
  title: string;
  departmentName: string | null;
  updatedAt: string;
  reviewState: 'pending' | 'approved' | 'rejected' | null;
  reviewStateLabel: string | null;
}
const TONE = { pending: 'warning', approved: 'success', rejected: 'danger' } as const;

/** 首页：本部门最近草稿，及其保密审查状态。 */
export const RecentDraftsWidget = () => {
  const { data, failed } = useData<Draft[]>('/gov-core/drafts/recent');
  if (failed) return <Empty>最近草稿暂时无法读取</Empty>;
  if (!data) return <Empty>正在读取……</Empty>;
  if (data.length === 0) return <Empty>本部门没有草稿</Empty>;
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {data.map((draft) => (
        <Flex key={`${draft.uid}:${draft.documentId}:${draft.locale}`} justifyContent="space-between" gap={2}>
          <Flex direction="column" alignItems="flex-start">
            <Link to={editUrl(draft)}>
              <Typography variant="omega" ellipsis>
                {draft.title}
              </Typography>
            </Link>
            <Typography variant="pi" textColor="neutral600">
              {draft.typeLabel}
              {draft.departmentName ? ` · ${draft.departmentName}` : ''} · {when(draft.updatedAt)}
            </Typography>
          </Flex>
          {draft.reviewState ? (
            <Badge
              backgroundColor={`${TONE[draft.reviewState]}100`}
              textColor={`${TONE[draft.reviewState]}700`}
            >
              {draft.reviewStateLabel}
            </Badge>
          ) : null}
        </Flex>
      ))}
    </Flex>
  );
};

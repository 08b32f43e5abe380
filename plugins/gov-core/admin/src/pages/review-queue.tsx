import { useCallback, useEffect, useState } from 'react';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import {
  Box,
  Button,
  Flex,
  Table,
  Tbody,
  Td,
  Textarea,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';

interface QueueItem {
  uid: string;
  documentId: string;
  locale: string | null;
  title: string | null;
  department: string | null;
  since: string;
}

const editUrl = (item: QueueItem) =>
  `/admin/content-manager/collection-types/${item.uid}/${item.documentId}${item.locale ? `?plugins[i18n][locale]=${item.locale}` : ''}`;

/** 保密审查队列：本部门待审查的信息，审核员逐条通过或不通过（不通过须填写意见）。 */
const ReviewQueue = () => {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [items, setItems] = useState<QueueItem[]>([]);
  const [comments, setComments] = useState<Record<string, string>>({});
  const [loading, setLoading] = useState(true);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const { data } = await get('/gov-core/reviews/pending');
      setItems(data.data);
    } finally {
      setLoading(false);
    }
  }, [get]);

  useEffect(() => {
    load();
  }, [load]);

  const decide = async (item: QueueItem, decision: 'approve' | 'reject') => {
    const key = `${item.uid}|${item.documentId}|${item.locale}`;
    try {
      await post(`/gov-core/reviews/${encodeURIComponent(item.uid)}/${item.documentId}`, {
        decision,
        comment: comments[key] || undefined,
        locale: item.locale ?? undefined,
      });
      toggleNotification({
        type: 'success',
        message: decision === 'approve' ? '已通过保密审查' : '已退回（不通过）',
      });
      await load();
    } catch (e: any) {
      toggleNotification({ type: 'danger', message: e?.response?.data?.error?.message ?? '操作失败' });
    }
  };

  if (loading) return <Page.Loading />;
  return (
    <Page.Main>
      <Page.Title>保密审查</Page.Title>
      <Layouts.Header
        title="保密审查"
        subtitle={`待审查的信息：${items.length} 条（仅显示您有权审查的部门）`}
      />
      <Layouts.Content>
        {items.length === 0 ? (
          <Box padding={8} background="neutral0" hasRadius>
            <Typography>没有待审查的信息。</Typography>
          </Box>
        ) : (
          <Table colCount={5} rowCount={items.length + 1}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">标题</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">类型 / 语言</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">提交审查时间</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">意见</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">操作</Typography>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {items.map((item) => {
                const key = `${item.uid}|${item.documentId}|${item.locale}`;
                return (
                  <Tr key={key}>
                    <Td>
                      <a href={editUrl(item)}>{item.title ?? item.documentId}</a>
                    </Td>
                    <Td>
                      <Typography>
                        {item.uid.split('.').pop()} / {item.locale ?? '—'}
                      </Typography>
                    </Td>
                    <Td>
                      <Typography>{new Date(item.since).toLocaleString('zh-CN')}</Typography>
                    </Td>
                    <Td>
                      <Textarea
                        aria-label={`审查意见：${item.title ?? item.documentId}`}
                        value={comments[key] ?? ''}
                        onChange={(e: any) => setComments({ ...comments, [key]: e.target.value })}
                      />
                    </Td>
                    <Td>
                      <Flex gap={2}>
                        <Button onClick={() => decide(item, 'approve')}>通过</Button>
                        <Button
                          variant="danger-light"
                          disabled={!comments[key]}
                          onClick={() => decide(item, 'reject')}
                        >
                          不通过
                        </Button>
                      </Flex>
                    </Td>
                  </Tr>
                );
              })}
            </Tbody>
          </Table>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

export default ReviewQueue;

import { useState, type FormEvent } from 'react';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { Box, Button, Field, Flex, Textarea, TextInput, Typography } from '@strapi/design-system';
import { SummaryLine, ViolationList, type Summary, type Violation } from '../components/ViolationList';

interface Report {
  violations: Violation[];
  summary: Summary;
  title?: string | null;
}

const errorMessage = (e: any) => e?.response?.data?.error?.message ?? '检查失败';

/** 无障碍检查: paste HTML, or name an entry (content type + documentId), and read the report. */
const CheckPage = () => {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [html, setHtml] = useState('');
  const [uid, setUid] = useState('plugin::gov-core.article');
  const [documentId, setDocumentId] = useState('');
  const [locale, setLocale] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (load: () => Promise<{ data: Report }>) => {
    setBusy(true);
    try {
      setReport((await load()).data);
    } catch (e) {
      setReport(null);
      toggleNotification({ type: 'danger', message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  const checkHtml = (event: FormEvent) => {
    event.preventDefault();
    run(() => post('/accessibility/check', { html, field: 'html' }));
  };
  const checkEntry = (event: FormEvent) => {
    event.preventDefault();
    const query = locale ? `?locale=${encodeURIComponent(locale)}` : '';
    run(() => get(`/accessibility/documents/${encodeURIComponent(uid)}/${documentId.trim()}${query}`));
  };

  return (
    <Page.Main>
      <Page.Title>无障碍检查</Page.Title>
      <Layouts.Header
        title="无障碍检查"
        subtitle="按 GB/T 37668-2019（与 WCAG 2.x 一致）检查正文：错误须修改后才能发布，提示供编辑参考"
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <form onSubmit={checkHtml}>
              <Flex direction="column" alignItems="stretch" gap={3}>
                <Field.Root name="html" required>
                  <Field.Label>粘贴 HTML 正文</Field.Label>
                  <Textarea value={html} onChange={(e: any) => setHtml(e.target.value)} rows={10} />
                </Field.Root>
                <Box>
                  <Button type="submit" loading={busy} disabled={!html.trim()}>
                    检查正文
                  </Button>
                </Box>
              </Flex>
            </form>
          </Box>
          <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <form onSubmit={checkEntry}>
              <Flex gap={3} alignItems="flex-end" wrap="wrap">
                <Field.Root name="uid" required>
                  <Field.Label>内容类型</Field.Label>
                  <TextInput value={uid} onChange={(e: any) => setUid(e.target.value)} />
                </Field.Root>
                <Field.Root name="documentId" required>
                  <Field.Label>文档 ID</Field.Label>
                  <TextInput value={documentId} onChange={(e: any) => setDocumentId(e.target.value)} />
                </Field.Root>
                <Field.Root name="locale">
                  <Field.Label>语言（可选）</Field.Label>
                  <TextInput
                    value={locale}
                    placeholder="zh-Hans"
                    onChange={(e: any) => setLocale(e.target.value)}
                  />
                </Field.Root>
                <Button type="submit" loading={busy} disabled={!documentId.trim()}>
                  检查已保存的内容
                </Button>
              </Flex>
            </form>
          </Box>
          {report ? (
            <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius aria-live="polite">
              <Flex direction="column" alignItems="stretch" gap={3}>
                {report.title ? <Typography variant="delta">{report.title}</Typography> : null}
                <SummaryLine summary={report.summary} />
                <ViolationList violations={report.violations} />
              </Flex>
            </Box>
          ) : null}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default CheckPage;

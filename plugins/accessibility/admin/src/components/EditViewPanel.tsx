import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { Flex, Typography } from '@strapi/design-system';
import { SummaryLine, ViolationList, type Summary, type Violation } from './ViolationList';

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { locale?: string | null; updatedAt?: string } & Record<string, unknown>;
}

interface Report {
  violations: Violation[];
  summary: Summary;
}

/**
 * 无障碍检查 side panel of the content manager's edit view: the report of the saved draft, refreshed after
 * every save. Shown for column types only (other types answer 400 and the panel hides).
 */
export const AccessibilityPanel = ({ model, documentId, document }: PanelProps) => {
  const { get } = useFetchClient();
  const [report, setReport] = useState<Report | null>(null);
  const locale = document?.locale ?? undefined;
  const updatedAt = document?.updatedAt;

  useEffect(() => {
    let live = true;
    if (!documentId) return undefined;
    const query = locale ? `?locale=${encodeURIComponent(locale)}` : '';
    get(`/accessibility/documents/${encodeURIComponent(model)}/${documentId}${query}`)
      .then(({ data }) => live && setReport(data as Report))
      .catch(() => live && setReport(null));
    return () => {
      live = false;
    };
  }, [get, model, documentId, locale, updatedAt]);

  if (!documentId || !report) return null;
  return {
    title: '无障碍检查',
    content: (
      <Flex direction="column" alignItems="stretch" gap={2} width="100%">
        <SummaryLine summary={report.summary} />
        {report.violations.length ? (
          <ViolationList violations={report.violations} />
        ) : (
          <Typography variant="pi">保存后自动重新检查。</Typography>
        )}
      </Flex>
    ),
  };
};

import { Badge, Box, Flex, Typography } from '@strapi/design-system';

export interface Violation {
  rule: string;
  criterion: string;
  severity: 'error' | 'warning';
  field: string;
  excerpt: string;
  title: string;
  hint: string;
  detail?: string;
  locale?: string;
}

export interface Summary {
  errors: number;
  warnings: number;
  publishable: boolean;
}

export const SummaryLine = ({ summary }: { summary: Summary }) => (
  <Typography variant="omega" textColor={summary.publishable ? 'success600' : 'danger600'}>
    {summary.errors === 0 && summary.warnings === 0
      ? '未发现无障碍问题'
      : `${summary.errors} 处错误（须修改后才能发布），${summary.warnings} 处提示`}
  </Typography>
);

/** One card per violation: problem, field, excerpt, the fix and the criterion (GB/T 37668 / WCAG). */
export const ViolationList = ({ violations }: { violations: Violation[] }) => (
  <Flex direction="column" alignItems="stretch" gap={2} tag="ol" aria-label="无障碍检查结果">
    {violations.map((v, i) => (
      <Box
        key={`${v.rule}-${i}`}
        tag="li"
        padding={3}
        hasRadius
        borderColor={v.severity === 'error' ? 'danger200' : 'warning200'}
        background={v.severity === 'error' ? 'danger100' : 'warning100'}
      >
        <Flex gap={2} wrap="wrap">
          <Badge active={v.severity === 'error'}>{v.severity === 'error' ? '错误' : '提示'}</Badge>
          <Typography fontWeight="bold">{v.title}</Typography>
          <Typography variant="pi" textColor="neutral600">
            字段：{v.field}
            {v.locale ? `（${v.locale}）` : ''}
          </Typography>
        </Flex>
        {v.detail ? <Typography variant="pi">{v.detail}</Typography> : null}
        <Box paddingTop={1}>
          <Typography variant="pi" tag="code" textColor="neutral800">
            {v.excerpt}
          </Typography>
        </Box>
        <Box paddingTop={1}>
          <Typography variant="omega">修改建议：{v.hint}</Typography>
        </Box>
        <Typography variant="pi" textColor="neutral600">
          依据：{v.criterion}
        </Typography>
      </Box>
    ))}
  </Flex>
);

import { useState, type ChangeEvent } from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';

type Variant = 'zh-Hant' | 'zh-Hant-HK';

const fieldStyle = { width: '100%', padding: 8, fontSize: 14, fontFamily: 'inherit' };

const errorMessage = (error: unknown) =>
  (error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message ??
  String(error);

/** 繁体预览: converts a text, or renders an article (its draft by default) as the content API serves it. */
const PreviewPage = () => {
  const { post } = useFetchClient();
  const [variant, setVariant] = useState<Variant>('zh-Hant');
  const [text, setText] = useState('政务公开 干部 头发 台风 发展 后来');
  const [converted, setConverted] = useState('');
  const [documentId, setDocumentId] = useState('');
  const [document, setDocument] = useState<Record<string, unknown> | null>(null);
  const [error, setError] = useState('');

  const previewText = async () => {
    setError('');
    try {
      const { data } = await post('/chinese-variants/preview', { text, variant });
      setConverted(data.data.text);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const previewDocument = async () => {
    setError('');
    try {
      const { data } = await post('/chinese-variants/preview/document', {
        documentId: documentId.trim(),
        variant,
      });
      setDocument(data.data);
    } catch (e) {
      setDocument(null);
      setError(errorMessage(e));
    }
  };

  return (
    <Page.Main>
      <Page.Title>繁体预览</Page.Title>
      <Layouts.Header
        title="繁体预览"
        subtitle="简体内容以 OpenCC 字形转换（含编辑维护的词语覆盖）后的繁体输出"
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <Flex direction="column" alignItems="stretch" gap={3}>
              <label>
                <Typography variant="pi" fontWeight="bold">
                  变体
                </Typography>
                <select
                  style={fieldStyle}
                  value={variant}
                  onChange={(e: ChangeEvent<HTMLSelectElement>) => setVariant(e.target.value as Variant)}
                >
                  <option value="zh-Hant">zh-Hant 繁體（臺灣字形）</option>
                  <option value="zh-Hant-HK">zh-Hant-HK 繁體（香港字形）</option>
                </select>
              </label>
              <label>
                <Typography variant="pi" fontWeight="bold">
                  简体文本
                </Typography>
                <textarea
                  style={fieldStyle}
                  rows={6}
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                />
              </label>
              <Box>
                <Button onClick={previewText}>转换</Button>
              </Box>
              {converted && (
                <Typography tag="p" style={{ whiteSpace: 'pre-wrap' }}>
                  {converted}
                </Typography>
              )}
            </Flex>
          </Box>
          <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <Flex direction="column" alignItems="stretch" gap={3}>
              <label>
                <Typography variant="pi" fontWeight="bold">
                  信息的文档 ID（预览草稿的繁体输出）
                </Typography>
                <input
                  style={fieldStyle}
                  value={documentId}
                  onChange={(e) => setDocumentId(e.target.value)}
                />
              </label>
              <Box>
                <Button onClick={previewDocument} disabled={documentId.trim() === ''}>
                  预览信息
                </Button>
              </Box>
              {document && (
                <Box>
                  <Typography variant="beta" tag="h2">
                    {String(document.title ?? '')}
                  </Typography>
                  {/* The body is the sanitised HTML stored by gov-core, converted text-only. */}
                  <div dangerouslySetInnerHTML={{ __html: String(document.body ?? '') }} />
                </Box>
              )}
            </Flex>
          </Box>
          {error && <Typography textColor="danger600">{error}</Typography>}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default PreviewPage;

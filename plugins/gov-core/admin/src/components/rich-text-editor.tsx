import { useEffect, useRef, useState } from 'react';
import { CKEditor } from '@ckeditor/ckeditor5-react';
import {
  Alignment,
  Autoformat,
  BlockQuote,
  Bold,
  ButtonView,
  ClassicEditor,
  Essentials,
  GeneralHtmlSupport,
  Heading,
  HorizontalLine,
  Image,
  ImageCaption,
  ImageStyle,
  ImageTextAlternative,
  ImageToolbar,
  Indent,
  Italic,
  Link,
  List,
  Paragraph,
  PasteFromOffice,
  Plugin,
  RemoveFormat,
  Strikethrough,
  Subscript,
  Superscript,
  Table,
  TableCaption,
  TableCellProperties,
  TableProperties,
  TableToolbar,
  Underline,
  type Editor,
  type EditorConfig,
} from 'ckeditor5';
import zhCn from 'ckeditor5/translations/zh-cn.js';
import 'ckeditor5/ckeditor5.css';
import { useField, useStrapiApp } from '@strapi/strapi/admin';
import { Box, Field } from '@strapi/design-system';

interface Asset {
  url: string;
  alternativeText?: string | null;
  name?: string;
  mime?: string;
}

/** A toolbar button that asks the React side to open Strapi's media library (`editor.config.get('mediaLibrary')`). */
class MediaLibraryButton extends Plugin {
  init() {
    const editor = this.editor;
    editor.ui.componentFactory.add('mediaLibrary', (locale) => {
      const button = new ButtonView(locale);
      button.set({ label: '从媒体库插入图片', withText: true, tooltip: true });
      button.on('execute', () => (editor.config.get('mediaLibrary') as { open(): void }).open());
      return button;
    });
  }
}

const CONFIG: EditorConfig = {
  licenseKey: 'GPL',
  language: 'zh-cn',
  translations: [zhCn],
  plugins: [
    Essentials,
    Autoformat,
    Paragraph,
    Heading,
    Bold,
    Italic,
    Underline,
    Strikethrough,
    Subscript,
    Superscript,
    RemoveFormat,
    Alignment,
    Link,
    List,
    Indent,
    BlockQuote,
    HorizontalLine,
    Table,
    TableToolbar,
    TableProperties,
    TableCellProperties,
    TableCaption,
    Image,
    ImageToolbar,
    ImageCaption,
    ImageStyle,
    ImageTextAlternative,
    // Word / WPS: lists, tables with merged cells and styles as Office writes them; the server's sanitiser
    // keeps what the portal allows (it is the authority, whatever the editor sends).
    PasteFromOffice,
    GeneralHtmlSupport,
    MediaLibraryButton,
  ],
  // All buttons visible (wrapped onto a second line), none hidden behind ⋮.
  toolbar: {
    shouldNotGroupWhenFull: true,
    items: [
      'undo',
      'redo',
      '|',
      'heading',
      '|',
      'bold',
      'italic',
      'underline',
      'strikethrough',
      'subscript',
      'superscript',
      'removeFormat',
      '|',
      'alignment',
      'bulletedList',
      'numberedList',
      'outdent',
      'indent',
      '|',
      'link',
      'blockQuote',
      'insertTable',
      'mediaLibrary',
      'horizontalLine',
    ],
  },
  heading: {
    options: [
      { model: 'paragraph', title: '正文', class: 'ck-heading_paragraph' },
      { model: 'heading2', view: 'h2', title: '标题 2', class: 'ck-heading_heading2' },
      { model: 'heading3', view: 'h3', title: '标题 3', class: 'ck-heading_heading3' },
      { model: 'heading4', view: 'h4', title: '标题 4', class: 'ck-heading_heading4' },
    ],
  },
  table: {
    contentToolbar: [
      'tableColumn',
      'tableRow',
      'mergeTableCells',
      'tableProperties',
      'tableCellProperties',
      'toggleTableCaption',
    ],
  },
  image: { toolbar: ['imageTextAlternative', 'toggleImageCaption', 'imageStyle:inline', 'imageStyle:block'] },
  // Tables as Word writes them: merged cells (colspan / rowspan), headers, widths.
  htmlSupport: {
    allow: [
      {
        name: /^(table|thead|tbody|tr|td|th|colgroup|col)$/,
        attributes: ['colspan', 'rowspan', 'scope', 'width'],
      },
    ],
  },
};

interface RichTextProps {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  disabled?: boolean;
  labelAction?: React.ReactNode;
}

/**
 * 正文 editor of the content manager (custom field plugin::gov-core.rich-text on richtext attributes): CKEditor 5
 * (GPL, self-hosted: nothing is loaded from a CDN) with tables and merged cells, paste from Word / WPS, and
 * images from Strapi's media library. Stores HTML; the server sanitises it on every save.
 */
const RichTextEditor = ({ name, label, hint, required, disabled, labelAction }: RichTextProps) => {
  const field = useField<string>(name);
  const components = useStrapiApp('RichTextEditor', (state) => state.components);
  const MediaLibraryDialog = components['media-library'] as React.ComponentType<{
    allowedTypes: string[];
    onClose(): void;
    onSelectAssets(assets: Asset[]): void;
  }>;
  const [mediaOpen, setMediaOpen] = useState(false);
  const editorRef = useRef<Editor | null>(null);
  const [config] = useState<EditorConfig>(() => ({
    ...CONFIG,
    mediaLibrary: { open: () => setMediaOpen(true) },
  }));

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    if (disabled) editor.enableReadOnlyMode('strapi-disabled');
    else editor.disableReadOnlyMode('strapi-disabled');
  }, [disabled]);

  const insertAssets = (assets: Asset[]) => {
    setMediaOpen(false);
    const editor = editorRef.current;
    const images = assets.filter((a) => !a.mime || a.mime.startsWith('image/'));
    if (!editor || images.length === 0) return;
    editor.execute('insertImage', {
      source: images.map((a) => ({ src: a.url, alt: a.alternativeText ?? '' })),
    });
    editor.editing.view.focus();
  };

  return (
    <Field.Root name={name} hint={hint} error={field.error} required={required}>
      <Field.Label action={labelAction}>{label}</Field.Label>
      <Box className="gov-rich-text" data-field={name}>
        <CKEditor
          editor={ClassicEditor}
          config={config}
          data={field.value ?? ''}
          disabled={disabled}
          onReady={(editor) => {
            editorRef.current = editor;
          }}
          onChange={(_event, editor) => {
            const data = editor.getData();
            if (data !== (field.value ?? '')) field.onChange(name, data);
          }}
        />
      </Box>
      <Field.Hint />
      <Field.Error />
      {mediaOpen && MediaLibraryDialog ? (
        <MediaLibraryDialog
          allowedTypes={['images']}
          onClose={() => setMediaOpen(false)}
          onSelectAssets={insertAssets}
        />
      ) : null}
    </Field.Root>
  );
};

export default RichTextEditor;

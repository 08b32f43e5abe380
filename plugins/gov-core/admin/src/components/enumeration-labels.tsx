import { useEffect, useState } from 'react';
import { InputRenderer, unstable_useContentManagerContext, useFetchClient } from '@strapi/strapi/admin';
import { Flex, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';

/** `{ [uid or component]: { [field]: { [value]: label } } }` from GET /gov-core/admin-layouts/options. */
export type EnumerationLabels = Record<string, Record<string, Record<string, string>>>;

let cache: EnumerationLabels | null = null;
let loading: Promise<EnumerationLabels> | null = null;

/** The labels, fetched once per admin session (they change only with a deployment). */
export const useEnumerationLabels = (): EnumerationLabels | null => {
  const { get } = useFetchClient();
  const [labels, setLabels] = useState<EnumerationLabels | null>(cache);
  useEffect(() => {
    if (cache) return;
    loading ??= get<{ data: EnumerationLabels }>('/gov-core/admin-layouts/options')
      .then((res) => (cache = res.data.data))
      .catch(() => {
        loading = null;
        return {} as EnumerationLabels;
      });
    let live = true;
    loading.then((value) => live && setLabels(value));
    return () => {
      live = false;
    };
  }, [get]);
  return labels;
};

/**
 * The labels of one enumeration: the type's own field first, then a component field of the same name whose labels
 * cover every value (fields inside components are named `disclosure.openness`, `responsibilities.0.stage` …).
 */
export const labelsFor = (
  all: EnumerationLabels | null,
  model: string | undefined,
  name: string,
  values: readonly string[],
): Record<string, string> | undefined => {
  if (!all) return undefined;
  const field =
    name
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? name;
  const own = model ? all[model]?.[field] : undefined;
  if (own && !name.includes('.')) return own;
  for (const fields of Object.values(all)) {
    const labels = fields[field];
    if (labels && values.every((value) => value in labels)) return labels;
  }
  return own;
};

interface EnumerationProps {
  name: string;
  label: string;
  attribute: { enum: string[] };
  [prop: string]: unknown;
}

/** The content manager's enumeration input with Chinese option labels (app.addFields({ type: 'enumeration' })). */
export const LabelledEnumeration = (props: EnumerationProps) => {
  const { model } = unstable_useContentManagerContext();
  const labels = labelsFor(useEnumerationLabels(), model, props.name, props.attribute.enum);
  const options = props.attribute.enum.map((value) => ({ value, label: labels?.[value] ?? value }));
  return <InputRenderer {...(props as any)} type="enumeration" options={options} />;
};

/** A list-view cell showing an enumeration's label instead of its stored value. */
const EnumerationCell = ({ model, name, value }: { model: string; name: string; value: unknown }) => {
  const labels = useEnumerationLabels();
  const text = typeof value === 'string' ? (labels?.[model]?.[name]?.[value] ?? value) : '-';
  return <Typography textColor="neutral800">{text}</Typography>;
};

interface I18nLocale {
  code: string;
  name: string;
  isDefault: boolean;
}
let locales: Promise<I18nLocale[]> | null = null;

/**
 * The i18n plugin's 可用语言 cell, in Chinese (Strapi 5.54's writes "(default)" in English): each locale of the
 * document, the default one marked （默认）, a link to that version.
 */
const LocalesCell = ({
  model,
  row,
}: {
  model: string;
  row: { documentId?: string; locale?: string; localizations?: { locale: string }[] };
}) => {
  const { get } = useFetchClient();
  const [all, setAll] = useState<I18nLocale[] | null>(null);
  useEffect(() => {
    let live = true;
    locales ??= get<I18nLocale[]>('/i18n/locales').then(
      (res) => res.data,
      () => {
        locales = null;
        return [];
      },
    );
    locales.then((value) => live && setAll(value));
    return () => {
      live = false;
    };
  }, [get]);
  if (!all || !row.localizations) return null;
  const codes = new Set([row.locale, ...row.localizations.map((l) => l.locale)]);
  return (
    <Flex gap={2} wrap="wrap" onClick={(e: React.MouseEvent) => e.stopPropagation()}>
      {all
        .filter((locale) => codes.has(locale.code))
        .map((locale) => (
          <Link
            key={locale.code}
            to={`/content-manager/collection-types/${model}/${row.documentId}?plugins[i18n][locale]=${locale.code}`}
          >
            <Typography textColor="neutral800">
              {locale.name}
              {locale.isDefault ? '（默认）' : ''}
            </Typography>
          </Link>
        ))}
    </Flex>
  );
};

/** ListView hook: enumeration columns render their labels; the i18n plugin's locales column speaks Chinese. */
export const labelEnumerationColumns = ({
  displayedHeaders,
  layout,
}: {
  displayedHeaders: { name: string; attribute?: { type?: string }; cellFormatter?: unknown }[];
  layout: unknown;
}) => ({
  layout,
  displayedHeaders: displayedHeaders.map((header) =>
    header.name === 'locales' && header.cellFormatter
      ? {
          ...header,
          cellFormatter: (row: Record<string, unknown>, _header: unknown, { model }: { model: string }) => (
            <LocalesCell model={model} row={row} />
          ),
        }
      : header.attribute?.type === 'enumeration' && !header.cellFormatter
        ? {
            ...header,
            cellFormatter: (row: Record<string, unknown>, _header: unknown, { model }: { model: string }) => (
              <EnumerationCell model={model} name={header.name} value={row[header.name]} />
            ),
          }
        : header,
  ),
});

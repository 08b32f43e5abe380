/**
 * The content manager's view of a type, declared once by the plugin that owns it (column registry `admin`, or
 * `admin-layouts.register` for other types and components): Chinese labels, descriptions with examples,
 * placeholders, read-only system fields, the list columns, the main field and the edit view's groups.
 *
 * Pure: `mergeConfiguration` takes the configuration Strapi's content manager stored and what the plugin declares,
 * and returns what to store — applying a declared value only where the stored one is still Strapi's default or
 * the value applied last time, so a webmaster's own change in 「配置视图」 is never overwritten.
 */

export interface AdminField {
  /** 字段名称, e.g. 发文字号 */
  label: string;
  /** 说明 with an example, e.g. 如：道政办发〔2017〕12号 */
  description?: string;
  placeholder?: string;
  /** Filled by the system (索引号, AQI …): shown, not editable. */
  readOnly?: boolean;
  /** Not shown in the edit view (technical copies such as scopeDepartment). */
  hidden?: boolean;
  /**
   * An enumeration's values as the admin shows them (stored value → 简体 label), e.g. `{ proactive: '主动公开' }`;
   * a plugin's label map in either shape (`'主动公开'` or `{ 'zh-Hans': '主动公开', … }`) is taken as it is.
   */
  options?: Readonly<Record<string, string | { 'zh-Hans': string }>>;
}

/** An enumeration's options as value → 简体 label. */
export function optionLabels(options: AdminField['options']): Record<string, string> {
  return Object.fromEntries(
    Object.entries(options ?? {}).map(([value, label]) => [
      value,
      typeof label === 'string' ? label : label['zh-Hans'],
    ]),
  );
}

export interface AdminLayout {
  /** Field → label or full description. */
  fields?: Record<string, AdminField | string>;
  /** Columns of the list view (listable attributes), in order. */
  list?: string[];
  /** Shown as the entry's title and in relation pickers. */
  mainField?: string;
  defaultSort?: { field: string; order: 'ASC' | 'DESC' };
  /**
   * Edit view groups, top to bottom (正文 / 信息公开目录 / 附件 …): each group starts a new row; fields of the
   * type not named are appended after the groups, in schema order.
   */
  groups?: string[][];
}

export interface EditMeta {
  label?: string;
  description?: string;
  placeholder?: string;
  visible?: boolean;
  editable?: boolean;
  [key: string]: unknown;
}
export interface FieldMeta {
  edit: EditMeta;
  list: { label?: string; searchable?: boolean; sortable?: boolean; [key: string]: unknown };
}
export interface StoredConfiguration {
  settings: Record<string, unknown>;
  metadatas: Record<string, FieldMeta>;
  layouts: { list: string[]; edit: { name: string; size: number }[][]; [key: string]: unknown };
}

/** What was applied last time, per uid (kept in the plugin store). */
export interface AppliedRecord {
  fields: Record<
    string,
    { label?: string; description?: string; placeholder?: string; editable?: boolean; visible?: boolean }
  >;
  list?: string[];
  edit?: { name: string; size: number }[][];
  settings?: Record<string, unknown>;
}

export interface LayoutSchema {
  /** Attributes as the content manager sees them (name → type). */
  attributes: Record<string, { type: string }>;
  /** Attributes the edit view can show (Strapi's hasEditableAttribute). */
  editable: string[];
  /** Attributes the list view can show (Strapi's isListable). */
  listable: string[];
  /** The default size of a field of a type in the edit view (Strapi's field-sizes). */
  sizeOf(type: string): number;
}

const MAX_ROW = 12;
const DEFAULT_DESCRIPTION = '';

const normal = (field: AdminField | string): AdminField =>
  typeof field === 'string' ? { label: field } : field;

/** The declared fields of a layout merged over defaults (the type's own declarations win). */
export function fieldsOf(layout: AdminLayout, defaults: Record<string, AdminField | string> = {}) {
  const out: Record<string, AdminField> = {};
  for (const [name, field] of Object.entries(defaults)) out[name] = normal(field);
  for (const [name, field] of Object.entries(layout.fields ?? {})) out[name] = normal(field);
  return out;
}

/** Edit rows: each group packed into rows of at most 12 columns, then the fields no group names. */
export function editRows(
  groups: readonly string[][],
  schema: LayoutSchema,
): { name: string; size: number }[][] {
  const editable = new Set(schema.editable);
  const placed = new Set<string>();
  const rows: { name: string; size: number }[][] = [];
  const pack = (names: readonly string[]) => {
    let row: { name: string; size: number }[] = [];
    let used = 0;
    for (const name of names) {
      if (!editable.has(name) || placed.has(name)) continue;
      placed.add(name);
      const size = Math.min(MAX_ROW, schema.sizeOf(schema.attributes[name].type));
      if (used + size > MAX_ROW && row.length) {
        rows.push(row);
        row = [];
        used = 0;
      }
      row.push({ name, size });
      used += size;
    }
    if (row.length) rows.push(row);
  };
  for (const group of groups) pack(group);
  pack(schema.editable);
  return rows;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The configuration to store and the record of what was applied. A declared value replaces the stored one only
 * when the stored one is Strapi's default (label = the field's name, empty description/placeholder, editable,
 * visible) or exactly what was applied last time; layouts and settings likewise.
 */
export function mergeConfiguration(
  stored: StoredConfiguration,
  declared: {
    fields: Record<string, AdminField>;
    list?: string[];
    edit?: { name: string; size: number }[][];
    settings?: Record<string, unknown>;
  },
  previous: AppliedRecord | undefined,
): { configuration: StoredConfiguration; applied: AppliedRecord; changed: boolean } {
  const metadatas: Record<string, FieldMeta> = {};
  const applied: AppliedRecord = { fields: {} };
  let changed = false;
  for (const [name, meta] of Object.entries(stored.metadatas)) {
    const field = declared.fields[name];
    if (!field) {
      metadatas[name] = meta;
      continue;
    }
    const before = previous?.fields[name] ?? {};
    const edit: Record<string, unknown> = { ...meta.edit };
    const list = { ...meta.list };
    const want = {
      label: field.label,
      description: field.description ?? DEFAULT_DESCRIPTION,
      placeholder: field.placeholder ?? '',
      editable: !field.readOnly,
      visible: !field.hidden,
    };
    const defaults = {
      label: name,
      description: DEFAULT_DESCRIPTION,
      placeholder: '',
      editable: true,
      visible: true,
    };
    const take = <K extends keyof typeof want>(key: K, current: unknown) =>
      current === undefined || current === null || current === defaults[key] || current === before[key];
    for (const key of Object.keys(want) as (keyof typeof want)[]) {
      // `visible` is Strapi's to decide for fields it hides itself (timestamps, creators).
      if (key === 'visible' && meta.edit.visible === false && !field.hidden) continue;
      if (take(key, edit[key]) && edit[key] !== want[key]) {
        edit[key] = want[key];
        changed = true;
      }
    }
    if ((list.label === name || list.label === before.label) && list.label !== field.label) {
      list.label = field.label;
      changed = true;
    }
    applied.fields[name] = want;
    metadatas[name] = { ...meta, edit: edit as EditMeta, list };
  }

  const layouts = { ...stored.layouts };
  if (declared.list) {
    applied.list = declared.list;
    if (
      (!previous?.list || same(stored.layouts.list, previous.list)) &&
      !same(stored.layouts.list, declared.list)
    ) {
      layouts.list = declared.list;
      changed = true;
    }
  }
  if (declared.edit) {
    applied.edit = declared.edit;
    if (
      (!previous?.edit || same(stored.layouts.edit, previous.edit)) &&
      !same(stored.layouts.edit, declared.edit)
    ) {
      layouts.edit = declared.edit;
      changed = true;
    }
  }
  const settings = { ...stored.settings };
  if (declared.settings) {
    applied.settings = declared.settings;
    for (const [key, value] of Object.entries(declared.settings)) {
      const untouched = !previous?.settings || same(stored.settings[key], previous.settings[key]);
      if (untouched && !same(settings[key], value)) {
        settings[key] = value;
        changed = true;
      }
    }
  }
  return { configuration: { settings, metadatas, layouts }, applied, changed };
}

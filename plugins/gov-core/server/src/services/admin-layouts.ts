import type { Core } from '@strapi/strapi';
import {
  editRows,
  fieldsOf,
  mergeConfiguration,
  optionLabels,
  type AdminLayout,
  type AppliedRecord,
  type StoredConfiguration,
} from '../domain/admin-layout';
import {
  COLUMN_GROUPS,
  COLUMN_TAIL_GROUPS,
  COMMON_FIELDS,
  GOV_CORE_LAYOUTS,
  SYSTEM_FIELDS,
} from '../data/admin-fields';
import { getService } from '../utils/get-service';

const STORE_KEY = 'admin-layouts-applied';
const MESSAGES_TTL_MS = 30_000;
// Types the content manager's list view cannot show (Strapi's NON_LISTABLES, plus what a cell cannot hold).
const NOT_LISTABLE = new Set(['json', 'password', 'richtext', 'dynamiczone', 'blocks', 'component', 'media']);

type Declared = AdminLayout & { component?: boolean; column?: boolean };

/**
 * The content manager's configuration (「配置视图」) of every column type, of gov-core's own types and of the
 * components plugins register, from what the owning plugin declares: set at boot where the stored value is still
 * Strapi's default or what was applied last time — a webmaster's own change is kept (domain/admin-layout.ts).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const extra = new Map<string, Declared>(Object.entries(GOV_CORE_LAYOUTS));

  const declared = (): Map<string, Declared> => {
    const all = new Map(extra);
    for (const type of getService(strapi, 'column-registry').list())
      all.set(type.uid, { ...(type.admin ?? {}), column: true });
    return all;
  };

  const contentManager = () => strapi.plugin('content-manager');
  let messagesCache: { at: number; messages: Record<string, string> } | null = null;
  let messagesBuild: Promise<Record<string, string>> | null = null;

  /**
   * Only the types and components the plugins declared (column types, gov-core's own, the plugins' others): the
   * labels of other types stay out of this public answer. Labels are cut to 100 characters.
   */
  const buildMessages = async (): Promise<Record<string, string>> => {
    const cm = contentManager();
    if (!cm) return {};
    const registry = getService(strapi, 'column-registry');
    const out: Record<string, string> = {};
    for (const [uid, layout] of declared()) {
      const isComponent = layout.component === true;
      const model = (isComponent ? strapi.components[uid as never] : strapi.contentTypes[uid as never]) as
        | { info?: { displayName?: string } }
        | undefined;
      if (!model) continue;
      const displayName = model.info?.displayName;
      if (displayName && !isComponent)
        out[displayName] = registry.get(uid)?.label ?? displayName.replace(/\s*\([^)]*\)\s*$/, '');
      const service = cm.service(isComponent ? 'components' : 'content-types') as {
        findConfiguration(model: unknown): Promise<StoredConfiguration>;
      };
      // The list view's filters ask for an enumeration value as a bare message id (`licensing`): its label.
      for (const field of Object.values(fieldsOf(layout)))
        for (const [value, label] of Object.entries(optionLabels(field.options))) out[value] ??= label;
      const stored = await service.findConfiguration(model);
      const prefix = isComponent ? 'content-manager.components' : 'content-manager.content-types';
      for (const [name, meta] of Object.entries(stored?.metadatas ?? {}))
        if (typeof meta?.edit?.label === 'string' && meta.edit.label)
          out[`${prefix}.${uid}.${name}`] = meta.edit.label.slice(0, 100);
    }
    messagesCache = { at: Date.now(), messages: out };
    return out;
  };

  return {
    /** A type or component that is not a column type (a column type declares `admin` in registerColumnType). */
    register(uid: string, layout: AdminLayout & { component?: boolean }) {
      extra.set(uid, { ...(extra.get(uid) ?? {}), ...layout });
    },

    /**
     * The labels of every declared enumeration, for the admin's enumeration input and list cells:
     * `{ [uid or component]: { [field]: { [value]: label } } }`.
     */
    options(): Record<string, Record<string, Record<string, string>>> {
      const out: Record<string, Record<string, Record<string, string>>> = {};
      for (const [uid, layout] of declared()) {
        for (const [name, field] of Object.entries(fieldsOf(layout))) {
          if (!field.options) continue;
          (out[uid] ??= {})[name] = optionLabels(field.options);
        }
      }
      return out;
    },

    /**
     * The admin's messages for the ids Strapi 5.54's content manager asks for (GET /gov-core/admin-messages, read
     * by the admin's registerTrads before login, as public as the admin bundle): each type's display name
     * ("信息 (Article)" → 信息) and each field's label as stored in 「配置视图」 — so the labels a webmaster set stay
     * what is shown (a message id beats the configured label) and nothing logs MISSING_TRANSLATION. Cached 30 s.
     */
    async adminMessages(): Promise<Record<string, string>> {
      if (messagesCache && Date.now() - messagesCache.at < MESSAGES_TTL_MS) return messagesCache.messages;
      // One build at a time: requests during a rebuild wait for it (the route is public).
      messagesBuild ??= buildMessages().finally(() => {
        messagesBuild = null;
      });
      return messagesBuild;
    },

    /** What gov-core would store for `uid` (exposed for tests and the 「配置视图」 reset). */
    declared(uid: string): Declared | undefined {
      return declared().get(uid);
    },

    /** Applies every declaration to the stored configurations (bootstrap, after the content manager synced). */
    async apply(): Promise<{ updated: string[] }> {
      const cm = contentManager();
      if (!cm) return { updated: [] };
      const store = strapi.store({ type: 'plugin', name: 'gov-core' });
      const applied = ((await store.get({ key: STORE_KEY })) ?? {}) as Record<string, AppliedRecord>;
      const sizes = cm.service('field-sizes') as { getFieldSize(type: string): { default: number } };
      const updated: string[] = [];
      for (const [uid, layout] of declared()) {
        const isComponent = layout.component === true;
        const model = isComponent ? strapi.components[uid as never] : strapi.contentTypes[uid as never];
        if (!model) continue;
        const service = cm.service(isComponent ? 'components' : 'content-types') as {
          findConfiguration(model: unknown): Promise<StoredConfiguration>;
          updateConfiguration(model: unknown, configuration: StoredConfiguration): Promise<unknown>;
        };
        const stored = await service.findConfiguration(model);
        if (!stored?.metadatas || !stored.layouts) continue;
        const attributes = (model as { attributes: Record<string, { type: string; customField?: string }> })
          .attributes;
        const fields = fieldsOf(
          layout,
          isComponent ? {} : { ...SYSTEM_FIELDS, ...(layout.column ? COMMON_FIELDS : {}) },
        );
        const present = (name: string) => Object.prototype.hasOwnProperty.call(stored.metadatas, name);
        const hidden = new Set(Object.keys(fields).filter((name) => fields[name].hidden));
        const editable = stored.layouts.edit
          .flat()
          .map((el) => el.name)
          .filter((name) => attributes[name] && !hidden.has(name));
        const groups = layout.column
          ? [...COLUMN_GROUPS, ...(layout.groups ?? []), ...COLUMN_TAIL_GROUPS]
          : (layout.groups ?? []);
        const edit = editRows(groups, {
          attributes,
          editable,
          listable: [],
          sizeOf: (type) => sizes.getFieldSize(type)?.default ?? 6,
        });
        const listable = (name: string) =>
          name === 'id' ||
          name === 'documentId' ||
          (present(name) && attributes[name] && !NOT_LISTABLE.has(attributes[name].type));
        const mainField =
          layout.mainField ?? ['title', 'name'].find((name) => attributes[name] && present(name));
        const list = isComponent
          ? undefined
          : (
              layout.list ??
              [mainField, 'department', 'updatedAt'].filter((n): n is string => !!n && present(n))
            ).filter(listable);
        const settings: Record<string, unknown> = {};
        if (mainField && listable(mainField)) settings.mainField = mainField;
        if (layout.defaultSort && listable(layout.defaultSort.field)) {
          settings.defaultSortBy = layout.defaultSort.field;
          settings.defaultSortOrder = layout.defaultSort.order;
        } else if (!isComponent && present('updatedAt')) {
          settings.defaultSortBy = 'updatedAt';
          settings.defaultSortOrder = 'DESC';
        }
        const result = mergeConfiguration(
          stored,
          {
            fields: Object.fromEntries(Object.entries(fields).filter(([name]) => present(name))),
            edit: edit.length ? edit : undefined,
            list,
            settings,
          },
          applied[uid],
        );
        applied[uid] = result.applied;
        if (result.changed) {
          await service.updateConfiguration(model, result.configuration);
          updated.push(uid);
        }
      }
      await store.set({ key: STORE_KEY, value: applied });
      messagesCache = null;
      return { updated };
    },
  };
};

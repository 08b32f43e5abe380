import type { Core } from '@strapi/strapi';
import type { CadenceKey } from '../data/labels';
import { SCOPE_FIELD } from '../permissions';

/** A content type that fills thematic columns (articles, 规范性文件, 权力事项 …). */
export interface ColumnType {
  uid: string;
  /** Label in the admin and in listings, in 简体. */
  label: string;
  /** Expected update rhythm: drives freshness monitoring. */
  cadence: CadenceKey;
  /** Attributes a public listing may show (feeds, search). */
  publicFields: string[];
  /** Attribute holding the item's department (for scoping); defaults to `department`. */
  departmentField?: string;
  /** Attribute holding the item's column; defaults to `column`. */
  columnField?: string;
}

/**
 * The column registry: every plugin registers its column content types here (during `register`), so that the
 * column tree, feeds, search, scoping and freshness monitoring treat every column alike.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const types = new Map<string, Required<ColumnType>>();
  const listeners: ((type: Required<ColumnType>) => void)[] = [];

  return {
    registerColumnType(type: ColumnType) {
      if (!/^(plugin|api)::[a-z0-9-]+\.[a-z0-9-]+$/.test(type.uid)) {
        throw new Error(`registerColumnType: "${type.uid}" is not a content type UID`);
      }
      if (types.has(type.uid)) throw new Error(`registerColumnType: ${type.uid} is already registered`);
      const full = { departmentField: 'department', columnField: 'column', ...type };
      // Department scoping needs a scalar copy of the department (see services/scoping.ts).
      strapi.get('content-types').extend(type.uid, (ct: any) => {
        ct.attributes[SCOPE_FIELD] = {
          type: 'string',
          private: true,
          configurable: false,
          writable: false,
          visible: false,
          pluginOptions: { i18n: { localized: false }, 'chinese-variants': { convert: false } },
        };
      });
      types.set(type.uid, full);
      listeners.forEach((fn) => fn(full));
      strapi.log.debug(`[gov-core] column type registered: ${type.uid}`);
    },
    get(uid: string) {
      return types.get(uid);
    },
    has(uid: string) {
      return types.has(uid);
    },
    list(): Required<ColumnType>[] {
      return [...types.values()];
    },
    uids(): string[] {
      return [...types.keys()];
    },
    /** Called for every type registered, including those registered before the subscription. */
    onRegister(fn: (type: Required<ColumnType>) => void) {
      types.forEach((t) => fn(t));
      listeners.push(fn);
    },
  };
};

import fs from 'node:fs';
import path from 'node:path';
import { FIRST_VISIT_DEFAULTS, applyFirstVisitDefaults } from '../../src/admin/first-visit';
import { ZH_HANS_CATALOGUES, ZH_HANS_NOT_IN_EN, zhHansMessages } from '../../src/admin/translations';

/**
 * The admin's 简体中文 against the installed Strapi: each src/admin/translations/zh-Hans/<package>.json has
 * exactly the keys of that package's `en` catalogue, so after an upgrade this test lists what is missing (new
 * keys) and what is extra (removed keys), package by package.
 */
const ROOT = path.resolve(__dirname, '../..');
const STRAPI = path.join(ROOT, 'node_modules/@strapi');

// The ICU parser of the react-intl the admin panel formats with (a message that fails here fails in the browser).
const { parse } = require(
  require.resolve('@formatjs/icu-messageformat-parser', { paths: [require.resolve('react-intl')] }),
) as typeof import('@formatjs/icu-messageformat-parser');

/** Every `dist/**\/translations/en.json.js` under node_modules/@strapi, by the package name of our file. */
const strapiCatalogues = (): Record<string, string> => {
  const found: Record<string, string> = {};
  const walk = (dir: string, pkg: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === 'node_modules') continue;
      const sub = path.join(dir, entry.name);
      if (entry.name === 'translations' && fs.existsSync(path.join(sub, 'en.json.js'))) found[pkg] = sub;
      else walk(sub, pkg);
    }
  };
  for (const name of fs.readdirSync(STRAPI)) {
    const dist = path.join(STRAPI, name, 'dist');
    if (fs.existsSync(dist)) walk(dist, name.replace(/^plugin-/, ''));
  }
  return found;
};

const load = (file: string): Record<string, string> => {
  const mod = require(file);
  return mod.default ?? mod;
};

type Element = {
  type: number;
  value?: string;
  options?: Record<string, { value: Element[] }>;
  children?: Element[];
};
// TYPE in @formatjs/icu-messageformat-parser: literal 0, argument 1, number 2, date 3, time 4, select 5, plural 6,
// pound 7, tag 8.
const KIND = ['literal', 'argument', 'number', 'date', 'time', 'select', 'plural', 'pound', 'tag'];

/** The placeholders, select cases and rich tags of a message, and its literal text (for the Latin-word check). */
const shape = (elements: Element[], signature = new Set<string>(), text: string[] = []) => {
  for (const el of elements) {
    if (el.type === 0) text.push(el.value ?? '');
    else if (el.type !== 7) signature.add(`${KIND[el.type]} ${el.value}`);
    if (el.type === 5)
      for (const key of Object.keys(el.options ?? {}))
        if (key !== 'other') signature.add(`select ${el.value}=${key}`);
    for (const option of Object.values(el.options ?? {})) shape(option.value, signature, text);
    if (el.children) shape(el.children, signature, text);
  }
  return { signature, text };
};

/**
 * A few of Strapi 5.54's `en` strings are not valid ICU (an `<address>` read as a tag, a select without `other`):
 * their shape is read leniently; the zh-Hans string must parse strictly (it escapes `'<'`, adds `other`).
 */
const enShape = (message: string) => {
  try {
    return shape(parse(message) as Element[]);
  } catch {
    return shape(parse(message, { ignoreTag: true, requiresOtherClause: false }) as Element[]);
  }
};

// Proper names, abbreviations and the technical words a Chinese admin UI keeps as they are.
const LATIN_ALLOWED = new Set(
  (
    'Strapi Cloud AI CMS Growth GraphQL Markdown JSON API URL URI ID UID SSO CSV HTTP POST JWT ACL OpenAPI ' +
    'Swagger UI Sentry Webhook SMTP DKIM TLS EXIF GIF KB Node Figma Ctrl Cmd Command Shift Enter Esc AM ' +
    'Authorization bearer noopener nofollow noreferrer jpeg jpg png svg PDF XLS ZIP'
  ).split(' '),
);
// Values that are examples of code identifiers by nature (API field names), not UI text.
const CODE_EXAMPLES = new Set([
  'content-type-builder modalForm.attribute.form.base.name.placeholder',
  'content-type-builder relation.attributeName.placeholder',
]);
/** Latin words left in a message's literal text once code, addresses and placeholders are taken out. */
const latinWords = (text: string) =>
  text
    .replace(/`[^`]*`/g, ' ')
    .replace(/\S*(?:[@/_%]|\.\w|[A-Za-z]\d|\d[A-Za-z])\S*/g, ' ')
    .match(/[A-Za-z]{2,}/g)
    ?.filter((word) => !LATIN_ALLOWED.has(word)) ?? [];

/** What is wrong with a zh-Hans message next to its English one: empty, not ICU, other placeholders, English. */
const messageProblems = (key: string, value: string, english: string, codeExample = false): string[] => {
  if (value.trim() === '' && english.trim() !== '') return [`${key}: empty`];
  let zhShape: ReturnType<typeof shape>;
  try {
    zhShape = shape(parse(value) as Element[]);
  } catch (e) {
    return [`${key}: not valid ICU (${(e as Error).message})`];
  }
  const problems: string[] = [];
  const want = [...enShape(english).signature].sort();
  const got = [...zhShape.signature].sort();
  if (want.join('|') !== got.join('|'))
    problems.push(`${key}: placeholders ${JSON.stringify(got)}, en has ${JSON.stringify(want)}`);
  const latin = codeExample ? [] : latinWords(zhShape.text.join(' '));
  if (latin.length) problems.push(`${key}: Latin words ${latin.join(', ')}: ${value}`);
  return problems;
};

const FILES = path.join(ROOT, 'src/admin/translations/zh-Hans');
const catalogues = strapiCatalogues();
const LOCAL_PLUGINS = fs
  .readdirSync(path.join(ROOT, 'plugins'))
  .filter((id) => fs.existsSync(path.join(ROOT, 'plugins', id, 'admin/src')));

describe('admin translations (zh-Hans)', () => {
  it('has one data file per admin package of the installed Strapi and per local plugin with an admin', () => {
    // The packages @strapi/strapi's admin loads (admin, content-manager, content-type-builder, email, upload, i18n,
    // content-releases, review-workflows: @strapi/strapi dist/admin) plus users-permissions, all found by their en.
    expect(Object.keys(catalogues).sort()).toEqual(
      [
        'admin',
        'content-manager',
        'content-releases',
        'content-type-builder',
        'email',
        'i18n',
        'review-workflows',
        'upload',
        'users-permissions',
      ].sort(),
    );
    const files = fs.readdirSync(FILES).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...Object.keys(catalogues), ...LOCAL_PLUGINS].sort());
    expect(Object.keys(ZH_HANS_CATALOGUES).sort()).toEqual(files.sort());
  });

  describe.each(Object.keys(catalogues).sort())('%s', (pkg) => {
    const en = load(path.join(catalogues[pkg], 'en.json.js'));
    const zh = ZH_HANS_CATALOGUES[pkg].messages;

    it('has exactly the keys of the installed en catalogue', () => {
      const missing = Object.keys(en).filter((key) => !(key in zh));
      const extra = Object.keys(zh).filter((key) => !(key in en));
      expect({ package: pkg, missing, extra }).toEqual({ package: pkg, missing: [], extra: [] });
    });

    it('translates every message, keeping its ICU placeholders and tags', () => {
      const problems = Object.entries(zh)
        .filter(([key]) => key in en)
        .flatMap(([key, value]) => messageProblems(key, value, en[key], CODE_EXAMPLES.has(`${pkg} ${key}`)));
      expect(problems).toEqual([]);
    });
  });

  describe.each(LOCAL_PLUGINS)('local plugin %s', (id) => {
    // The message ids its admin code uses (`id: '…'`, intlLabel and formatMessage alike), `${PLUGIN_ID}` resolved.
    const used = () => {
      const ids = new Set<string>();
      const walk = (dir: string) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
          const file = path.join(dir, entry.name);
          if (entry.isDirectory()) walk(file);
          else if (/\.(t|j)sx?$/.test(entry.name)) {
            const source = fs.readFileSync(file, 'utf8');
            const pluginId = source.match(/const PLUGIN_ID = '([^']+)'/)?.[1] ?? id;
            for (const [, raw] of source.matchAll(/\bid:\s*[`'"]([^`'"]+)[`'"]/g))
              ids.add(raw.replace('${PLUGIN_ID}', pluginId));
          }
        }
      };
      walk(path.join(ROOT, 'plugins', id, 'admin/src'));
      return [...ids];
    };

    it('has a zh-Hans entry for every message id its admin code uses, and none it does not use', () => {
      const ids = used();
      expect(ids.every((key) => key.startsWith(`${id}.`))).toBe(true);
      const keys = ids.map((key) => key.slice(id.length + 1)).sort();
      expect(Object.keys(ZH_HANS_CATALOGUES[id].messages).sort()).toEqual(keys);
      for (const value of Object.values(ZH_HANS_CATALOGUES[id].messages))
        expect(latinWords(value)).toEqual([]);
    });
  });

  it('registers every file under the id Strapi 5.54 gives its messages (plugin keys prefixed with the plugin id)', () => {
    const messages = zhHansMessages();
    for (const [pkg, { prefix, messages: own }] of Object.entries(ZH_HANS_CATALOGUES))
      for (const [key, value] of Object.entries(own))
        expect([pkg, key, messages[prefix ? `${prefix}.${key}` : key]]).toEqual([pkg, key, value]);
    expect(messages['content-manager.containers.List.modified']).toBe('已修改');
    expect(messages['Content Manager']).toBe('内容管理');
  });
});

describe('ids the installed admin code uses that no en catalogue has (zh-Hans.not-in-en.json)', () => {
  // Every `id: …, defaultMessage: …` in the compiled admin of each package, `getTrad('x')` read as `<plugin>.x`
  // (the helpers of content-manager, content-type-builder, i18n, upload, users-permissions).
  const STR = `'((?:[^'\\\\]|\\\\.)*)'|"((?:[^"\\\\]|\\\\.)*)"|\`([^\`$]*)\``;
  const MESSAGE = new RegExp(
    `id:\\s*(?:(?:getTrad|getTranslation|getTradId|getTranslationKey)\\(\\s*(?:${STR})\\s*\\)|(?:${STR}))` +
      `\\s*,\\s*defaultMessage:\\s*(?:${STR})`,
    'g',
  );
  const unescape = (s: string) => s.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
  const used = new Map<string, Set<string>>();
  for (const pkg of Object.keys(catalogues)) {
    const dir = catalogues[pkg];
    const walk = (d: string) => {
      for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
        const file = path.join(d, entry.name);
        if (entry.isDirectory()) {
          if (!['translations', 'tests', 'server', 'node_modules'].includes(entry.name)) walk(file);
        } else if (entry.name.endsWith('.mjs')) {
          const source = fs
            .readFileSync(file, 'utf8')
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/^\s*\/\/.*$/gm, '');
          for (const m of source.matchAll(MESSAGE)) {
            const viaHelper = m[1] ?? m[2] ?? m[3];
            const id =
              viaHelper !== undefined
                ? `${pkg === 'admin' ? '' : `${pkg}.`}${viaHelper}`
                : (m[4] ?? m[5] ?? m[6]);
            const english = unescape(m[7] ?? m[8] ?? m[9]);
            used.set(id, (used.get(id) ?? new Set()).add(english));
          }
        }
      }
    };
    walk(dir.slice(0, dir.indexOf(`${path.sep}dist${path.sep}`) + 5));
  }
  const known = new Set(
    Object.keys(catalogues).flatMap((pkg) =>
      Object.keys(load(path.join(catalogues[pkg], 'en.json.js'))).map((key) =>
        pkg === 'admin' ? key : `${pkg}.${key}`,
      ),
    ),
  );
  // Not UI text: content-type-builder's placeholders ('', 'true', 'false', 'null', 'FIXME'), a URL used as its own
  // id (users-permissions' providers form), and an id review-workflows uses for two actions (duplicate and delete a
  // stage), where one translation would mislabel one of them: these keep their English defaultMessage.
  const NOT_TRANSLATED = new Set([
    '',
    'true',
    'false',
    'null',
    'FIXME',
    'http://www.client-app.com',
    'Settings.review-workflows.stage.delete',
  ]);
  // Used with two wordings that one Chinese sentence covers (assets / folders "have finished loading").
  const ONE_WORDING_FITS = new Set(['list.asset.at.finished']);

  it('covers every such id, and only ids still used without an en message', () => {
    const unknown = [...used.keys()].filter((id) => !known.has(id) && !NOT_TRANSLATED.has(id));
    const missing = unknown.filter((id) => !(id in ZH_HANS_NOT_IN_EN));
    const nowInEn = Object.keys(ZH_HANS_NOT_IN_EN).filter((id) => known.has(id));
    const unused = Object.keys(ZH_HANS_NOT_IN_EN).filter((id) => !used.has(id));
    const severalMeanings = unknown.filter((id) => used.get(id)!.size > 1 && !ONE_WORDING_FITS.has(id));
    expect({ missing, nowInEn, unused, severalMeanings }).toEqual({
      missing: [],
      nowInEn: [],
      unused: [],
      severalMeanings: [],
    });
  });

  it('translates each, keeping the placeholders and tags of its defaultMessage', () => {
    const problems = Object.entries(ZH_HANS_NOT_IN_EN)
      .filter(([id]) => used.has(id))
      .flatMap(([id, value]) => messageProblems(id, value, [...used.get(id)!][0]));
    expect(problems).toEqual([]);
  });
});

describe('first visit to the admin panel', () => {
  const storage = (initial: Record<string, string> = {}) => {
    const items = new Map(Object.entries(initial));
    return {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      items,
    };
  };

  it('starts in 简体中文 without the guided tour or the Media Library banner', () => {
    const s = storage();
    applyFirstVisitDefaults(s);
    expect(s.items.get('strapi-admin-language')).toBe('zh-Hans');
    expect(JSON.parse(s.items.get('STRAPI_GUIDED_TOUR') ?? '{}')).toEqual({ enabled: false });
    expect(s.items.get('STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_false:false')).toBe('true');
  });

  it('keeps what the browser already chose', () => {
    const s = storage({ 'strapi-admin-language': 'en', STRAPI_GUIDED_TOUR: '{"enabled":true}' });
    applyFirstVisitDefaults(s);
    expect(s.items.get('strapi-admin-language')).toBe('en');
    expect(s.items.get('STRAPI_GUIDED_TOUR')).toBe('{"enabled":true}');
  });

  it('dismisses the banner under the uuid the admin sees, false while telemetry is disabled', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.strapi.telemetryDisabled).toBe(true);
    expect(
      Object.keys(FIRST_VISIT_DEFAULTS).filter((k) => k.startsWith('STRAPI_MEDIA_LIBRARY_BANNER')),
    ).toEqual([
      'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_false:false',
      'STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_true:false',
    ]);
  });
});

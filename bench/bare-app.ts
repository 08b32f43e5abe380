// The bare fixture app of the read benchmark: Strapi 5.54 with none of our plugins and `api::` core routes for
// article, column and department, whose schemas are generated from gov-core's (same attributes, the disclosure
// component, the same relations) so that the two apps cannot drift apart. Written as a JavaScript app under
// .tmp/ (inside the repository, so that it resolves this repository's node_modules; git ignores it).
import fs from 'node:fs';
import path from 'node:path';
import article from '../plugins/gov-core/server/src/content-types/article/schema';
import column from '../plugins/gov-core/server/src/content-types/column/schema';
import department from '../plugins/gov-core/server/src/content-types/department/schema';
import disclosure from '../plugins/gov-core/server/src/components/disclosure';
import { APP_DIR } from './lib';

export const BARE_APP_DIR = path.join(APP_DIR, '.tmp', 'bench-bare-app');

const TYPES = { article, column, department } as const;
const apiUid = (name: string) => `api::${name}.${name}`;

/** gov-core's targets become the fixture's `api::` types; our plugins' options are dropped (only i18n stays). */
const retarget = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(retarget);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'target' && typeof v === 'string' && v.startsWith('plugin::gov-core.')) {
      out[key] = apiUid(v.slice('plugin::gov-core.'.length));
    } else if (key === 'pluginOptions' && v && typeof v === 'object') {
      const { i18n } = v as { i18n?: unknown };
      out[key] = i18n ? { i18n } : {};
    } else out[key] = retarget(v);
  }
  return out;
};

const js = (body: string) => `'use strict';\n${body}\n`;

const FILES: Record<string, string> = {
  'package.json': JSON.stringify(
    {
      name: 'bench-bare-app',
      private: true,
      version: '0.0.0',
      // Strapi finds an app's plugins in its dependencies (resolved from this repository's node_modules).
      dependencies: {
        '@strapi/plugin-users-permissions': '5.54.0',
        '@strapi/strapi': '5.54.0',
      },
      strapi: { telemetryDisabled: true },
    },
    null,
    2,
  ),
  'config/database.js': js(
    `module.exports = ({ env }) => ({ connection: { client: 'sqlite', connection: { filename: env('DATABASE_FILENAME') }, useNullAsDefault: true } });`,
  ),
  'config/server.js': js(
    `module.exports = () => ({ host: '127.0.0.1', port: 0, app: { keys: ['benchKeyA', 'benchKeyB'] }, logger: { updates: { enabled: false } } });`,
  ),
  'config/admin.js': js(
    `module.exports = () => ({ auth: { secret: 'bench-admin-secret' }, apiToken: { salt: 'bench-api-salt' }, transfer: { token: { salt: 'bench-transfer-salt' } }, secrets: { encryptionKey: 'bench-encryption-key' } });`,
  ),
  'config/plugins.js': js(
    `module.exports = () => ({ 'users-permissions': { config: { jwtSecret: 'bench-jwt-secret' } } });`,
  ),
  // Strapi's default middleware list, as \`create-strapi-app\` writes it.
  'config/middlewares.js': js(
    `module.exports = ['strapi::logger', 'strapi::errors', 'strapi::security', 'strapi::cors', 'strapi::poweredBy', 'strapi::query', 'strapi::body', 'strapi::session', 'strapi::favicon', 'strapi::public'];`,
  ),
  // Like config/logger.ts: LOG_LEVEL (the bench sets `error`), so neither app writes a line per request.
  'config/logger.js': js(
    `const { winston, formats } = require('@strapi/logger');\nmodule.exports = ({ env }) => ({ transports: [new winston.transports.Console({ level: env('LOG_LEVEL', 'http'), format: formats.prettyPrint({ timestamps: 'YYYY-MM-DD hh:mm:ss.SSS' }) })] });`,
  ),
  'src/index.js': js(`module.exports = { register() {}, bootstrap() {} };`),
  'src/components/gov-core/disclosure.json': JSON.stringify(retarget(disclosure), null, 2),
  'public/uploads/.gitkeep': '',
};

for (const [name, schema] of Object.entries(TYPES)) {
  const uid = apiUid(name);
  FILES[`src/api/${name}/content-types/${name}/schema.json`] = JSON.stringify(retarget(schema), null, 2);
  for (const kind of ['Router', 'Controller', 'Service'] as const) {
    const dir = kind === 'Router' ? 'routes' : `${kind.toLowerCase()}s`;
    FILES[`src/api/${name}/${dir}/${name}.js`] = js(
      `module.exports = require('@strapi/strapi').factories.createCore${kind}('${uid}');`,
    );
  }
}

/** (Re)writes the fixture app and returns its directory. */
export const writeBareApp = (): string => {
  fs.rmSync(BARE_APP_DIR, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    const full = path.join(BARE_APP_DIR, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
  return BARE_APP_DIR;
};

/** The public role's grants in the bare app: what `/api/articles?populate=…` needs (relations are stripped otherwise). */
export const BARE_PUBLIC_ACTIONS = [
  'api::article.article.find',
  'api::article.article.findOne',
  'api::column.column.find',
  'api::department.department.find',
];

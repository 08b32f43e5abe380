#!/usr/bin/env node
// Compiles every local plugin's server (plugins/<id>/server/tsconfig.json) in one `tsc -b` run.
// Strapi loads plugin servers only as JavaScript, from exports["./strapi-server"].
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const pluginsDir = path.join(root, 'plugins');
// `node scripts/build-plugins.js [id …] [--clean]`: every plugin, or only the named ones.
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const projects = fs
  .readdirSync(pluginsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && (only.length === 0 || only.includes(d.name)))
  .map((d) => path.join('plugins', d.name, 'server', 'tsconfig.json'))
  .filter((p) => fs.existsSync(path.join(root, p)));
// The kit (plugins/kit, @gov-portal/kit) is no Strapi plugin: the plugins' tsconfig files reference it, so
// `tsc -b` builds it first; it is named here too so that `build-plugins.js kit` and --clean reach it.
if (only.length === 0 || only.includes('kit')) projects.unshift(path.join('plugins', 'kit', 'tsconfig.json'));

const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
const args = process.argv.includes('--clean') ? ['-b', '--clean', ...projects] : ['-b', ...projects];
const res = spawnSync(process.execPath, [tsc, ...args], { cwd: root, stdio: 'inherit' });
if (res.status !== 0) process.exit(res.status ?? 1);
// The accessibility toolbar (browser script and stylesheet) is built with esbuild, not tsc.
if (!args.includes('--clean') && projects.some((p) => p.split(path.sep)[1] === 'accessibility')) {
  require(path.join(root, 'plugins/accessibility/scripts/build-toolbar.js')).buildToolbar();
}
if (!args.includes('--clean'))
  console.log(`built ${projects.length} package(s): ${projects.map((p) => p.split(path.sep)[1]).join(', ')}`);

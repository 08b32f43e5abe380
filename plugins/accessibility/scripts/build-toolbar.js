#!/usr/bin/env node
// Builds the assistance toolbar (toolbar/src/*.ts + toolbar.css) into dist/toolbar/toolbar.{js,css}:
// bundled, minified, ES2017 (the browsers of county government visitors), no dependencies.
// `node plugins/accessibility/scripts/build-toolbar.js` — also used in memory by the server when dist is absent.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const pluginDir = path.resolve(__dirname, '..');
const srcDir = path.join(pluginDir, 'toolbar', 'src');
const outDir = path.join(pluginDir, 'dist', 'toolbar');
/** Budget of the issue: script and stylesheet together, gzipped. */
const BUDGET_GZIP_BYTES = 20 * 1024;

const esbuild = () => require(require.resolve('esbuild', { paths: [pluginDir, process.cwd()] }));

/** Returns `{ js, css }` (strings); writes them to dist/toolbar unless `write: false`. */
function buildToolbar({ write = true } = {}) {
  const common = { bundle: true, minify: true, write: false, logLevel: 'silent', legalComments: 'none' };
  const js = esbuild().buildSync({
    ...common,
    entryPoints: [path.join(srcDir, 'index.ts')],
    format: 'iife',
    target: ['es2017', 'chrome61', 'firefox60', 'safari11'],
    charset: 'utf8',
  }).outputFiles[0].text;
  const css = esbuild().buildSync({
    ...common,
    entryPoints: [path.join(srcDir, 'toolbar.css')],
    target: ['chrome61', 'firefox60', 'safari11'],
    charset: 'utf8',
  }).outputFiles[0].text;
  if (write) {
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(path.join(outDir, 'toolbar.js'), js);
    fs.writeFileSync(path.join(outDir, 'toolbar.css'), css);
  }
  return { js, css };
}

/** Gzipped size of script + stylesheet (what a visitor downloads). */
function gzippedSize({ js, css }) {
  const gz = (s) => zlib.gzipSync(Buffer.from(s, 'utf8'), { level: 9 }).length;
  return { js: gz(js), css: gz(css), total: gz(js) + gz(css) };
}

module.exports = { buildToolbar, gzippedSize, BUDGET_GZIP_BYTES, outDir, srcDir };

if (require.main === module) {
  const built = buildToolbar();
  const size = gzippedSize(built);
  console.log(
    `toolbar: ${built.js.length + built.css.length} bytes, ${size.total} bytes gzipped (budget ${BUDGET_GZIP_BYTES})`,
  );
  if (size.total > BUDGET_GZIP_BYTES) {
    console.error('toolbar: over the size budget');
    process.exit(1);
  }
}

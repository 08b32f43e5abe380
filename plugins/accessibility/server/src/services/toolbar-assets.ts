import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// dist/server/services → the plugin's root.
const PLUGIN_DIR = path.resolve(__dirname, '../../..');
const SRC_DIR = path.join(PLUGIN_DIR, 'toolbar', 'src');
const DIST_DIR = path.join(PLUGIN_DIR, 'dist', 'toolbar');
const DEMO_TEXT = path.join(PLUGIN_DIR, 'toolbar', 'demo', 'dao-county-2017.txt');

export interface Asset {
  body: string;
  etag: string;
  type: string;
}

const newest = (dir: string): number =>
  fs.existsSync(dir)
    ? Math.max(0, ...fs.readdirSync(dir).map((f) => fs.statSync(path.join(dir, f)).mtimeMs))
    : 0;

const asset = (body: string, type: string): Asset => ({
  body,
  type,
  etag: `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
});

/**
 * The toolbar's script and stylesheet: the built files in dist/toolbar (scripts/build-toolbar.js), or — when
 * they are missing or older than the sources — built in memory with esbuild at first use.
 */
export default () => {
  let cache: { js: Asset; css: Asset } | null = null;
  let demoText: string | null = null;

  const build = () => {
    const js = path.join(DIST_DIR, 'toolbar.js');
    const css = path.join(DIST_DIR, 'toolbar.css');
    const built = fs.existsSync(js) && fs.existsSync(css);
    if (
      built &&
      (!fs.existsSync(SRC_DIR) ||
        newest(SRC_DIR) <= Math.min(fs.statSync(js).mtimeMs, fs.statSync(css).mtimeMs))
    ) {
      return { js: fs.readFileSync(js, 'utf8'), css: fs.readFileSync(css, 'utf8') };
    }
    const { buildToolbar } = require(path.join(PLUGIN_DIR, 'scripts', 'build-toolbar.js'));
    return buildToolbar({ write: false }) as { js: string; css: string };
  };

  return {
    assets() {
      if (!cache) {
        const { js, css } = build();
        cache = {
          js: asset(js, 'application/javascript; charset=utf-8'),
          css: asset(css, 'text/css; charset=utf-8'),
        };
      }
      return cache;
    },
    demoText(): string {
      demoText ??= fs.readFileSync(DEMO_TEXT, 'utf8');
      return demoText;
    },
  };
};

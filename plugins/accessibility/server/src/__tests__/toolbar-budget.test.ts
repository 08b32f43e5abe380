import path from 'node:path';

const build = require(path.resolve(__dirname, '../../../scripts/build-toolbar.js'));

describe('assistance toolbar build', () => {
  const built: { js: string; css: string } = build.buildToolbar({ write: false });

  it('stays within 20 KB gzipped, script and stylesheet together', () => {
    const size = build.gzippedSize(built);
    expect(build.BUDGET_GZIP_BYTES).toBe(20 * 1024);
    expect(size.total).toBeLessThanOrEqual(build.BUDGET_GZIP_BYTES);
  });

  it('is minified and self-contained (no imports, no external URLs)', () => {
    expect(built.js).not.toMatch(/\bimport\s*\(|\brequire\(/);
    expect(built.js).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(built.js.split('\n').length).toBeLessThan(5);
  });

  it('carries both 简体 and 繁体 labels', () => {
    expect(built.js).toContain('无障碍辅助工具条');
    expect(built.js).toContain('無障礙輔助工具條');
  });
});

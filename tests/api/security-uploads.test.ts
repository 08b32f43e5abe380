/**
 * Finding 10: hostile spreadsheets and uploads. Each file is generated here, sent to the real import routes
 * (power-list `POST /power-list/import`, environment `POST /environment/import/observations`) by a super
 * admin, and must come back 400 naming the limit, with a small body, while the memory (RSS) of this
 * process — Strapi runs in it — grows by less than the stated bound.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Workbook } from 'exceljs';
import { bootStrapi, type TestApp } from '../helpers/strapi';
import { createAdmin, type AdminSession } from '../helpers/admin';
import {
  manyEntriesZip,
  manyRowsCsv,
  manyRowsXlsx,
  randomLetters,
  sharedStringBomb,
  xlsxOf,
  zipBomb,
} from '../helpers/hostile-files';
import { powerListFixtures, upload } from './power-list-helpers';
import { ENV } from './environment-helpers';

/**
 * The stated bound: memory growth (RSS, and heap + buffers) per hostile file, about 1.5 × the largest growth
 * measured here (44 MB, for 300 bad rows of 5,000-character cells). Before the fix: +535 MB to +840 MB.
 */
const RSS_BOUND = 64 * 1024 * 1024;
/** The stated bound of a refusal's body. */
const BODY_BOUND = 16 * 1024;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

let app: TestApp;
let admin: AdminSession;
const figures: [string, number, number, number][] = [];

beforeAll(async () => {
  app = await bootStrapi();
  admin = await createAdmin(app);
  const pl = await powerListFixtures(app);
  // An air station for the environment import (its fixtures would create the same township again).
  const column = await pl.fx.column({ slug: 'huanjing-baohu', name: '环境保护' });
  const station = await (app.strapi.documents(ENV.station as never) as any).create({
    data: {
      code: 'dx-cz',
      name: '道县城区站',
      township: pl.meihua.documentId,
      latitude: 25.52,
      longitude: 111.6,
      department: pl.gaj.documentId,
      column: column.documentId,
    },
  });
  await pl.fx.approveAndPublish(ENV.station, station.documentId);
  // Warm-up: the first request compiles routes and code paths; it is not what is measured.
  await upload(app, admin, Buffer.from('序号,职权名称\n'), { filename: 'a.csv' });
});
afterAll(async () => {
  // The figures for the report: file, RSS and heap + buffers growth, body size.
  console.info(
    figures
      .map(
        ([name, rss, mem, body]) =>
          `${name}: RSS +${(rss / 1048576).toFixed(1)} MB, heap+buffers +${(mem / 1048576).toFixed(1)} MB, body ${body} B`,
      )
      .join('\n'),
  );
  await app?.destroy();
});

/** Heap and off-heap memory (buffers) of this process. */
const allocated = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};

/**
 * Sends, sampling every millisecond the RSS and the allocated memory (heap + buffers, which RSS hides when
 * freed pages are reused); the growth is the larger of the two peaks (or end values) minus the start, after
 * a full GC.
 */
async function measured(name: string, send: () => Promise<{ status: number; body: any; text?: string }>) {
  // Settle first: buffers freed by a collection leave `external` a little later, and memory that leaves during the
  // measurement would hide as much growth.
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const rss0 = process.memoryUsage().rss;
  const mem0 = allocated();
  let rss = rss0;
  let mem = mem0;
  const sample = () => {
    rss = Math.max(rss, process.memoryUsage().rss);
    mem = Math.max(mem, allocated());
  };
  const timer = setInterval(sample, 1);
  try {
    const res = await send();
    sample();
    const growth = Math.max(rss - rss0, mem - mem0);
    const body = Buffer.byteLength(res.text ?? JSON.stringify(res.body));
    figures.push([name, rss - rss0, mem - mem0, body]);
    return { res, growth, body };
  } finally {
    clearInterval(timer);
  }
}

const powerList = (bytes: Buffer, filename: string) => () =>
  upload(app, admin, bytes, { query: '?dryRun=true', filename });
const environment = (bytes: Buffer) => () =>
  app
    .http()
    .post('/environment/import/observations?dryRun=true')
    .set('Authorization', `Bearer ${admin.token}`)
    .attach('file', bytes, { filename: 'observations.csv', contentType: 'text/csv' });

const expectRefused = (
  { res, growth, body }: Awaited<ReturnType<typeof measured>>,
  rule: string,
  words: RegExp,
) => {
  expect(res.status).toBe(400);
  expect(res.body.error.name).toBe('ValidationError');
  expect(res.body.error.details.errors[0]).toMatchObject({ path: ['file'], rule });
  expect(res.body.error.details.errors[0].message).toMatch(/^file: /);
  expect(res.body.error.message).toMatch(words);
  expect(body).toBeLessThan(BODY_BOUND);
  expect(growth).toBeLessThan(RSS_BOUND);
};

const POWER_HEADER = [
  '序号',
  '职权编码',
  '职权名称',
  '职权类型',
  '设定依据',
  '实施主体',
  '责任事项',
  '追责情形',
  '备注',
];
const OBSERVATION_HEADER = 'station,observedAt,averaging,so2,no2,pm10,co,o3_1h,o3_8h,pm25';
const observation = (i: number) =>
  `dx-cz,${new Date(Date.UTC(2025, 0, 1) + i * 3600_000).toISOString()},1h,5,20,40,0.5,60,,30`;

describe('the memory probe', () => {
  it('sees 60 MB allocated during a request', async () => {
    let kept: Buffer[] = [];
    const { growth } = await measured('probe: 60 MB allocated', async () => {
      for (let i = 0; i < 60; i++) kept.push(Buffer.alloc(1024 * 1024, i));
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { status: 200, body: kept.length };
    });
    kept = [];
    expect(growth).toBeGreaterThan(50 * 1024 * 1024);
  });
});

describe('power-list import: hostile xlsx files', () => {
  it.each([
    [
      'a 40 MB shared string in a small xlsx (honest header: ratio)',
      () => sharedStringBomb(40 * 1024 * 1024),
      'maxCompressionRatio',
      /压缩比/,
    ],
    [
      'a 40 MB shared string whose header declares 900 KB (refused while reading sharedStrings.xml)',
      () => sharedStringBomb(40 * 1024 * 1024, { declaredSize: 900 * 1024 }),
      'maxCellChars',
      /共享字符串超过 10000 个字符/,
    ],
    ['an honest 200 MB zip bomb', () => zipBomb(200), 'maxInflatedBytes', /解压后大小超过上限 50 MB/],
    [
      'a 200 MB zip bomb whose header lies (10 KB)',
      () => zipBomb(200, { declaredSize: 10 * 1024 }),
      'maxInflatedBytes',
      /比声明的大小大/,
    ],
    [
      'a 60 MB zip bomb declared as 1 MB',
      () => zipBomb(60, { declaredSize: 1024 * 1024 }),
      'maxInflatedBytes',
      /比声明的大小大/,
    ],
    ['100,000 rows', () => manyRowsXlsx(100000, POWER_HEADER), 'maxRows', /超过 10000 行数据的上限/],
    [
      'a single cell of 20,000 characters',
      () => xlsxOf([POWER_HEADER, ['1', '', randomLetters(20000)]]),
      'maxCellChars',
      /单元格 C2 超过 10000 个字符/,
    ],
    ['10,000 zip entries', () => manyEntriesZip(10000), 'maxZipEntries', /10000 个文件，超过上限 2000 个/],
    [
      'a cell in column 16,384 (XFD)',
      async () => {
        const workbook = new Workbook();
        const sheet = workbook.addWorksheet('权力清单');
        sheet.addRow(POWER_HEADER);
        sheet.getCell('XFD2').value = 'x';
        return Buffer.from(await workbook.xlsx.writeBuffer());
      },
      'maxColumns',
      /超过 200 列的上限/,
    ],
  ])('refuses %s: 400 naming the limit, small body, bounded memory', async (label, make, rule, words) => {
    const file = await make();
    expect(file.length).toBeLessThan(10 * 1024 * 1024);
    expectRefused(await measured(`power-list ${label}`, powerList(file, 'hostile.xlsx')), rule, words);
  });

  it('refuses a shared string repeated in 10,000 rows beyond the total text budget (cells read are counted)', async () => {
    // One 10,000-character shared string referenced 9 times in each of 1,000 rows: a small zip, a huge table.
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('权力清单');
    sheet.addRow(POWER_HEADER);
    const text = randomLetters(10000);
    for (let r = 0; r < 1000; r++) sheet.addRow(Array.from({ length: 9 }, () => text));
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const limited = await measured('power-list repeated shared string', powerList(file, 'repeat.xlsx'));
    // 9 × 1,000 × 10,000 = 90 M characters > 50 M.
    expectRefused(limited, 'maxInflatedBytes', /文字总量超过上限/);
  });
});

describe('power-list import: hostile CSV files', () => {
  it.each([
    [
      '100,000 rows',
      () => manyRowsCsv(POWER_HEADER.join(','), (i) => `${i},,事项${i},行政许可,依据,县公安局,,,`, 100000),
      'maxRows',
      /超过 10000 行数据的上限/,
    ],
    [
      'a single field of 20,000 characters',
      () => Buffer.from(`${POWER_HEADER.join(',')}\n1,,${randomLetters(20000)},行政许可,依据,县公安局,,,\n`),
      'maxCellChars',
      /第 2 行有单元格超过 10000 个字符/,
    ],
    [
      'an unclosed quote running to the end of a 5 MB file',
      () => Buffer.from(`${POWER_HEADER.join(',')}\n1,"${randomLetters(5 * 1024 * 1024)}`),
      'maxCellChars',
      /超过 10000 个字符/,
    ],
    ['a GB18030 file of 100,000 rows', () => gb18030Rows(100000), 'maxRows', /超过 10000 行数据的上限/],
  ])('refuses %s', async (label, make, rule, words) => {
    const file = make();
    expectRefused(await measured(`power-list csv ${label}`, powerList(file, 'hostile.csv')), rule, words);
  });

  it('lists at most 100 row errors, each quoting a short excerpt, and counts the rest', async () => {
    const bad = randomLetters(5000);
    const file = manyRowsCsv(POWER_HEADER.join(','), (i) => `${i},,事项${i},${bad},依据,县公安局,,,`, 300);
    const { res, growth, body } = await measured('power-list 300 bad rows', powerList(file, 'bad.csv'));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('导入失败：300 行有错误，未导入任何数据');
    expect(res.body.error.details.errors).toHaveLength(100);
    expect(res.body.error.details).toMatchObject({ omitted: 200, total: 300 });
    for (const e of res.body.error.details.errors) {
      expect(e.message).toMatch(new RegExp(`^category: 未知的职权类型“${bad.slice(0, 50)}…”`));
      expect(Array.from(e.message).length).toBeLessThanOrEqual(201);
    }
    expect(body).toBeLessThan(64 * 1024);
    expect(growth).toBeLessThan(RSS_BOUND);
  });
});

/** GB18030 rows (序号,职权名称 … in GBK bytes): the encoding detection is kept and the limit applies. */
function gb18030Rows(rows: number): Buffer {
  // 序号 in GBK is D0 F2 BA C5; the rest of the header and rows are ASCII digits and commas.
  const header = Buffer.from([0xd0, 0xf2, 0xba, 0xc5, 0x2c, 0x61, 0x0a]);
  const line = Buffer.from('1,x\n');
  return Buffer.concat([header, ...Array.from({ length: rows }, () => line)]);
}

describe('request size, before the body is read', () => {
  const big = () => Buffer.alloc(11 * 1024 * 1024, 'a');

  it.each([
    ['power-list', '/power-list/import?dryRun=true'],
    ['power-list, path in other case and with a trailing slash', '/Power-List/import/?dryRun=true'],
    ['environment', '/environment/import/observations?dryRun=true'],
  ])('refuses an 11 MB upload to %s with 400 (limit 10 MB)', async (label, url) => {
    const file = big();
    const result = await measured(`upload 11 MB ${label}`, () =>
      app
        .http()
        .post(url)
        .set('Authorization', `Bearer ${admin.token}`)
        .attach('file', file, { filename: 'big.csv', contentType: 'text/csv' }),
    );
    expectRefused(result, 'maxUploadBytes', /文件过大（上限 10 MB）/);
  });

  /** A raw request: headers, then only `send` of the body; resolves with the answer, if one comes. */
  const rawPost = (path: string, headers: Record<string, string | number>, send: string) =>
    new Promise<{ status: number; body: any }>((resolve, reject) => {
      const { port } = app.strapi.server.httpServer.address() as AddressInfo;
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path,
          headers: { Authorization: `Bearer ${admin.token}`, ...headers },
        },
        (response) => {
          let text = '';
          response.on('data', (c) => (text += c));
          response.on('end', () => {
            resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) });
            req.destroy();
          });
        },
      );
      req.on('error', reject);
      req.write(send);
      const timer = setTimeout(
        () => reject(new Error('no answer within 10 s: the body is being waited for')),
        10000,
      );
      req.on('close', () => clearTimeout(timer));
    });

  it('answers an upload that declares 11 MB while only its first bytes have been sent (the body is never read)', async () => {
    const res = await rawPost(
      '/power-list/import?dryRun=true',
      { 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': 11 * 1024 * 1024 },
      '--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\n',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).toMatchObject({ path: ['file'], rule: 'maxUploadBytes' });
  });

  /** A multipart upload sent chunked (no Content-Length) to `path`, as the server answers it. */
  const chunkedUpload = (path: string) => {
    const { port } = app.strapi.server.httpServer.address() as AddressInfo;
    return new Promise<{ status: number; body: any }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path,
          headers: {
            Authorization: `Bearer ${admin.token}`,
            'Content-Type': 'multipart/form-data; boundary=x',
            'Transfer-Encoding': 'chunked',
          },
        },
        (response) => {
          let text = '';
          response.on('data', (c) => (text += c));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
        },
      );
      req.on('error', reject);
      req.write('--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\n');
      req.end('a\r\n--x--\r\n');
    });
  };

  it('refuses a chunked upload (no Content-Length) before reading it', async () => {
    const res = await chunkedUpload('/power-list/import?dryRun=true');
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).toMatchObject({ path: ['file'], rule: 'maxUploadBytes' });
    expect(res.body.error.message).toMatch(/Content-Length/);
  });

  it.each(['/budget/reports/aaaaaaaaaaaaaaaaaaaaaaaa/import', '/budget/reports/a%2Fb/import'])(
    'bounds an import route with a parameter too (%s): chunked is refused before it is read',
    async (path) => {
      expect(app.strapi.plugin('budget')).toBeTruthy();
      const res = await chunkedUpload(path);
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors[0]).toMatchObject({ path: ['file'], rule: 'maxUploadBytes' });
    },
  );

  it('leaves other routes alone (a JSON body elsewhere is not limited by this)', async () => {
    const res = await admin.get('/power-list/adjustments');
    expect(res.status).toBe(200);
  });
});

describe('environment import: hostile CSV files', () => {
  it.each([
    [
      '100,000 rows (limit 50,000)',
      () => manyRowsCsv(OBSERVATION_HEADER, observation, 100000),
      'maxRows',
      /超过 50000 行数据的上限/,
    ],
    [
      'a single field of 20,000 characters',
      () =>
        Buffer.from(
          `${OBSERVATION_HEADER}\n${randomLetters(20000)},2025-01-01T00:00:00Z,1h,5,20,40,0.5,60,,30\n`,
        ),
      'maxCellChars',
      /超过 10000 个字符/,
    ],
    [
      'a line of 500 columns',
      () => Buffer.from(`${OBSERVATION_HEADER}\n${Array.from({ length: 500 }, () => '1').join(',')}\n`),
      'maxColumns',
      /超过 200 列的上限/,
    ],
  ])('refuses %s', async (label, make, rule, words) => {
    expectRefused(await measured(`environment ${label}`, environment(make())), rule, words);
  });

  it('lists at most 100 row errors and counts the rest', async () => {
    const file = manyRowsCsv(
      OBSERVATION_HEADER,
      (i) => `dx-cz,${observation(i).split(',')[1]},1h,${randomLetters(3000)},20,40,0.5,60,,30`,
      250,
    );
    const { res, body } = await measured('environment 250 bad rows', environment(file));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('导入失败：250 行有错误，未导入任何数据');
    expect(res.body.error.details.errors).toHaveLength(100);
    expect(res.body.error.details).toMatchObject({ omitted: 150, total: 250 });
    expect(res.body.error.details.errors[0].message).toMatch(/^so2: 浓度须为数字，实为“[a-z]{50}…”$/);
    expect(body).toBeLessThan(64 * 1024);
  });

  it('still imports a legitimate file (dry run): 2,000 hourly rows', async () => {
    const res = await environment(manyRowsCsv(OBSERVATION_HEADER, observation, 2000))();
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ dryRun: true, rows: 2000 });
  });
});

describe('power-list import: legitimate files still read (streaming xlsx)', () => {
  it('reads an Excel-style file with a title row and merged 实施主体 cells (dry run)', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('权力清单');
    sheet.addRow(['道县公安局权力清单']);
    sheet.addRow(POWER_HEADER);
    sheet.addRow([
      1,
      null,
      '对扰乱公共秩序行为的处罚',
      '行政处罚',
      '《治安管理处罚法》第二十三条',
      '县公安局',
      null,
      null,
      null,
    ]);
    sheet.addRow([
      2,
      null,
      '对非法携带枪支的处罚',
      '行政处罚',
      '《治安管理处罚法》第三十二条',
      null,
      null,
      null,
      null,
    ]);
    sheet.mergeCells('F3:F4');
    const res = await powerList(Buffer.from(await workbook.xlsx.writeBuffer()), 'ok.xlsx')();
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ dryRun: true, rows: 2, created: 2 });
    expect(res.body.data.items.map((i: any) => i.department)).toEqual(['gaj', 'gaj']);
  });
});

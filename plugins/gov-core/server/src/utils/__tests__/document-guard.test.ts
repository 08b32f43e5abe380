import { errors } from '@strapi/utils';
import { documentGuard } from '../document-guard';

const UID = 'plugin::x.item';
const calls: string[] = [];
const guard = documentGuard({
  applies: (uid) => uid === UID,
  label: () => '测试信息',
  plan: {
    create: async (ctx, next) => {
      calls.push(`handled ${ctx.action}`);
      return next();
    },
    update: 'pass',
    delete: 'pass',
    clone: { refuse: '不能复制' },
    publish: 'refuse',
    unpublish: 'pass',
    discardDraft: 'pass',
  },
});
const run = (uid: string, action: string) =>
  guard({ uid, action, params: {} }, async () => {
    calls.push(`next ${action}`);
    return 'result';
  });

beforeEach(() => {
  calls.length = 0;
});

describe('documentGuard (default deny)', () => {
  it.each(['findOne', 'findFirst', 'findMany', 'count', 'update', 'delete', 'unpublish', 'discardDraft'])(
    '%s passes through',
    async (action) => {
      await expect(run(UID, action)).resolves.toBe('result');
      expect(calls).toEqual([`next ${action}`]);
    },
  );

  it('runs the handler of a handled action', async () => {
    await expect(run(UID, 'create')).resolves.toBe('result');
    expect(calls).toEqual(['handled create', 'next create']);
  });

  it.each([
    ['clone', '不能复制'],
    ['publish', '测试信息不允许“publish”操作'],
    ['archive', '测试信息不支持“archive”操作（未知的文档操作一律拒绝）'],
    ['updateComponents', '测试信息不支持“updateComponents”操作（未知的文档操作一律拒绝）'],
  ])('refuses %s with a 403 in Chinese, without calling next', async (action, message) => {
    const error = await run(UID, action).catch((e) => e);
    expect(error).toBeInstanceOf(errors.ForbiddenError);
    expect(error.message).toBe(message);
    expect(calls).toEqual([]);
  });

  it('leaves other content types alone, whatever the action', async () => {
    await expect(run('plugin::y.other', 'archive')).resolves.toBe('result');
  });
});

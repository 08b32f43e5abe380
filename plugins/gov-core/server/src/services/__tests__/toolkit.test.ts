import toolkit from '../toolkit';

/** A Strapi with only what registerPlugin touches: gov-core's services and the component registry. */
const fakeStrapi = () => {
  const calls: [string, string, unknown[]][] = [];
  const service = (name: string) =>
    new Proxy(
      {},
      {
        get:
          (_t, method: string) =>
          (...args: unknown[]) =>
            void calls.push([name, method, args]),
      },
    );
  const components = new Map<string, unknown>();
  const strapi = {
    plugin: (id: string) => (id === 'gov-core' ? { service } : undefined),
    get: (what: string) => (what === 'components' ? components : undefined),
  };
  return { strapi: strapi as never, calls, components };
};

describe('toolkit.registerPlugin', () => {
  it('registers each declared piece with the gov-core service that owns it, in order', () => {
    const { strapi, calls, components } = fakeStrapi();
    const limits = { maxRows: 10 };
    toolkit({ strapi }).registerPlugin({
      id: 'example',
      components: { 'example.part': { attributes: {} } },
      publicActions: ['public.list'],
      columnTypes: [
        { uid: 'plugin::example.thing', label: '示例', cadence: 'news', publicFields: ['title'] },
      ],
      grants: { webmaster: ['plugin::example.import'] },
      uploads: [{ path: '/example/import', limits }],
    });
    expect(components.has('example.part')).toBe(true);
    expect(calls).toEqual([
      ['public-access', 'declare', ['example', ['public.list']]],
      [
        'column-registry',
        'registerColumnType',
        [{ uid: 'plugin::example.thing', label: '示例', cadence: 'news', publicFields: ['title'] }],
      ],
      ['roles', 'declareGrants', [{ webmaster: ['plugin::example.import'] }]],
      ['table-files', 'registerUpload', ['/example/import', limits]],
    ]);
  });

  it('registers nothing that is not declared', () => {
    const { strapi, calls, components } = fakeStrapi();
    toolkit({ strapi }).registerPlugin({ id: 'bare' });
    expect(calls).toEqual([]);
    expect(components.size).toBe(0);
  });
});

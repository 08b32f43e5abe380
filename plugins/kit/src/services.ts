/** The part of Strapi the accessor needs (Core.Strapi fits). */
export interface ServiceHost {
  plugin(name: string): { service(name: string): unknown } | undefined;
}

/**
 * A typed accessor of another plugin's services: `const govCore = pluginServices<GovCoreServices>('gov-core')`
 * then `govCore(strapi, 'scoping')` is typed, with no `any`. Throws when the plugin is not enabled.
 */
export const pluginServices =
  <S>(plugin: string) =>
  <N extends keyof S & string>(strapi: ServiceHost, name: N): S[N] => {
    const host = strapi.plugin(plugin);
    if (!host) throw new Error(`插件 ${plugin} 未启用（${name} 服务不可用）`);
    return host.service(name) as S[N];
  };

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

/**
 * Text of a non-JSON body (an SVG, a feed) in the response's variant: `variant` is the response's
 * Content-Language; zh-Hans, none, or chinese-variants not enabled → the text unchanged. JSON bodies are
 * converted by chinese-variants itself.
 */
export const variantText = (strapi: ServiceHost, variant: string | null | undefined) => {
  const convert =
    variant && variant !== 'zh-Hans'
      ? (strapi.plugin('chinese-variants')?.service('convert') as
          | { convertText(text: string, variant: string): string }
          | undefined)
      : undefined;
  return (text: string) => (convert ? convert.convertText(text, variant!) : text);
};

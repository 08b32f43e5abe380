// @gov-portal/kit: what every column plugin would otherwise write again (see README "Developing a plugin").
export * from './domain';
export * from './errors';
export * from './validate';
export * as query from './query';
export * from './services';
export * from './schemas/article';
export * as responses from './responses';
export * from './admin-routes';

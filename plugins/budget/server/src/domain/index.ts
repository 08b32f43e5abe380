export * from './codes';
export * from './tree';
export * from './tables';
export * from './deadlines';
export * from './three-funds';
export * from './summary';

export * from './organization-code';
export * from './document-number';
export * from './index-number';
export * from './column-tree';
export * from './rich-text';
export * from './scope';
export { yearInShanghai, dateInShanghai } from './shanghai-time';

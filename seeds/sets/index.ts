import type { SeedSet } from '../types';
import { localesSet } from './locales';
import { demoAdminSet } from './demo-admin';
import { govCoreSets } from './gov-core';
import { chineseVariantsPhrasesSet } from './chinese-variants';
import { environmentSets } from './environment';
import { normativeDocsSets } from './normative-docs';
import { powerListSets } from './power-list';
import { pppSets } from './ppp';
import { budgetSets } from './budget';

/** In load order: what a set refers to comes before it. */
export const SEED_SETS: SeedSet<any>[] = [
  localesSet,
  demoAdminSet,
  ...govCoreSets,
  chineseVariantsPhrasesSet,
  ...environmentSets,
  ...normativeDocsSets,
  ...powerListSets,
  ...pppSets,
  ...budgetSets,
];

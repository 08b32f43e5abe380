export interface AccessibilityConfig {
  /** This site's host names: absolute links to other hosts are announced as external in the 适老版. */
  internalHosts: string[];
  /** Level of the heading a page shows above a rich-text field (the item's title is the page's h1). */
  headingBaseLevel: number;
  /** Refuse to publish column items whose content has `error` violations. */
  blockPublishOnErrors: boolean;
}

export default {
  default: (): AccessibilityConfig => ({
    internalHosts: [],
    headingBaseLevel: 1,
    blockPublishOnErrors: true,
  }),
  validator: (config: AccessibilityConfig) => {
    if (!Array.isArray(config.internalHosts) || config.internalHosts.some((h) => typeof h !== 'string')) {
      throw new Error('accessibility.internalHosts must be an array of host names');
    }
    if (
      !Number.isInteger(config.headingBaseLevel) ||
      config.headingBaseLevel < 0 ||
      config.headingBaseLevel > 5
    ) {
      throw new Error('accessibility.headingBaseLevel must be an integer from 0 to 5');
    }
  },
};

export default {
  default: {
    /** 保密审查: `required[uid] = false` lets a column type be published without review (default: required). */
    review: { required: {} as Record<string, boolean> },
  },
  validator(config: { review?: { required?: Record<string, unknown> } }) {
    const required = config.review?.required ?? {};
    for (const [uid, value] of Object.entries(required)) {
      if (typeof value !== 'boolean')
        throw new Error(`gov-core config review.required["${uid}"] must be true or false`);
    }
  },
};

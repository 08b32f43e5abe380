/**
 * Bad input found by the domain core. `field` is the English field name the caller reports in its
 * 400 body `{ field, message }`; `message` is Chinese and names the field and the rule.
 */
export class ChineseVariantsInputError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'ChineseVariantsInputError';
    this.field = field;
  }

  toJSON(): { field: string; message: string } {
    return { field: this.field, message: this.message };
  }
}

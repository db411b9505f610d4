// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

/**
 * The kind of value an applicant types into a {@link FormField}; {@link FormFieldCheck} says how
 * each kind is checked.
 */
public enum FieldType {
  /** Free text, at most {@value FormFieldCheck#MAX_TEXT} characters. */
  TEXT,
  /**
   * Free text of several lines, such as a description of the information wanted, at most {@value
   * FormFieldCheck#MAX_PARAGRAPH} characters; the form shows a text area.
   */
  PARAGRAPH,
  /** A decimal number such as {@code 2} or {@code -1.5}. */
  NUMBER,
  /** A calendar date written {@code yyyy-MM-dd}. */
  DATE,
  /** One of the field's {@linkplain FormField#choices() choices}, given by its value. */
  CHOICE,
  /** A postal address, at most {@value FormFieldCheck#MAX_ADDRESS} characters. */
  ADDRESS,
  /** A national ID or resident certificate number (國民身分證統一編號 / 統一證號). */
  NATIONAL_ID;

  /**
   * Whether a value of this kind is personal data that staff pages show masked and reveal only in
   * an audited view (ADR 0028): addresses and national IDs. Free text, numbers, dates and choices
   * are shown as they are; a service that asks for personal data uses these two types.
   */
  public boolean personalData() {
    return this == ADDRESS || this == NATIONAL_ID;
  }
}

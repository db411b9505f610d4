// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.error;

/** A domain exception about one input field, so that a page can show it next to that field. */
public interface FieldBound {

  /** The name of the form field, as bound in the page's form object. */
  String field();
}

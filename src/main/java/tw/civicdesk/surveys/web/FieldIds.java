// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

/**
 * The HTML id of a form field named by a property path, for labels, {@code aria-describedby} and
 * the error summary's links: {@code questions[2].text.zh} is {@code questions-2-text-zh}. The pages
 * reach it as {@code ${ids.of(path)}}.
 */
public final class FieldIds {

  /** The one instance the pages use. */
  static final FieldIds INSTANCE = new FieldIds();

  private FieldIds() {}

  /** The id of the field at {@code path}. */
  public String of(String path) {
    return path.replace("[", "-").replace("]", "").replace('.', '-');
  }
}

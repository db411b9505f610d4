// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

/** What kind of answer a question takes. */
public enum QuestionKind {
  /** 5-point Likert: 1 非常不滿意 … 5 非常滿意; the top two points (4, 5) count as satisfied. */
  LIKERT5(5),
  /** 4-point Likert without a middle: 1 非常不滿意 … 4 非常滿意; the top two (3, 4) count as satisfied. */
  LIKERT4(4),
  /** One of the question's choices. */
  SINGLE(0),
  /** Any of the question's choices, at least one. */
  MULTIPLE(0),
  /** A number, within the question's bounds where it has them. */
  NUMBER(0),
  /** Free text, at most {@link Question#TEXT_MAX} characters. */
  TEXT(0);

  private final int scale;

  QuestionKind(int scale) {
    this.scale = scale;
  }

  /** Whether this is a Likert scale. */
  public boolean isLikert() {
    return scale > 0;
  }

  /** The highest point of a Likert scale; 0 for any other kind. */
  public int scale() {
    return scale;
  }

  /** The lowest point that counts as satisfied: the scale's top two points. */
  public int satisfiedFrom() {
    return scale - 1;
  }

  /** Whether the question lists choices. */
  public boolean hasChoices() {
    return this == SINGLE || this == MULTIPLE;
  }
}

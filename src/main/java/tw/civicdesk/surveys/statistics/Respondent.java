// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

/**
 * One response's answers to the Likert questions of one dimension: the sum of its points, how many
 * of those questions it answered with points, and how many with "not applicable". Its score is
 * {@code points / answered}.
 */
public record Respondent(long points, int answered, int notApplicable) {

  public Respondent {
    if (answered < 0 || notApplicable < 0 || points < answered) {
      throw new IllegalArgumentException("Not a respondent's answers");
    }
  }

  /** Whether the response counts in the dimension: at least one answer other than "N/A". */
  public boolean counts() {
    return answered > 0;
  }
}

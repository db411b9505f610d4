// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.petitions.ClosureGround;
import tw.civicdesk.petitions.PetitionReply;
import tw.civicdesk.petitions.ReplyTemplate;

/**
 * The reply form as the officer filled it in: the outcome, a closure's ground, and the reply's
 * parts each in its own field; kept whole when a check fails so nothing typed is lost.
 */
public class ReplyForm {

  private int version;
  private String outcome = Decision.ANSWERED.name();
  private String ground = "";
  private String handling = "";
  private String legalBasis = "";
  private String remedy = "";
  private String template = "";

  /** The form filled from {@code t}: its texts, and for a ground's template the closure. */
  void fill(ReplyTemplate t) {
    template = Long.toString(t.id());
    handling = t.handling();
    legalBasis = t.legalBasis();
    remedy = t.remedy();
    ClosureGround g = t.ground();
    if (g != null) {
      outcome = Decision.NOT_PROCESSED.name();
      ground = g.name();
    } else {
      outcome = Decision.ANSWERED.name();
      ground = "";
    }
  }

  /** The reply for case {@code number}; an unknown outcome or ground is left for the check. */
  PetitionReply toReply(CaseNumber number) {
    Decision decision = Decision.ANSWERED;
    try {
      decision = Decision.valueOf(outcome);
    } catch (IllegalArgumentException e) {
      decision = Decision.REJECTED; // refused by the check with the outcome's message
    }
    return new PetitionReply(
        number, version, decision, ground(), handling, legalBasis, remedy, templateId());
  }

  private @Nullable ClosureGround ground() {
    for (ClosureGround g : ClosureGround.CHOSEN) {
      if (g.name().equals(ground)) {
        return g;
      }
    }
    return null;
  }

  /** The chosen template's id, {@code null} when none or malformed. */
  @Nullable Long templateId() {
    try {
      return template.isBlank() ? null : Long.valueOf(template.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getGround() {
    return ground;
  }

  public void setGround(String ground) {
    this.ground = ground;
  }

  public String getHandling() {
    return handling;
  }

  public void setHandling(String handling) {
    this.handling = handling;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(String legalBasis) {
    this.legalBasis = legalBasis;
  }

  public String getRemedy() {
    return remedy;
  }

  public void setRemedy(String remedy) {
    this.remedy = remedy;
  }

  public String getTemplate() {
    return template;
  }

  public void setTemplate(String template) {
    this.template = template;
  }
}

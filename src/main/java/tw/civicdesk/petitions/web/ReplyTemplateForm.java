// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import jakarta.validation.constraints.Size;
import java.util.Locale;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.petitions.ClosureGround;
import tw.civicdesk.petitions.ReplyTemplate;
import tw.civicdesk.platform.input.SingleLine;

/** A reply template as its administrator edits it. */
public class ReplyTemplateForm {

  @SingleLine
  @Size(max = 400)
  private String title = "";

  /** A category's code, {@code ground:NAME} for a §173 ground, or "" for any category. */
  @SingleLine
  @Size(max = 60)
  private String use = "";

  @SingleLine
  @Size(max = 10)
  private String language = "zh-TW";

  @Size(max = 8000)
  private String handling = "";

  @Size(max = 8000)
  private String legalBasis = "";

  @Size(max = 8000)
  private String remedy = "";

  private boolean active = true;

  /** The form of a stored template. */
  static ReplyTemplateForm of(ReplyTemplate t) {
    ReplyTemplateForm form = new ReplyTemplateForm();
    form.title = t.title();
    ClosureGround ground = t.ground();
    String category = t.category();
    form.use = ground != null ? "ground:" + ground.name() : category == null ? "" : category;
    form.language = "en".equals(t.language().getLanguage()) ? "en" : "zh-TW";
    form.handling = t.handling();
    form.legalBasis = t.legalBasis();
    form.remedy = t.remedy();
    form.active = t.active();
    return form;
  }

  /** The template {@code id} ({@code 0} for a new one) of {@code agency} as typed. */
  ReplyTemplate toTemplate(long id, AgencyCode agency) {
    ClosureGround ground = null;
    String category = null;
    if (use.startsWith("ground:")) {
      for (ClosureGround g : ClosureGround.CHOSEN) {
        if (g.name().equals(use.substring(7))) {
          ground = g;
        }
      }
    } else if (!use.isBlank()) {
      category = use.strip();
    }
    return new ReplyTemplate(
        id,
        agency,
        category,
        ground,
        "en".equals(language) ? Locale.ENGLISH : Locale.TAIWAN,
        title,
        handling,
        legalBasis,
        remedy,
        active);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getUse() {
    return use;
  }

  public void setUse(String use) {
    this.use = use;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
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

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}

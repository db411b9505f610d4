// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import org.jspecify.annotations.Nullable;
import tw.civicdesk.surveys.Kiosks;
import tw.civicdesk.surveys.SurveyCode;

/** The console form that registers a kiosk: its name, its survey and, optionally, its unit. */
public class KioskForm {

  private String name = "";
  private String survey = "";
  private String unit = "";

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSurvey() {
    return survey;
  }

  public void setSurvey(String survey) {
    this.survey = survey;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  /** The command; a survey or unit that cannot be read is passed as none, which is refused. */
  Kiosks.Register toCommand() {
    return new Kiosks.Register(name, SurveyCode.parse(survey), unitId());
  }

  private @Nullable Long unitId() {
    if (unit == null || unit.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(unit.strip());
    } catch (NumberFormatException e) {
      return -1L;
    }
  }
}

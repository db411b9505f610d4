// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals.web;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.proposals.ProposalCommands;

/**
 * The proposal form, staff's and citizens' alike (citizens have no unit and add a name and contact,
 * both optional). Every text passes the text check in binding (ADR 0027).
 */
public class ProposalForm {

  private @Nullable Long unitId;
  private @Nullable Long meetingId;
  private String titleZh = "";
  private String titleEn = "";
  private String problem = "";
  private String idea = "";
  private String benefit = "";
  private String hoursSaved = "";
  private String moneySaved = "";
  private String documentsSaved = "";
  private String services = "";
  private String citizenName = "";
  private String citizenContact = "";

  ProposalCommands.Submit toCommand(AgencyCode agency) {
    List<String> codes =
        Arrays.stream(services.split("[\\s,，、]+")).filter(s -> !s.isBlank()).toList();
    return new ProposalCommands.Submit(
        agency,
        unitId,
        meetingId,
        titleZh,
        titleEn,
        problem,
        idea,
        benefit,
        hoursSaved,
        moneySaved,
        documentsSaved,
        codes);
  }

  ProposalCommands.Citizen citizen() {
    return new ProposalCommands.Citizen(citizenName, citizenContact);
  }

  public @Nullable Long getUnitId() {
    return unitId;
  }

  public void setUnitId(@Nullable Long unitId) {
    this.unitId = unitId;
  }

  public @Nullable Long getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(@Nullable Long meetingId) {
    this.meetingId = meetingId;
  }

  public String getTitleZh() {
    return titleZh;
  }

  public void setTitleZh(String titleZh) {
    this.titleZh = titleZh;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }

  public String getIdea() {
    return idea;
  }

  public void setIdea(String idea) {
    this.idea = idea;
  }

  public String getBenefit() {
    return benefit;
  }

  public void setBenefit(String benefit) {
    this.benefit = benefit;
  }

  public String getHoursSaved() {
    return hoursSaved;
  }

  public void setHoursSaved(String hoursSaved) {
    this.hoursSaved = hoursSaved;
  }

  public String getMoneySaved() {
    return moneySaved;
  }

  public void setMoneySaved(String moneySaved) {
    this.moneySaved = moneySaved;
  }

  public String getDocumentsSaved() {
    return documentsSaved;
  }

  public void setDocumentsSaved(String documentsSaved) {
    this.documentsSaved = documentsSaved;
  }

  public String getServices() {
    return services;
  }

  public void setServices(String services) {
    this.services = services;
  }

  public String getCitizenName() {
    return citizenName;
  }

  public void setCitizenName(String citizenName) {
    this.citizenName = citizenName;
  }

  /** The files' field, for their errors; the files themselves arrive as the part {@code files}. */
  public String getAttachments() {
    return "";
  }

  public void setAttachments(String ignored) {
    // the files come as multipart parts named files
  }

  public String getCitizenContact() {
    return citizenContact;
  }

  public void setCitizenContact(String citizenContact) {
    this.citizenContact = citizenContact;
  }
}

// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.petitions.KindRule;
import tw.civicdesk.petitions.RuleDrafts.KindDraft;
import tw.civicdesk.petitions.RuleDrafts.KindSettings;

/** The console form of a kind's rules at an agency; the service checks every value. */
public class KindRuleForm {

  private boolean open = true;
  private @Nullable Integer limitAmount;
  private TimeLimit.@Nullable Unit limitUnit;
  private boolean anonymousAllowed;
  private boolean extensionAllowed = true;
  private Set<KindRule.ReplyPart> replyRequires = EnumSet.of(KindRule.ReplyPart.HANDLING);
  private @Nullable Long defaultUnitId;
  private int version;

  static KindRuleForm of(KindSettings settings) {
    KindRuleForm f = new KindRuleForm();
    KindRule r = settings.rule();
    f.open = settings.open();
    f.limitAmount = r.limit().amount();
    f.limitUnit = r.limit().unit();
    f.anonymousAllowed = r.anonymousAllowed();
    f.extensionAllowed = r.extensionAllowed();
    f.replyRequires =
        r.replyRequires().isEmpty()
            ? EnumSet.noneOf(KindRule.ReplyPart.class)
            : EnumSet.copyOf(r.replyRequires());
    f.defaultUnitId = r.defaultUnitId();
    f.version = settings.version();
    return f;
  }

  KindDraft toDraft(AgencyCode agency, CaseKind kind) {
    return new KindDraft(
        agency,
        kind,
        open,
        limitAmount,
        limitUnit,
        anonymousAllowed,
        extensionAllowed,
        replyRequires == null ? Set.of() : replyRequires,
        defaultUnitId);
  }

  public boolean isOpen() {
    return open;
  }

  public void setOpen(boolean open) {
    this.open = open;
  }

  public @Nullable Integer getLimitAmount() {
    return limitAmount;
  }

  public void setLimitAmount(@Nullable Integer limitAmount) {
    this.limitAmount = limitAmount;
  }

  public TimeLimit.@Nullable Unit getLimitUnit() {
    return limitUnit;
  }

  public void setLimitUnit(TimeLimit.@Nullable Unit limitUnit) {
    this.limitUnit = limitUnit;
  }

  public boolean isAnonymousAllowed() {
    return anonymousAllowed;
  }

  public void setAnonymousAllowed(boolean anonymousAllowed) {
    this.anonymousAllowed = anonymousAllowed;
  }

  public boolean isExtensionAllowed() {
    return extensionAllowed;
  }

  public void setExtensionAllowed(boolean extensionAllowed) {
    this.extensionAllowed = extensionAllowed;
  }

  public Set<KindRule.ReplyPart> getReplyRequires() {
    return replyRequires;
  }

  public void setReplyRequires(@Nullable Set<KindRule.ReplyPart> replyRequires) {
    this.replyRequires =
        replyRequires == null || replyRequires.isEmpty()
            ? EnumSet.noneOf(KindRule.ReplyPart.class)
            : EnumSet.copyOf(replyRequires);
  }

  public @Nullable Long getDefaultUnitId() {
    return defaultUnitId;
  }

  public void setDefaultUnitId(@Nullable Long defaultUnitId) {
    this.defaultUnitId = defaultUnitId;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}

// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.Party;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * The audit rows {@link CaseEngine} writes when staff record or read an applicant's personal data:
 * each names what was written or read, never a value.
 */
final class PersonalDataAudit {

  private PersonalDataAudit() {}

  /**
   * Staff who record an applicant (at the counter, from a call or a letter) write personal data,
   * and so do staff transferring a case, who copy it to the competent agency's new case: one {@link
   * AuditEvent#PERSONAL_DATA_CHANGED} row naming what was recorded ({@code purpose=intake}, or
   * {@code purpose=transfer;from=<number>}), never a value. An applicant filing online writes their
   * own and is not audited.
   *
   * @return empty when {@code by} is the applicant or the system
   */
  static Optional<AuditEvent> recorded(Case c, Applicant a, Actor by) {
    if (by.party() == Party.APPLICANT || by.party() == Party.SYSTEM) {
      return Optional.empty();
    }
    List<String> given = new ArrayList<>(List.of("name"));
    Stream.of(
            a.nationalId() == null ? null : "nationalId",
            a.email() == null ? null : "email",
            a.phone() == null ? null : "phone",
            a.address() == null ? null : "address")
        .filter(Objects::nonNull)
        .forEach(given::add);
    return Optional.of(
        new AuditEvent(
            by.who(),
            c.agency().value(),
            AuditEvent.PERSONAL_DATA_CHANGED,
            "CASE",
            c.number().value(),
            "changed=applicant:"
                + String.join(",", given)
                + (c.links().transferredFrom() == null
                    ? ";purpose=intake"
                    : ";purpose=transfer;from=" + c.links().transferredFrom().value())
                + ";channel="
                + c.channel().name()));
  }

  /** {@code reader} read the applicant of case {@code number}. */
  static AuditEvent applicantRead(CaseNumber number, StaffPrincipal reader) {
    return new AuditEvent(
        reader.getUsername(),
        reader.agencyCode().value(),
        AuditEvent.PERSONAL_DATA_READ,
        "CASE",
        number.value(),
        "applicant");
  }

  /**
   * {@code reader} read the personal data of case {@code number} to handle it: {@code
   * read=applicant,field:<name>…;purpose=case-handling;roles=…}, naming the applicant (when the
   * case has one) and each of {@code personalFields} that holds a value in {@code fields}.
   */
  static AuditEvent personalDataRead(
      CaseNumber number,
      StaffPrincipal reader,
      boolean applicant,
      Map<String, String> fields,
      Collection<String> personalFields) {
    List<String> read = new ArrayList<>();
    if (applicant) {
      read.add("applicant");
    }
    personalFields.stream()
        .filter(fields::containsKey)
        .sorted()
        .forEach(name -> read.add("field:" + name));
    if (read.isEmpty()) {
      read.add("none");
    }
    return new AuditEvent(
        reader.getUsername(),
        reader.agencyCode().value(),
        AuditEvent.PERSONAL_DATA_READ,
        "CASE",
        number.value(),
        AuditEvent.readDetail(
            read, "case-handling", reader.roles().stream().map(Enum::name).toList()));
  }
}

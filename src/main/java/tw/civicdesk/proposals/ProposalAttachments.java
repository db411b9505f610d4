// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.files.ContentInspection;
import tw.civicdesk.platform.files.ContentInspection.InspectedContent;
import tw.civicdesk.proposals.ProposalCommands.Upload;

/**
 * The files of a proposal, judged and kept like a case's attachments: by their content alone
 * ({@link ContentInspection}: PDF, ODT, ODS, PNG, JPEG; polyglots refused), at most {@link
 * ProposalsSettings#maxAttachmentSize()} each and {@link ProposalsSettings#maxAttachments()} per
 * proposal, stored in the database with their SHA-256 and a sanitised name. A refused file is told
 * on the field {@code files} and nothing is stored. Internal.
 */
@Component
class ProposalAttachments {

  /** A file that passed inspection, with its bytes. */
  record Inspected(InspectedContent file, byte[] content) {}

  private final ProposalStore store;
  private final ProposalsSettings settings;
  private final AuditLog audit;
  private final Clock clock;

  ProposalAttachments(
      ProposalStore store, ProposalsSettings settings, AuditLog audit, Clock clock) {
    this.store = store;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  /** Every non-empty upload inspected; empty parts (a file input left blank) are skipped. */
  List<Inspected> inspect(List<Upload> uploads) {
    List<Inspected> kept = new ArrayList<>();
    DataSize limit = settings.maxAttachmentSize();
    for (Upload u : uploads) {
      if (u.content().length == 0 && (u.fileName() == null || u.fileName().isBlank())) {
        continue;
      }
      InspectedContent file =
          ContentInspection.inspect(
              u.fileName(),
              u.content(),
              limit,
              (refusal, megabytes) ->
                  new InvalidFields(
                      List.of(
                          new FieldProblem(
                              "attachments",
                              "proposals.file." + refusal.name().toLowerCase(java.util.Locale.ROOT),
                              List.of(megabytes)))));
      kept.add(new Inspected(file, u.content()));
    }
    if (kept.size() > settings.maxAttachments()) {
      throw new InvalidFields(
          List.of(
              new FieldProblem(
                  "attachments", "proposals.file.too_many", List.of(settings.maxAttachments()))));
    }
    return kept;
  }

  /** Stores inspected files on the proposal, within the per-proposal limit. */
  void store(ProposalNumber number, List<Inspected> files, String by) {
    if (files.isEmpty()) {
      return;
    }
    var p = store.find(number).orElseThrow();
    if (store.countAttachments(p.id()) + files.size() > settings.maxAttachments()) {
      throw new InvalidFields(
          List.of(
              new FieldProblem(
                  "attachments", "proposals.file.too_many", List.of(settings.maxAttachments()))));
    }
    for (Inspected f : files) {
      store.insertAttachment(p.id(), f.file(), f.content(), by, clock.instant());
      audit.record(
          new AuditEvent(
              by,
              p.agency().value(),
              Proposals.AUDIT,
              "PROPOSAL",
              number.value(),
              "attached;type=" + f.file().contentType()));
    }
  }
}

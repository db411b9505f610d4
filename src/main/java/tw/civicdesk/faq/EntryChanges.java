// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tw.civicdesk.faq.FaqViews.StaffEntry;

/** The audit detail of an edit: the names of the fields that changed, never their values. */
final class EntryChanges {

  private EntryChanges() {}

  static String detail(StaffEntry before, StaffEntry after) {
    List<String> fields = new ArrayList<>();
    var b = before.entry();
    var a = after.entry();
    add(fields, "category", b.category().id(), a.category().id());
    add(fields, "unit", before.unitId(), after.unitId());
    add(fields, "question", b.question(), a.question());
    add(fields, "answer", b.answer(), a.answer());
    add(fields, "services", b.services(), a.services());
    add(fields, "notes", before.notesZh() + before.notesEn(), after.notesZh() + after.notesEn());
    add(fields, "sop", before.sop(), after.sop());
    add(fields, "review", before.reviewOn(), after.reviewOn());
    return "fields="
        + (fields.isEmpty() ? "-" : String.join(",", fields))
        + ";status="
        + after.status();
  }

  private static void add(List<String> fields, String name, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      fields.add(name);
    }
  }
}

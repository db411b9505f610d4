// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.CaseKindPages;
import tw.civicdesk.casework.CaseMessages;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * What other modules add to the console's case pages through case work's ports: the messages sent
 * to the applicant ({@link CaseMessages}) and what the owner of a kind's rules shows of a case of
 * that kind ({@link CaseKindPages}). With no implementation present, nothing is added.
 */
@Component
class CasePorts {

  private final List<CaseMessages> messages;
  private final List<CaseKindPages> kinds;

  CasePorts(List<CaseMessages> messages, List<CaseKindPages> kinds) {
    this.messages = messages;
    this.kinds = kinds;
  }

  /** Every message about {@code number} from every implementation. */
  List<CaseMessages.Message> messages(CaseNumber number) {
    return messages.stream().flatMap(m -> m.of(number).stream()).toList();
  }

  /** The first particulars any implementation gives of case {@code number}. */
  Optional<CaseKindPages.Particulars> particulars(
      CaseNumber number,
      Map<String, String> fields,
      boolean revealed,
      StaffPrincipal viewer,
      Locale locale) {
    return kinds.stream()
        .map(k -> k.particulars(number, fields, revealed, viewer, locale))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** The list rows every implementation gives of {@code numbers}. */
  Map<CaseNumber, CaseKindPages.Row> rows(Collection<CaseNumber> numbers, Locale locale) {
    Map<CaseNumber, CaseKindPages.Row> rows = new HashMap<>();
    if (!numbers.isEmpty()) {
      kinds.forEach(k -> rows.putAll(k.rows(numbers, locale)));
    }
    return rows;
  }
}

// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.platform.i18n.Languages;

/**
 * The petitions module's door: files a petition or report on the case engine and reads the read
 * model. Contract of {@link #file}:
 *
 * <ul>
 *   <li>the kind is open at the agency ({@link PetitionRules#rule}) and the category is an active
 *       one of that kind there; a case without an applicant only where the kind allows anonymity; a
 *       named one gives a way to be reached (行政程序法 §173 ①, 要點 point 14); a facility report gives an
 *       address or coordinates; every problem is reported at once ({@link InvalidFields}) and
 *       nothing is stored;
 *   <li>the case goes to the unit the routing gives for its category and place, with the category's
 *       time limit, else the kind's ({@link PetitionRules#route}, {@link PetitionRules#limit});
 *   <li>what was written and the place as given are the case's fields ({@code subject}, {@code
 *       description}, {@code category}, {@code place.*}, {@code attribute.*}), read by staff only;
 *       the read model holds the place's public form ({@link Place#publicForm()});
 *   <li>it joins the caller's transaction: the case and its read-model row commit together;
 *   <li>{@link PetitionEvents.PetitionFiled} is published in it once the row is written (the
 *       receipt, likely duplicates).
 * </ul>
 */
@Service
public class Petitions {

  private final CaseWork cases;
  private final PetitionRules rules;
  private final PetitionLedger ledger;
  private final Clock clock;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;

  Petitions(
      CaseWork cases,
      PetitionRules rules,
      PetitionLedger ledger,
      Clock clock,
      MessageSource messages,
      ApplicationEventPublisher events) {
    this.messages = messages;
    this.events = events;
    this.cases = cases;
    this.rules = rules;
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * Checks {@code petition} as {@link #file} would and stores nothing, for the question pages.
   *
   * @throws InvalidFields with every problem found
   */
  @Transactional(readOnly = true)
  public void check(FilePetition petition) {
    PetitionCheck.check(petition, rules);
  }

  /**
   * Files {@code petition}; see the class's contract.
   *
   * @throws InvalidFields with every problem found
   */
  @Transactional
  public CaseWork.Filed file(FilePetition petition) {
    PetitionCheck.Checked checked = PetitionCheck.check(petition, rules);
    long unit =
        rules.route(
            checked.rule(),
            checked.category().code(),
            petition.place().district(),
            petition.place().village());
    CaseWork.Filed filed =
        cases.file(
            new CaseCommand.File(
                petition.kind(),
                petition.channel(),
                petition.agency(),
                unit,
                null,
                rules.limit(checked.rule(), checked.category()),
                petition.receivedOn(),
                petition.postmarkedOn(),
                petition.applicant(),
                fields(petition, checked),
                petition.clerk()));
    ledger.insert(
        filed.number(),
        petition,
        checked.category().code(),
        unit,
        filed.dueDate(),
        clock.instant());
    events.publishEvent(
        new PetitionEvents.PetitionFiled(
            filed.number(),
            petition.agency(),
            petition.kind(),
            checked.category().code(),
            filed.dueDate(),
            TextSignature.of(checked.subject() + "\n" + checked.description()),
            null));
    return filed;
  }

  /** The read-model row of {@code number}, when it is a petition or report. */
  @Transactional(readOnly = true)
  public Optional<PetitionView> view(CaseNumber number) {
    return ledger.find(number);
  }

  /** One page of the read model; see {@link PetitionQuery}. */
  @Transactional(readOnly = true)
  public List<PetitionView> find(PetitionQuery query) {
    return ledger.find(query);
  }

  /**
   * What {@code petition} is, in both languages: its kind and category ("陳情：服務態度", "Petition:
   * Service attitude"), for receipts, lists and notices.
   */
  @Transactional(readOnly = true)
  public BilingualText title(PetitionView petition) {
    BilingualText category =
        rules
            .category(petition.agency(), petition.category())
            .map(Category::name)
            .orElse(new BilingualText(petition.category(), petition.category()));
    String key = "petitions.kind." + petition.kind().name();
    return new BilingualText(
        messages.getMessage(key, null, Languages.ZH_TW) + "：" + category.zh(),
        messages.getMessage(key, null, Locale.ENGLISH) + ": " + category.en());
  }

  private static Map<String, String> fields(FilePetition p, PetitionCheck.Checked checked) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("category", checked.category().code());
    fields.put("subject", checked.subject());
    fields.put("description", checked.description());
    Place place = p.place();
    put(fields, "place.address", place.address());
    put(fields, "place.district", place.district());
    put(fields, "place.village", place.village());
    put(fields, "place.lat", place.lat() == null ? null : place.lat().toString());
    put(fields, "place.lon", place.lon() == null ? null : place.lon().toString());
    if (place.atHome()) {
      fields.put("place.atHome", "true");
    }
    p.attributes().forEach((code, value) -> fields.put("attribute." + code, value));
    return fields;
  }

  private static void put(
      Map<String, String> fields, String key, @org.jspecify.annotations.Nullable String value) {
    if (value != null && !value.isBlank()) {
      fields.put(key, value.strip());
    }
  }
}

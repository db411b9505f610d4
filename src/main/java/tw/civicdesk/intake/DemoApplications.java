// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.StaffActions;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.FormField;
import tw.civicdesk.catalogue.ServiceFilter;
import tw.civicdesk.catalogue.ServiceVersion;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * Files a few demo applications in the {@code demo} profile, after the demo catalogue, for a
 * service of the demo unit head's unit (so that the demo head, officer and clerk reach them,
 * ADR 0025): two online applications where that unit offers a service online (else at the
 * counter) and one at the counter, then assigns and starts one and asks a supplement on
 * another, so the console has work to show.
 * Idempotent: the idempotency keys are fixed, so a restart replays them and takes no step twice.
 */
@Component
@Profile("demo")
class DemoApplications {

  private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);
  private static final Map<String, String> PREFIXES = Map.of("YILAN-JIAOXI", "jiaoxi",
      "KH-FENGSHAN-HR1", "fengshan", "TN-YANSHUI", "yanshui", "HC-EAST-HEALTH", "easthealth",
      "CH-PLANNING", "planning");
  private static final List<String> NAMES = List.of("林怡君", "陳志明", "王淑芬");

  private final Intake intake;
  private final Catalogue catalogue;
  private final Organisation organisation;
  private final StaffActions actions;
  private final Clock clock;

  DemoApplications(Intake intake, Catalogue catalogue, Organisation organisation,
      StaffActions actions, Clock clock) {
    this.intake = intake;
    this.catalogue = catalogue;
    this.organisation = organisation;
    this.actions = actions;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(200)
  void load() {
    int filed = 0;
    for (Map.Entry<String, String> agency : PREFIXES.entrySet()) {
      filed += loadAgency(new AgencyCode(agency.getKey()), agency.getValue());
    }
    log.info("Demo applications: {} filed or replayed", filed);
  }

  private int loadAgency(AgencyCode agency, String prefix) {
    StaffPrincipal head = organisation.accountForSignIn(prefix + ".head").orElse(null);
    if (head == null) {
      return 0;
    }
    // The head's unit's services, so that the demo head and officer reach the demo cases
    // (need-to-know, ADR 0025); online where the unit offers it, else at the counter.
    List<ServiceVersion> services = catalogue.published(ServiceFilter.allOf(agency)).items()
        .stream().filter(s -> head.unitId() != null && s.unitId() == head.unitId()).toList();
    ServiceVersion online = services.stream().filter(s -> s.content().offers(Channel.ONLINE))
        .findFirst().orElse(null);
    ServiceVersion counter = services.stream().filter(s -> s.content().offers(Channel.COUNTER))
        .findFirst().orElse(null);
    if (counter == null) {
      return 0;
    }
    Submitter clerk = Submitter.staff(prefix + ".clerk", agency);
    Receipt first = online == null ? file(counter, Channel.COUNTER, 0, clerk)
        : file(online, Channel.ONLINE, 0, Submitter.citizen());
    Receipt second = online == null ? file(counter, Channel.COUNTER, 1, clerk)
        : file(online, Channel.ONLINE, 1, Submitter.citizen());
    file(counter, Channel.COUNTER, 2, clerk);
    String officer = prefix + ".officer";
    StaffPrincipal officerAccount = organisation.accountForSignIn(officer).orElse(null);
    if (officerAccount != null) {
      startWork(head, officerAccount, first, false);
      startWork(head, officerAccount, second, true);
    }
    return 3;
  }

  private Receipt file(ServiceVersion service, Channel channel, int n, Submitter by) {
    String name = NAMES.get(n % NAMES.size());
    Application application = new Application(service.code().value(), channel,
        new Application.ApplicantForm(name, null, "demo" + n + "@example.tw", "0912345678",
            null, "zh-TW", "EMAIL"), values(service.content().fields()), true, null, null);
    return intake.apply("demo:" + service.code().value() + ":" + n, application, by,
        Locale.TAIWAN);
  }

  private void startWork(StaffPrincipal head, StaffPrincipal officer, Receipt receipt,
      boolean supplement) {
    if (receipt.status() != CaseStatus.RECEIVED) {
      return;
    }
    var number = receipt.caseNumber();
    var c = actions.assign(head, number, 0, officer.getUsername()).c();
    c = actions.act(officer, number, c.version(), CaseAction.START,
        (k, as, x) -> k.start(as, x.now())).c();
    if (supplement) {
      actions.act(officer, number, c.version(), CaseAction.REQUEST_SUPPLEMENT,
          (k, as, x) -> k.requestSupplement(as, List.of("身分證影本", "最近三個月之存摺封面影本"),
              x.today(), x.now()));
    }
  }

  private Map<String, String> values(List<FormField> fields) {
    Map<String, String> values = new LinkedHashMap<>();
    for (FormField f : fields) {
      values.put(f.name(), switch (f.type()) {
        case TEXT, PARAGRAPH -> "示範申請";
        case NUMBER -> "1";
        case DATE -> LocalDate.now(clock).toString();
        case CHOICE -> f.choices().get(0).value();
        case ADDRESS -> "宜蘭縣礁溪鄉中山路二段 1 號";
        case NATIONAL_ID -> "A123456789";
      });
    }
    return values;
  }
}

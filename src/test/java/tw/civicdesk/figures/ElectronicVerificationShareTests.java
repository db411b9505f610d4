// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.ManualClock;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.CaseWorkAt;
import tw.civicdesk.casework.Party;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.casework.internal.CaseAttachments;
import tw.civicdesk.casework.internal.CaseWorkParts;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.organisation.TestOrganisation.Setup;
import tw.civicdesk.performance.IndicatorProvider;
import tw.civicdesk.performance.Percent;
import tw.civicdesk.performance.indicators.Indicators;

/**
 * {@code casework.electronic-verification-share} against a recount by hand of the cases the test
 * filed: applications and petitions of two agencies, on days across three months, each with none,
 * one or two electronic verifications recorded on later days.
 */
@IntegrationTest
class ElectronicVerificationShareTests {

  private static final String CODE = "casework.electronic-verification-share";
  private static final LocalDate FIRST = LocalDate.parse("2026-01-01");

  @Autowired ApplicationContext context;
  @Autowired Indicators indicators;

  /** One filed case as the test knows it: whose, what kind, when, and its verification days. */
  private record Filed(Setup agency, CaseKind kind, LocalDate received, List<LocalDate> verified) {}

  private final ManualClock clock = ManualClock.on("2026-01-01");

  private CaseNumber file(CaseWork work, Setup agency, CaseKind kind, LocalDate day) {
    clock.moveTo(day.toString());
    ServiceRef service =
        kind == CaseKind.APPLICATION ? new ServiceRef(new ServiceCode("EV-CERT"), 1) : null;
    return work.file(
            new CaseCommand.File(
                kind,
                Channel.COUNTER,
                agency.code(),
                agency.unit().id(),
                service,
                TimeLimit.workingDays(5),
                day,
                null,
                null,
                Map.of(),
                agency.username(Role.COUNTER_CLERK)))
        .number();
  }

  /** Files 40 cases at random (seeded) and records their verifications. */
  private List<Filed> fileAtRandom(Setup mine, Setup other) {
    CaseWork work = CaseWorkAt.of(context, clock);
    CaseAttachments attachments = CaseWorkParts.at(context, clock).attachments();
    Random random = new Random(21);
    List<Filed> filed = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Setup agency = random.nextInt(4) == 0 ? other : mine;
      CaseKind kind = random.nextInt(5) == 0 ? CaseKind.PETITION : CaseKind.APPLICATION;
      LocalDate day = FIRST.plusDays(random.nextInt(90));
      CaseNumber number = file(work, agency, kind, day);
      List<LocalDate> verified = new ArrayList<>();
      for (int v = random.nextInt(3); v > 0; v--) {
        LocalDate on = day.plusDays(random.nextInt(20));
        clock.moveTo(on.toString());
        attachments.verifyElectronically(
            number, "戶籍謄本", "戶役政系統查驗戶籍謄本", Actor.staff(Party.CASE_OFFICER, "officer"));
        verified.add(on);
      }
      filed.add(new Filed(agency, kind, day, verified));
    }
    return filed;
  }

  /** The share by hand: applications of the agency received in the span, verified by its end. */
  private static @Nullable BigDecimal recount(
      List<Filed> filed, Setup agency, LocalDate from, LocalDate to) {
    long all = 0;
    long verified = 0;
    for (Filed f : filed) {
      if (f.agency() == agency
          && f.kind() == CaseKind.APPLICATION
          && !f.received().isBefore(from)
          && !f.received().isAfter(to)) {
        all++;
        if (f.verified().stream().anyMatch(d -> !d.isAfter(to))) {
          verified++;
        }
      }
    }
    return Percent.of(verified, all).orElse(null);
  }

  private @Nullable BigDecimal value(Setup agency, LocalDate from, LocalDate to) {
    IndicatorProvider provider = indicators.provider(CODE).orElseThrow();
    return provider.value(agency.code().value(), from, to).orElse(null);
  }

  @Test
  void theShareIsTheRecountOfTheAgencysApplicationsVerifiedByTheSpansEnd() {
    TestOrganisation organisation = TestOrganisation.from(context);
    Setup mine = organisation.agency("EVA", null);
    Setup other = organisation.agency("EVB", null);
    List<Filed> filed = fileAtRandom(mine, other);

    List<LocalDate[]> spans = new ArrayList<>();
    spans.add(new LocalDate[] {FIRST, FIRST.plusDays(120)});
    spans.add(new LocalDate[] {FIRST, LocalDate.parse("2026-01-31")});
    spans.add(new LocalDate[] {LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28")});
    for (Filed f : filed) {
      // span edges: a span ending the day a case was received (its verification may come later)
      // and a span starting the day after
      spans.add(new LocalDate[] {FIRST, f.received()});
      spans.add(new LocalDate[] {f.received().plusDays(1), FIRST.plusDays(120)});
      f.verified().forEach(d -> spans.add(new LocalDate[] {f.received(), d}));
    }
    int compared = 0;
    for (LocalDate[] span : spans) {
      for (Setup agency : List.of(mine, other)) {
        assertThat(value(agency, span[0], span[1]))
            .as("%s from %s to %s", agency.code(), span[0], span[1])
            .isEqualTo(recount(filed, agency, span[0], span[1]));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(100);
    assertThat(recount(filed, mine, FIRST, FIRST.plusDays(120)))
        .as("the sample holds verified and unverified applications")
        .isBetween(BigDecimal.ONE, BigDecimal.valueOf(99));
  }

  @Test
  void anAgencyWithoutApplicationsInTheSpanHasNoValueAndAPetitionIsNotCounted() {
    Setup agency = TestOrganisation.from(context).agency("EVC", null);
    CaseWork work = CaseWorkAt.of(context, clock);
    CaseAttachments attachments = CaseWorkParts.at(context, clock).attachments();
    LocalDate day = LocalDate.parse("2026-03-02");
    CaseNumber petition = file(work, agency, CaseKind.PETITION, day);
    attachments.verifyElectronically(
        petition, "戶籍謄本", "戶役政系統查驗", Actor.staff(Party.CASE_OFFICER, "officer"));

    assertThat(value(agency, FIRST, day)).as("only a petition: no application").isNull();

    CaseNumber application = file(work, agency, CaseKind.APPLICATION, day);
    file(work, agency, CaseKind.APPLICATION, day);
    clock.moveTo("2026-03-03");
    attachments.verifyElectronically(
        application, "戶籍謄本", "戶役政系統查驗", Actor.staff(Party.CASE_OFFICER, "officer"));

    // by hand: 1 of 2 applications verified by 03-03; none of them by 03-02
    assertThat(value(agency, FIRST, LocalDate.parse("2026-03-03"))).isEqualByComparingTo("50.0");
    assertThat(value(agency, FIRST, day)).isEqualByComparingTo("0.0");
    assertThat(indicators.provider(CODE).orElseThrow().source().zh()).contains("電子查驗");
  }
}

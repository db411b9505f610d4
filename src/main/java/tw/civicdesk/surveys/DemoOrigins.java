// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.Unit;

/**
 * What a demo answer is tied to, as its channel would tie it: a kiosk answer to the kiosk and its
 * counter; a QR poster to a counter or a service; an online answer mostly to nothing; a paper form
 * to the counter that handed it out and often a service; an outbound call to the service it was
 * about.
 */
final class DemoOrigins {

  private final DemoAnswers random;
  private final Map<Unit, Integer> units;
  private final List<DemoSurveySources.Service> services;
  private final @Nullable Long kiosk;
  private final @Nullable Long kioskUnit;

  DemoOrigins(
      DemoAnswers random,
      Map<Unit, Integer> units,
      List<DemoSurveySources.Service> services,
      @Nullable Long kiosk,
      @Nullable Long kioskUnit) {
    this.random = random;
    this.units = units;
    this.services = services;
    this.kiosk = kiosk;
    this.kioskUnit = kioskUnit;
  }

  SurveyStore.Origin of(SurveyChannel channel) {
    return switch (channel) {
      case KIOSK -> new SurveyStore.Origin(kioskUnit, null, null, kiosk, null);
      case QR -> random.chance(0.6) ? unit() : service();
      case ONLINE -> random.chance(0.7) ? SurveyStore.Origin.NONE : service();
      case PAPER -> random.chance(0.5) ? service() : unit();
      case PHONE -> random.chance(0.8) ? service() : unit();
      default -> SurveyStore.Origin.NONE;
    };
  }

  private SurveyStore.Origin unit() {
    if (units.isEmpty()) {
      return SurveyStore.Origin.NONE;
    }
    return new SurveyStore.Origin(random.pick(units).id(), null, null, null, null);
  }

  private SurveyStore.Origin service() {
    if (services.isEmpty()) {
      return unit();
    }
    DemoSurveySources.Service s = random.any(services);
    return new SurveyStore.Origin(s.unitId(), s.code(), null, null, null);
  }
}

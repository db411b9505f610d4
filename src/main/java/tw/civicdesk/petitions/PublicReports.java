// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * Facility reports as the public sees them (ADR 0040): open ones, and closed ones for {@code
 * civicdesk.petitions.recent-days} after they were closed — category, place in its public form (a
 * home coarsened by the read model, {@link Place#publicForm()}), state, dates and the number of "me
 * too" followers. Never a name, a contact, a description or a photo. Read from the read model
 * alone.
 */
@Service
@Transactional(readOnly = true)
public class PublicReports {

  /** Statuses of a report still being handled. */
  public static final Set<CaseStatus> OPEN =
      EnumSet.of(
          CaseStatus.RECEIVED,
          CaseStatus.ASSIGNED,
          CaseStatus.IN_PROGRESS,
          CaseStatus.AWAITING_SUPPLEMENT);

  /** Statuses of a report that was dealt with. */
  public static final Set<CaseStatus> DONE = EnumSet.of(CaseStatus.DECIDED, CaseStatus.CLOSED);

  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private final Petitions petitions;
  private final PetitionRules rules;
  private final ReportFollowers followers;
  private final PetitionSiteSettings settings;
  private final Clock clock;

  PublicReports(
      Petitions petitions,
      PetitionRules rules,
      ReportFollowers followers,
      PetitionSiteSettings settings,
      Clock clock) {
    this.petitions = petitions;
    this.rules = rules;
    this.followers = followers;
    this.settings = settings;
    this.clock = clock;
  }

  /** The public state of a report. */
  public enum State {
    /** Being handled. */
    OPEN,
    /** Dealt with. */
    CLOSED,
    /** Closed without processing (§173). */
    NOT_PROCESSED
  }

  /**
   * One report as the public sees it.
   *
   * @param place the place's text in its public form, possibly empty
   * @param approximate whether the place was coarsened (a home)
   * @param dueDate the day it is to be dealt with by, {@code null} when closed or none
   */
  public record Report(
      CaseNumber number,
      AgencyCode agency,
      String categoryCode,
      BilingualText category,
      String place,
      @Nullable Double lat,
      @Nullable Double lon,
      boolean approximate,
      State state,
      LocalDate filedOn,
      LocalDate updatedOn,
      @Nullable LocalDate dueDate,
      int followers) {

    /** Whether it is still being handled, so that it can be followed. */
    public boolean open() {
      return state == State.OPEN;
    }
  }

  /**
   * A page of reports.
   *
   * @param next the cursor of the next page, {@code null} on the last
   */
  public record Page(List<Report> reports, PetitionQuery.@Nullable Cursor next) {}

  /**
   * Reports of {@code agency}, newest first, at most {@code limit} read per page, with {@code
   * category} (or any, when {@code null}) in {@code state} (or open and recently closed, when
   * {@code null}).
   */
  public Page page(
      AgencyCode agency,
      @Nullable String category,
      @Nullable State state,
      PetitionQuery.@Nullable Cursor after,
      int limit) {
    Set<CaseStatus> statuses = EnumSet.copyOf(OPEN);
    if (state != State.OPEN) {
      statuses.addAll(DONE);
      if (state != null) {
        statuses.removeAll(OPEN);
      }
    }
    PetitionQuery query =
        new PetitionQuery(
            agency,
            Set.of(CaseKind.FACILITY_REPORT),
            category == null ? Set.of() : Set.of(category),
            statuses,
            Set.of(),
            null,
            null,
            after,
            true,
            limit);
    List<PetitionView> rows = petitions.find(query);
    Instant recent = clock.instant().minus(Duration.ofDays(settings.recentDays()));
    List<PetitionView> shown =
        rows.stream()
            .filter(r -> OPEN.contains(r.status()) || !r.updatedAt().isBefore(recent))
            .filter(r -> state == null || state(r) == state)
            .toList();
    PetitionView last = rows.size() == limit ? rows.get(rows.size() - 1) : null;
    return new Page(
        reports(shown),
        last == null ? null : new PetitionQuery.Cursor(last.filedAt(), last.number()));
  }

  /** Report {@code number}, when it is a facility report. */
  public Optional<Report> report(CaseNumber number) {
    return petitions
        .view(number)
        .filter(v -> v.kind() == CaseKind.FACILITY_REPORT)
        .filter(v -> OPEN.contains(v.status()) || DONE.contains(v.status()))
        .map(v -> reports(List.of(v)).get(0));
  }

  /**
   * Open reports of {@code category} at {@code agency} within {@code metres} of the point, nearest
   * first, at most five: the ones a citizen may follow instead of filing again.
   */
  public List<Near> near(AgencyCode agency, String category, double lat, double lon, int metres) {
    PetitionQuery query =
        new PetitionQuery(
            agency,
            Set.of(CaseKind.FACILITY_REPORT),
            Set.of(category),
            OPEN,
            Set.of(),
            null,
            null,
            null,
            true,
            PetitionQuery.MAX_LIMIT);
    List<Near> near = new ArrayList<>();
    for (Report r : reports(petitions.find(query))) {
      if (r.lat() != null && r.lon() != null) {
        long d = Math.round(metres(lat, lon, r.lat(), r.lon()));
        if (d <= metres) {
          near.add(new Near(r, d));
        }
      }
    }
    near.sort(java.util.Comparator.comparingLong(Near::metres));
    return near.subList(0, Math.min(5, near.size()));
  }

  /** A report near a point, with its distance in metres. */
  public record Near(Report report, long metres) {}

  private List<Report> reports(List<PetitionView> views) {
    Map<String, Integer> counts =
        followers.counts(views.stream().map(v -> v.number().value()).toList());
    return views.stream().map(v -> report(v, counts.getOrDefault(v.number().value(), 0))).toList();
  }

  private Report report(PetitionView v, int followerCount) {
    BilingualText category =
        rules
            .category(v.agency(), v.category())
            .map(Category::name)
            .orElse(new BilingualText(v.category(), v.category()));
    Place place = v.place();
    State state = state(v);
    return new Report(
        v.number(),
        v.agency(),
        v.category(),
        category,
        text(place),
        place.lat(),
        place.lon(),
        place.atHome(),
        state,
        LocalDate.ofInstant(v.filedAt(), TAIPEI),
        LocalDate.ofInstant(v.updatedAt(), TAIPEI),
        state == State.OPEN ? v.dueDate() : null,
        followerCount);
  }

  private static State state(PetitionView v) {
    if (OPEN.contains(v.status())) {
      return State.OPEN;
    }
    return v.decision() == Decision.NOT_PROCESSED ? State.NOT_PROCESSED : State.CLOSED;
  }

  private static String text(Place place) {
    List<String> parts = new ArrayList<>();
    for (String part : new String[] {place.district(), place.village(), place.address()}) {
      if (part != null && !part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return String.join(" ", parts);
  }

  /** Great-circle distance in metres (haversine). */
  static double metres(double lat1, double lon1, double lat2, double lon2) {
    double r = 6_371_000;
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * r * Math.asin(Math.sqrt(a));
  }
}

// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;

/**
 * Likely duplicates (ADR 0041), found once when a petition or report is filed and kept: a case of
 * the same category at the agency within {@link DuplicateSettings#radius()} metres of it by the
 * read model's coordinates (a haversine distance inside a box query), or one by the same petitioner
 * — compared inside case work, which answers case numbers only ({@link CaseWork#sameApplicant}) —
 * whose text shares at least {@link DuplicateSettings#similarity()} of its signature ({@link
 * TextSignature}); either filed within {@link DuplicateSettings#window()} of it. Merged, withdrawn
 * and transferred cases are left out. Officers see them on the case page and in the list, and merge
 * what they judge a duplicate.
 */
@Service
public class PetitionDuplicates {

  /** The most cases one search looks at or flags. */
  static final int MAX_CANDIDATES = 2000;

  private static final String GONE = "('MERGED', 'WITHDRAWN', 'TRANSFERRED')";
  private static final double METRES_PER_DEGREE = 111_320;

  private final JdbcClient jdbc;
  private final CaseWork cases;
  private final DuplicateSettings settings;
  private final Clock clock;

  PetitionDuplicates(JdbcClient jdbc, CaseWork cases, DuplicateSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.settings = settings;
    this.clock = clock;
  }

  /** Why two cases look alike. */
  public enum Reason {
    /** The same category within the radius and window. */
    PLACE,
    /** The same petitioner with similar text within the window. */
    PETITIONER
  }

  /**
   * Case {@code other} looks like the case asked about.
   *
   * @param distance metres apart, for {@link Reason#PLACE}; else {@code null}
   */
  public record Duplicate(CaseNumber other, Reason reason, @Nullable Integer distance) {}

  /** Stores the new case's signature and its likely duplicates, in the filing's transaction. */
  @EventListener
  void on(PetitionEvents.PetitionFiled filed) {
    TextSignature signature = filed.signature();
    if (signature == null) {
      return;
    }
    jdbc.sql("insert into petition_text_signature values (?, ?, ?) on conflict do nothing")
        .params(filed.number().value(), filed.agency().value(), signature.boxed())
        .update();
    Map<CaseNumber, Duplicate> found = new LinkedHashMap<>();
    for (Duplicate d : samePlace(filed.number())) {
      found.put(d.other(), d);
    }
    for (CaseNumber other : samePetitioner(filed.number(), signature)) {
      found.putIfAbsent(other, new Duplicate(other, Reason.PETITIONER, null));
    }
    Timestamp now = Timestamp.from(clock.instant());
    for (Duplicate d : found.values()) {
      jdbc.sql("insert into petition_duplicate values (?, ?, ?, ?, ?) on conflict do nothing")
          .params(filed.number().value(), d.other().value(), d.reason().name(), d.distance(), now)
          .update();
    }
  }

  /** The likely duplicates of {@code number}, found when either of the two was filed. */
  @Transactional(readOnly = true)
  public List<Duplicate> of(CaseNumber number) {
    return jdbc.sql(
            """
            select case when case_number = :n then other_number else case_number end as other,
                reason, distance_m
            from petition_duplicate where case_number = :n or other_number = :n
            order by found_at, other
            """)
        .param("n", number.value())
        .query(
            (rs, i) ->
                new Duplicate(
                    new CaseNumber(rs.getString("other")),
                    Reason.valueOf(rs.getString("reason")),
                    (Integer) rs.getObject("distance_m")))
        .list();
  }

  /**
   * Those of {@code numbers} with a likely duplicate that neither side has been merged, withdrawn
   * or transferred since, for a case list.
   */
  @Transactional(readOnly = true)
  public Set<CaseNumber> flagged(Collection<CaseNumber> numbers) {
    if (numbers.isEmpty()) {
      return Set.of();
    }
    String[] asked = numbers.stream().map(CaseNumber::value).toArray(String[]::new);
    return new HashSet<>(
        jdbc.sql(
                """
                select x.n from (
                  select case_number as n, other_number as o from petition_duplicate
                  union all
                  select other_number, case_number from petition_duplicate) x
                join petition_case a on a.case_number = x.n and a.status not in %s
                join petition_case b on b.case_number = x.o and b.status not in %s
                where x.n = any (?)
                """
                    .formatted(GONE, GONE))
            .param(asked)
            .query((rs, i) -> new CaseNumber(rs.getString(1)))
            .list());
  }

  private List<Duplicate> samePlace(CaseNumber number) {
    double box = settings.radius() / METRES_PER_DEGREE;
    return jdbc.sql(
            """
            select case_number, distance from (
              select b.case_number, 6371000 * 2 * asin(sqrt(
                  power(sin(radians(b.lat - a.lat) / 2), 2)
                  + cos(radians(a.lat)) * cos(radians(b.lat))
                    * power(sin(radians(b.lon - a.lon) / 2), 2))) as distance
              from petition_case a join petition_case b
                on b.agency_code = a.agency_code and b.category_code = a.category_code
               and b.case_number <> a.case_number
               and b.lat between a.lat - :box and a.lat + :box
               and b.lon between a.lon - :box / cos(radians(a.lat)) and a.lon + :box / cos(radians(a.lat))
               and b.filed_at between a.filed_at - :window * interval '1 second'
                   and a.filed_at + :window * interval '1 second'
               and b.status not in %s
              where a.case_number = :n and a.lat is not null and a.lon is not null) d
            where distance <= :radius
            order by distance, case_number
            limit :max
            """
                .formatted(GONE))
        .param("n", number.value())
        .param("box", box)
        .param("window", settings.window().toSeconds())
        .param("radius", settings.radius())
        .param("max", MAX_CANDIDATES)
        .query(
            (rs, i) ->
                new Duplicate(
                    new CaseNumber(rs.getString(1)),
                    Reason.PLACE,
                    (int) Math.round(rs.getDouble(2))))
        .list();
  }

  private List<CaseNumber> samePetitioner(CaseNumber number, TextSignature signature) {
    Map<CaseNumber, TextSignature> candidates = new LinkedHashMap<>();
    jdbc.sql(
            """
            select b.case_number, s.signature
            from petition_case a join petition_case b
              on b.agency_code = a.agency_code and b.case_number <> a.case_number
             and not b.anonymous and b.status not in %s
             and b.filed_at between a.filed_at - :window * interval '1 second'
                 and a.filed_at + :window * interval '1 second'
            join petition_text_signature s on s.case_number = b.case_number
            where a.case_number = :n and not a.anonymous
            order by b.filed_at desc
            limit :max
            """
                .formatted(GONE))
        .param("n", number.value())
        .param("window", settings.window().toSeconds())
        .param("max", MAX_CANDIDATES)
        .query(
            rs -> {
              Array hashes = rs.getArray(2);
              Integer[] boxed = (Integer[]) hashes.getArray();
              int[] values = new int[boxed.length];
              for (int i = 0; i < boxed.length; i++) {
                values[i] = boxed[i];
              }
              candidates.put(new CaseNumber(rs.getString(1)), TextSignature.stored(values));
            });
    List<CaseNumber> similar = new ArrayList<>();
    candidates.forEach(
        (other, theirs) -> {
          if (signature.similarity(theirs) >= settings.similarity()) {
            similar.add(other);
          }
        });
    return similar.isEmpty() ? List.of() : cases.sameApplicant(number, similar);
  }
}

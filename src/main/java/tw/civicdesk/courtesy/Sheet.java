// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * One version of a phone-courtesy test sheet (電話禮貌測試量表, ADR 0054): its parts, items and grading
 * bands. A version is never changed: editing a sheet stores a new version, and a test keeps the
 * version it was scored with.
 *
 * @param id the version's id, what a test refers to
 * @param agency the agency whose sheet it is; {@code null} for the shared standard sheet
 * @param code the sheet's code, e.g. {@code STANDARD}; one agency's versions share it
 * @param version 1 for the first version, then counting up
 */
public record Sheet(
    long id,
    @Nullable AgencyCode agency,
    String code,
    int version,
    BilingualText name,
    Content content) {

  /** The code of the standard sheet every agency can test with from day one. */
  public static final String STANDARD = "STANDARD";

  /** The parts and bands of a sheet; a sheet's items add up to 100 points. */
  public record Content(List<Part> parts, List<Band> bands) {
    public Content {
      parts = List.copyOf(parts);
      bands = bands.stream().sorted(Comparator.comparing(Band::min).reversed()).toList();
    }

    /** Every item of every part, in order: the index a test's marks are given by. */
    public List<Item> items() {
      List<Item> all = new ArrayList<>();
      parts.forEach(p -> all.addAll(p.items()));
      return all;
    }

    /** The points all parts add up to. */
    public BigDecimal max() {
      return parts.stream().map(Part::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The band of {@code total}: the first, from the highest, whose minimum it reaches. */
    public Band band(BigDecimal total) {
      return bands.stream()
          .filter(b -> total.compareTo(b.min()) >= 0)
          .findFirst()
          .orElse(bands.get(bands.size() - 1));
    }

    /** The band with {@code code}, if the sheet has one. */
    public @Nullable Band band(String code) {
      return bands.stream().filter(b -> b.code().equals(code)).findFirst().orElse(null);
    }
  }

  /**
   * A part of the sheet, tested on its own or with the others: the switchboard (including the voice
   * system) or the business unit.
   */
  public record Part(String code, String zh, String en, List<Item> items) {
    public Part {
      items = List.copyOf(items);
    }

    public BilingualText name() {
      return new BilingualText(zh, en);
    }

    /** The points the part's items add up to. */
    public BigDecimal max() {
      return items.stream().map(Item::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The part's speed item, if it has one. */
    public @Nullable Item speed() {
      return items.stream().filter(i -> i.kind() == Kind.SPEED).findFirst().orElse(null);
    }
  }

  /** How an item is scored. */
  public enum Kind {
    /** The tester marks it from 0 to the item's scale; it scores points × mark ÷ scale. */
    MARK,
    /** Rings or seconds to answer; it scores the points of the first step reached. */
    SPEED
  }

  /**
   * An item of a part.
   *
   * @param points the most the item scores (its weight)
   * @param scale for a MARK item, the highest mark (e.g. 5); 0 for a SPEED item
   * @param steps for a SPEED item, from the fastest: answered within {@code rings} rings or {@code
   *     seconds} seconds scores {@code points}; slower than the last step scores 0
   */
  public record Item(
      String code,
      String zh,
      String en,
      Kind kind,
      BigDecimal points,
      int scale,
      @Nullable List<Step> steps) {

    public BilingualText name() {
      return new BilingualText(zh, en);
    }

    /** The steps of a SPEED item; none for a MARK item. */
    public List<Step> speedSteps() {
      return steps == null ? List.of() : steps;
    }
  }

  /** A step of a speed item: within this many rings or seconds, these points. */
  public record Step(int rings, int seconds, BigDecimal points) {}

  /** A grading band (等第): a total of at least {@code min} gets it. */
  public record Band(String code, BigDecimal min, String zh, String en) {
    public BilingualText name() {
      return new BilingualText(zh, en);
    }
  }
}

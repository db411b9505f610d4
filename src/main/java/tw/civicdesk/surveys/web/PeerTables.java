// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyType;
import tw.civicdesk.surveys.StandardDimension;
import tw.civicdesk.surveys.statistics.PeerComparison;
import tw.civicdesk.surveys.statistics.Satisfaction;

/**
 * The comparison as the page and the CSV show it: per kind of agency, one line per agency with its
 * overall figure and each service dimension's, rates and margins in per cent (points) with one
 * decimal, rounded half up.
 */
final class PeerTables {

  /** The dimensions beside the overall figure, in the order of the questionnaires. */
  static final List<StandardDimension> DIMENSIONS =
      List.of(
          StandardDimension.ENVIRONMENT,
          StandardDimension.COURTESY,
          StandardDimension.PROFESSIONALISM,
          StandardDimension.MEASURES);

  private PeerTables() {}

  /** One kind of agency. */
  record Table(AgencyType type, List<Line> lines) {

    /** Whether a chart has anything to draw: some agency shows some rate. */
    public boolean charted() {
      return lines.stream()
          .anyMatch(l -> l.overall().shows() || l.dimensions().stream().anyMatch(Figure::shows));
    }
  }

  /** One agency: its code and name, responses, threshold, overall and dimension figures. */
  record Line(
      String code,
      String name,
      long responses,
      int tooFewBelow,
      Figure overall,
      List<Figure> dimensions) {}

  /**
   * One figure.
   *
   * @param percent the satisfaction rate in per cent; {@code null} when n is 0
   * @param margin the conservative margin in points; {@code null} when n is 0
   * @param observed the margin at the observed rate in points; {@code null} when n is 0
   */
  record Figure(
      long n,
      @Nullable BigDecimal percent,
      @Nullable BigDecimal margin,
      @Nullable BigDecimal observed,
      boolean tooFew) {

    /** Whether the page shows the rate: some answers, not too few. */
    public boolean shows() {
      return n > 0 && !tooFew;
    }

    /** The rate for a chart or a CSV: empty unless {@link #shows()}. */
    public String shown() {
      return shows() && percent != null ? percent.toPlainString() : "";
    }

    static Figure of(Satisfaction s) {
      return new Figure(
          s.n(),
          PeerComparison.inPercent(s.satisfactionRate()),
          PeerComparison.inPercent(s.marginOfError()),
          PeerComparison.inPercent(s.marginOfErrorObserved()),
          s.tooFew());
    }
  }

  static List<Table> of(PeerComparison.Comparison comparison, Locale locale) {
    return comparison.groups().stream()
        .map(g -> new Table(g.type(), g.peers().stream().map(p -> line(p, locale)).toList()))
        .toList();
  }

  private static Line line(PeerComparison.Peer peer, Locale locale) {
    PeerComparison.AgencyFigures f = peer.figures();
    return new Line(
        peer.agency().code().value(),
        peer.agency().name().in(locale),
        f.responses(),
        f.tooFewBelow(),
        Figure.of(f.overall()),
        DIMENSIONS.stream().map(d -> Figure.of(f.dimension(d))).toList());
  }
}

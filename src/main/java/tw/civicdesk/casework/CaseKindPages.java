// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * A port: what a module that owns the rules of some kinds of case (the petitions module: petitions,
 * letters to the head, complaints, facility reports, media items) adds to the console's case page
 * and case list, where a catalogue service's form says nothing. Case work shows what it answers and
 * knows nothing else of those kinds. Callers have already checked that the viewer reaches the case.
 */
public interface CaseKindPages {

  /**
   * What the case page shows of case {@code number}, or empty when the case is not of a kind this
   * module speaks for.
   *
   * @param fields the case's form values as stored
   * @param revealed whether the viewer asked to see personal data (the read is already audited): a
   *     place at a home is shown whole only then
   */
  Optional<Particulars> particulars(
      CaseNumber number,
      Map<String, String> fields,
      boolean revealed,
      StaffPrincipal viewer,
      Locale locale);

  /** For a case list: what to show of each of {@code numbers} this module speaks for. */
  Map<CaseNumber, Row> rows(Collection<CaseNumber> numbers, Locale locale);

  /**
   * A case as the page shows it.
   *
   * @param title what the case is, in the page's language ("陳情：道路與交通"), where a service's name
   *     would be
   * @param lines the case's particulars, each with its label, in order
   * @param flags warnings for the officer, e.g. likely duplicates
   * @param links further steps on the module's own pages (record a rating, decide a reopening)
   * @param decideHref where the case is decided instead of the case page's own form, or {@code
   *     null}
   */
  record Particulars(
      String title,
      List<Line> lines,
      List<Flag> flags,
      List<Link> links,
      @Nullable String decideHref) {
    public Particulars {
      lines = List.copyOf(lines);
      flags = List.copyOf(flags);
      links = List.copyOf(links);
    }
  }

  /** One labelled value; {@code value} may hold line breaks. */
  record Line(String label, String value) {}

  /** A warning about case {@code other} (e.g. "same place and category, 20 m"). */
  record Flag(String text, CaseNumber other) {}

  /** A link with its text. */
  record Link(String text, String href) {}

  /**
   * One row of a case list.
   *
   * @param title what the case is, where a service's name would be
   * @param flagged whether the case has a warning for the officer (likely duplicates)
   */
  record Row(String title, boolean flagged) {}
}

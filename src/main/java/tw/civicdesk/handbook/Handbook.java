// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.handbook;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A handbook as text in one language, ready for the PDF and the ODT writers.
 *
 * @param agency the agency's name
 * @param title the book's title, e.g. 服務手冊
 * @param subtitle the unit's name for a unit's book, else {@code null}
 * @param generated the line saying when it was generated
 * @param contentsTitle the heading of the table of contents
 * @param chapters one per unit with published services, in the agency's unit order
 */
public record Handbook(
    String agency,
    String title,
    @Nullable String subtitle,
    LocalDate generatedOn,
    String generated,
    String contentsTitle,
    List<Chapter> chapters) {

  public Handbook {
    chapters = List.copyOf(chapters);
  }

  /** One unit's services, by name. */
  public record Chapter(String unit, List<Service> services) {
    public Chapter {
      services = List.copyOf(services);
    }
  }

  /** One service: its name and its sections in handbook order. */
  public record Service(String code, String name, List<Section> sections) {
    public Service {
      sections = List.copyOf(sections);
    }
  }

  /**
   * One labelled part of a service, e.g. 應備文件 with one line per document.
   *
   * @param numbered whether the lines are steps to number
   */
  public record Section(String label, List<String> lines, boolean numbered) {
    public Section {
      lines = List.copyOf(lines);
    }
  }
}

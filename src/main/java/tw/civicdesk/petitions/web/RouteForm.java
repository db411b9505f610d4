// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import org.jspecify.annotations.Nullable;
import tw.civicdesk.petitions.Route;

/**
 * The console form of a routing rule: a category, a place ({@link #place(String)}: "" anywhere,
 * "礁溪鄉" a district, "礁溪鄉|德陽村" a village) and the unit that takes its cases.
 */
public class RouteForm {

  private @Nullable String category;
  private String place = "";
  private @Nullable Long unitId;

  /** The place a select option's value names. */
  static Route.Where place(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return new Route.Where("", "");
    }
    int bar = value.indexOf('|');
    return bar < 0
        ? new Route.Where(value, "")
        : new Route.Where(value.substring(0, bar), value.substring(bar + 1));
  }

  /** The select option's value of {@code where}. */
  static String value(Route.Where where) {
    return where.village().isEmpty() ? where.district() : where.district() + "|" + where.village();
  }

  public @Nullable String getCategory() {
    return category;
  }

  public void setCategory(@Nullable String category) {
    this.category = category;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(@Nullable String place) {
    this.place = place == null ? "" : place;
  }

  public @Nullable Long getUnitId() {
    return unitId;
  }

  public void setUnitId(@Nullable Long unitId) {
    this.unitId = unitId;
  }
}

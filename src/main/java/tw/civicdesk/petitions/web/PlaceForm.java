// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import org.jspecify.annotations.Nullable;

/** The console form that adds a district (鄉鎮市區) or a village (村里) of the agency's area. */
public class PlaceForm {

  private @Nullable String district;
  private @Nullable String village;

  public @Nullable String getDistrict() {
    return district;
  }

  public void setDistrict(@Nullable String district) {
    this.district = district;
  }

  public @Nullable String getVillage() {
    return village;
  }

  public void setVillage(@Nullable String village) {
    this.village = village;
  }
}

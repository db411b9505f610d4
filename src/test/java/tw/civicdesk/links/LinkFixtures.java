// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.links.LinkViews.Link;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/** Links made through the real door, as the agency's administrator. */
public final class LinkFixtures {

  private LinkFixtures() {}

  /** A link of {@code agency}'s related sites to {@code url}, owned by its unit. */
  public static Link link(
      ApplicationContext context,
      TestOrganisation.Setup agency,
      LinkKind kind,
      String title,
      String url,
      LocalDate reviewOn,
      @Nullable String owner) {
    return context
        .getBean(Links.class)
        .create(
            agency.as(Role.AGENCY_ADMIN),
            agency.code(),
            new LinkCommands.Save(
                kind,
                title,
                "Title " + title,
                url,
                "",
                "",
                10,
                agency.unit().id(),
                owner,
                reviewOn));
  }
}

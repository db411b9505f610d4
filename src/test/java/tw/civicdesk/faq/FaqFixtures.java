// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.faq.FaqViews.StaffEntry;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/** FAQ entries made through the real door, as the agency's quality officer. */
public final class FaqFixtures {

  /** The category every fixture entry is filed under. */
  public static final String CATEGORY = "GENERAL";

  /** The internal note of every fixture entry: it must never be public. */
  public static final String NOTE = "內部註記：櫃檯先查驗身分證正本 secretnote";

  /** The SOP step of every fixture entry: it must never be public. */
  public static final String STEP = "步驟一：調閱系統 secretstep";

  private FaqFixtures() {}

  /** The code of the fixture entry {@code suffix} of {@code agency}. */
  public static String code(TestOrganisation.Setup agency, String suffix) {
    return agency.code().value() + "-FAQ-" + suffix;
  }

  /** An entry as written, with {@link #NOTE} and {@link #STEP}, reviewed a year on. */
  public static FaqCommands.Save save(
      TestOrganisation.Setup agency, String suffix, String question, String answer) {
    return new FaqCommands.Save(
        agency.code(),
        code(agency, suffix),
        CATEGORY,
        agency.unit().id(),
        question,
        "",
        answer,
        "",
        List.of(),
        NOTE,
        "Internal: check the ID card",
        List.of(STEP),
        List.of("Step 1: open the system"),
        LocalDate.now().plusYears(1));
  }

  /** Makes sure {@code agency} has the category {@link #CATEGORY}. */
  public static void category(ApplicationContext context, TestOrganisation.Setup agency) {
    Faq faq = context.getBean(Faq.class);
    if (faq.categories(agency.code()).stream().anyMatch(c -> c.code().equals(CATEGORY))) {
      return;
    }
    faq.saveCategory(
        agency.as(Role.QUALITY_OFFICER),
        new FaqCommands.SaveCategory(agency.code(), CATEGORY, "一般問題", "General", 10));
  }

  /** A draft entry. */
  public static StaffEntry draft(
      ApplicationContext context, TestOrganisation.Setup agency, String suffix, String question) {
    category(context, agency);
    return context
        .getBean(Faq.class)
        .create(
            agency.as(Role.QUALITY_OFFICER), save(agency, suffix, question, "<p>請攜帶身分證正本。</p>"));
  }

  /** A published entry. */
  public static StaffEntry published(
      ApplicationContext context, TestOrganisation.Setup agency, String suffix, String question) {
    StaffEntry draft = draft(context, agency, suffix, question);
    return context
        .getBean(Faq.class)
        .changeStatus(
            agency.as(Role.QUALITY_OFFICER),
            draft.entry().code(),
            draft.version(),
            FaqStatus.PUBLISHED);
  }
}

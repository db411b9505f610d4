// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.catalogue.ServiceContent.Fee;
import tw.civicdesk.catalogue.ServiceContent.RequiredDocument;
import tw.civicdesk.catalogue.ServiceContent.Step;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The demo catalogue: services that the five seed agencies ({@code shared/seeds/}) really handle,
 * with legal basis, steps, required documents, fee, channels and published time limit.
 *
 * <p>Fees and limits follow national rules where there are any (戶政規費收費標準, 鄉鎮市調解條例 §30, 政府資訊公開法 §12,
 * DOMAIN.md §1.4). The rest are typical of such offices; they are not quoted from the five
 * agencies' own tables. One file per agency keeps every file short: {@link DemoCatalogueJiaoxi},
 * {@link DemoCatalogueFengshan}, {@link DemoCatalogueYanshui}, {@link DemoCatalogueEastHealth},
 * {@link DemoCataloguePlanning} and, a second township under Yilan County, {@link
 * DemoCatalogueToucheng}.
 */
final class DemoCatalogue {

  private DemoCatalogue() {}

  /** One demo service: its code, owning agency and unit, and the content of its first version. */
  record DemoService(String code, String agencyCode, String unitCode, ServiceContent content) {}

  /** Every demo service of the five agencies, agency by agency. */
  static List<DemoService> services() {
    return Stream.of(
            DemoCatalogueJiaoxi.services(),
            DemoCatalogueFengshan.services(),
            DemoCatalogueYanshui.services(),
            DemoCatalogueEastHealth.services(),
            DemoCataloguePlanning.services(),
            DemoCatalogueToucheng.services())
        .flatMap(List::stream)
        .toList();
  }

  /** Starts a service of {@code agency}, owned by {@code unit}. */
  static ServiceBuilder service(String code, String agency, String unit, ServiceCategory category) {
    return new ServiceBuilder(code, agency, unit, category);
  }

  /** One option of a {@link ServiceBuilder#choiceField}. */
  static FormField.Choice choice(String value, String zh, String en) {
    return new FormField.Choice(value, t(zh, en));
  }

  private static BilingualText t(String zh, String en) {
    return new BilingualText(zh, en);
  }

  /**
   * A demo service written as a chain of calls, in the order a service page reads. Leaving out
   * {@link #limit} means the agency published no processing period (行政程序法 §51②).
   */
  static final class ServiceBuilder {

    private final String code;
    private final String agency;
    private final String unit;
    private final ServiceCategory category;
    private @Nullable BilingualText name;
    private @Nullable BilingualText summary;
    private @Nullable BilingualText description;
    private @Nullable BilingualText legalBasis;
    private final List<Step> steps = new ArrayList<>();
    private final List<RequiredDocument> documents = new ArrayList<>();
    private Fee fee = Fee.free();
    private Set<Channel> channels = Set.of();
    private @Nullable TimeLimit limit;
    private @Nullable TimeLimit target;
    private final List<FormField> fields = new ArrayList<>();

    private ServiceBuilder(String code, String agency, String unit, ServiceCategory category) {
      this.code = code;
      this.agency = agency;
      this.unit = unit;
      this.category = category;
    }

    ServiceBuilder name(String zh, String en) {
      name = t(zh, en);
      return this;
    }

    ServiceBuilder summary(String zh, String en) {
      summary = t(zh, en);
      return this;
    }

    ServiceBuilder description(String zh, String en) {
      description = t(zh, en);
      return this;
    }

    ServiceBuilder law(String zh, String en) {
      legalBasis = t(zh, en);
      return this;
    }

    /** The next step of the procedure. */
    ServiceBuilder step(String zh, String en) {
      steps.add(new Step(t(zh, en)));
      return this;
    }

    /** A document the applicant must bring on paper. */
    ServiceBuilder doc(String zh, String en) {
      documents.add(new RequiredDocument(t(zh, en), false));
      return this;
    }

    /** A document the office can check electronically instead (電子查驗, 書表減量). */
    ServiceBuilder eDoc(String zh, String en) {
      documents.add(new RequiredDocument(t(zh, en), true));
      return this;
    }

    ServiceBuilder fee(int amount, String zh, String en) {
      fee = new Fee(amount, t(zh, en));
      return this;
    }

    ServiceBuilder channels(Channel first, Channel... rest) {
      channels = EnumSet.of(first, rest);
      return this;
    }

    /** The published processing period. */
    ServiceBuilder limit(TimeLimit published) {
      limit = published;
      return this;
    }

    /** The internal handling target, shorter than the published period. */
    ServiceBuilder target(TimeLimit internal) {
      target = internal;
      return this;
    }

    /** A field of the online application form. */
    ServiceBuilder field(String fieldName, FieldType type, boolean required, String zh, String en) {
      fields.add(FormField.of(fieldName, type, required, t(zh, en)));
      return this;
    }

    /** A choice field of the online application form; choices are made with {@link #choice}. */
    ServiceBuilder choiceField(
        String fieldName, boolean required, String zh, String en, FormField.Choice... choices) {
      fields.add(new FormField(fieldName, FieldType.CHOICE, required, t(zh, en), List.of(choices)));
      return this;
    }

    /** The fields written by {@code form}, for a form too long to sit in the service's chain. */
    ServiceBuilder fields(java.util.function.UnaryOperator<ServiceBuilder> form) {
      return form.apply(this);
    }

    /**
     * The fields of the request form of 政府資訊公開法 §10: the information wanted, what it is for, and
     * how to receive it (閱覽、抄錄、複製、電子傳遞).
     */
    ServiceBuilder govInfoRequestFields() {
      field(
          "description",
          FieldType.PARAGRAPH,
          true,
          "申請政府資訊之內容描述（名稱、文號、日期或其他足以特定之事項）",
          "The information you want: its title, reference number, date or anything else that "
              + "identifies it");
      field("purpose", FieldType.TEXT, true, "申請用途", "What you will use it for");
      return choiceField(
          "delivery",
          true,
          "提供方式",
          "How to receive it",
          choice("read", "閱覽", "Read it at the office"),
          choice("transcribe", "抄錄", "Copy it by hand at the office"),
          choice("paper", "複製（紙本，郵寄或自取）", "Paper copy, by post or collected"),
          choice("electronic", "電子傳遞（電子郵件）", "Electronic copy by e-mail"));
    }

    DemoService build() {
      if (name == null
          || summary == null
          || description == null
          || legalBasis == null
          || steps.size() < 3
          || steps.size() > 6
          || documents.isEmpty()
          || documents.size() > 6
          || channels.isEmpty()) {
        throw new IllegalStateException("Incomplete demo service " + code);
      }
      if (channels.contains(Channel.ONLINE) && fields.stream().noneMatch(FormField::required)) {
        throw new IllegalStateException(
            "An online demo service asks for what its form asks: " + code);
      }
      return new DemoService(
          code,
          agency,
          unit,
          new ServiceContent(
              name,
              summary,
              description,
              category,
              legalBasis,
              steps,
              documents,
              List.of(),
              fee,
              channels,
              limit,
              target,
              fields));
    }
  }
}

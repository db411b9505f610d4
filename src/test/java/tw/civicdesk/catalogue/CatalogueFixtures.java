// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.util.List;
import java.util.Set;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.catalogue.ServiceContent.Fee;
import tw.civicdesk.catalogue.ServiceContent.RequiredDocument;
import tw.civicdesk.catalogue.ServiceContent.Step;
import tw.civicdesk.platform.i18n.BilingualText;

/** Service contents for tests. */
public final class CatalogueFixtures {

  private CatalogueFixtures() {}

  /**
   * Publishes {@link #lowIncomeCertificate()} for {@code agency}'s unit under the code {@code
   * <agency>-LOW-INCOME}, as its quality officer; answers the code.
   */
  public static ServiceCode publishLowIncomeCertificate(
      org.springframework.context.ApplicationContext context,
      tw.civicdesk.organisation.TestOrganisation.Setup agency) {
    ServiceCode code = new ServiceCode(agency.code().value() + "-LOW-INCOME");
    CatalogueEditing editing = context.getBean(CatalogueEditing.class);
    var officer = agency.as(tw.civicdesk.organisation.Role.QUALITY_OFFICER);
    var entry =
        editing.create(officer, agency.code(), code, agency.unit().id(), lowIncomeCertificate());
    editing.publish(officer, code, entry.revision());
    return code;
  }

  /**
   * A realistic service: two steps, three documents (one e-verifiable), counter and online, and
   * {@link #certificateFields()} on its application form.
   */
  public static ServiceContent lowIncomeCertificate() {
    return new ServiceContent(
        new BilingualText("低收入戶證明申請", "Low-income household certificate"),
        new BilingualText("申請低收入戶證明書。", "Apply for a low-income household certificate."),
        new BilingualText("符合社會救助法資格者可申請證明。", "For households that qualify."),
        ServiceCategory.SOCIAL_WELFARE,
        new BilingualText("社會救助法", "Public Assistance Act"),
        List.of(
            new Step(new BilingualText("填寫申請書", "Fill in the form")),
            new Step(new BilingualText("臨櫃或線上送件", "Hand it in"))),
        List.of(
            new RequiredDocument(new BilingualText("身分證", "ID card"), false),
            new RequiredDocument(new BilingualText("戶籍謄本", "Household transcript"), true),
            new RequiredDocument(new BilingualText("印章", "Seal"), false)),
        List.of(),
        Fee.free(),
        Set.of(Channel.COUNTER, Channel.ONLINE),
        TimeLimit.workingDays(3),
        TimeLimit.workingDays(1),
        certificateFields());
  }

  /**
   * The form of a certificate request: a required national ID, a required purpose (CHOICE of {@code
   * fees}, {@code subsidy}, {@code other}) and an optional number of copies.
   */
  public static List<FormField> certificateFields() {
    return List.of(
        FormField.of(
            "nationalId",
            FieldType.NATIONAL_ID,
            true,
            new BilingualText("身分證統一編號", "National ID number")),
        new FormField(
            "purpose",
            FieldType.CHOICE,
            true,
            new BilingualText("用途", "Purpose"),
            List.of(
                new FormField.Choice("fees", new BilingualText("規費減免", "Fee waiver")),
                new FormField.Choice("subsidy", new BilingualText("申請補助", "Subsidy")),
                new FormField.Choice("other", new BilingualText("其他", "Other")))),
        FormField.of("copies", FieldType.NUMBER, false, new BilingualText("份數", "Copies")));
  }

  /** A counter-only service with no published time limit (the statutory two months apply). */
  public static ServiceContent withoutTimeLimit(String nameZh) {
    ServiceContent base = lowIncomeCertificate();
    return new ServiceContent(
        new BilingualText(nameZh, "Other"),
        base.summary(),
        base.description(),
        ServiceCategory.OTHER,
        base.legalBasis(),
        List.of(),
        List.of(new RequiredDocument(new BilingualText("申請書", "Form"), false)),
        List.of(),
        new Fee(15, new BilingualText("每張 15 元", "NT$15 a page")),
        Set.of(Channel.COUNTER),
        null,
        null,
        List.of());
  }
}

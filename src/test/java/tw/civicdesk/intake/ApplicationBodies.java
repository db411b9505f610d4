// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import tw.civicdesk.catalogue.ServiceCode;

/**
 * JSON bodies of {@code POST /api/v1/cases} for tests; e-mail addresses end in {@code .invalid}.
 */
public final class ApplicationBodies {

  private ApplicationBodies() {}

  /**
   * An online application for {@code service} — the low-income certificate of {@code
   * CatalogueFixtures.lowIncomeCertificate()} — by an applicant named {@code name} (inserted as
   * given, so a test may put JSON escapes such as {@code \\u0000} in it), with consent.
   */
  public static String lowIncome(ServiceCode service, String name) {
    return """
        {"serviceCode": "%s",
         "applicant": {"name": "%s", "email": "lin@example.invalid", "phone": "0912345678",
                       "language": "zh-TW"},
         "fields": {"nationalId": "a123456789", "purpose": "fees"}, "consent": true}
        """
        .formatted(service.value(), name);
  }
}

// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tw.civicdesk.platform.address.PublicAddress;

/** Links in messages start with the site's address, or are left out when none is known. */
class MessageLinksTests {

  @Test
  void withoutASettingOrARequestAMessageHasNoLinkRatherThanAGuessedHost() {
    assertThat(new MessageLinks(PublicAddress.of("")).link("/console/notifications")).isNull();
    assertThat(new MessageLinks(PublicAddress.of("https://desk.yilan.example/")).link("/track"))
        .isEqualTo("https://desk.yilan.example/track");
    assertThat(new MessageLinks(PublicAddress.of("https://civicdesk.example.tw/")).link("/x"))
        .isEqualTo("https://civicdesk.example.tw/x");
  }
}

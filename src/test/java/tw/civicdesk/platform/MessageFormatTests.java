// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Messages with numbers read naturally in both languages. */
class MessageFormatTests {

  private final ResourceBundleMessageSource messages = source();

  private static ResourceBundleMessageSource source() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  private String en(String key, Object... args) {
    return messages.getMessage(key, args, Locale.ENGLISH);
  }

  @Test
  void englishTimeLimitsAgreeInNumber() {
    assertThat(en("catalogue.limit.HOURS", 1)).isEqualTo("within 1 hour");
    assertThat(en("catalogue.limit.WORKING_DAYS", 1)).isEqualTo("1 working day");
    assertThat(en("catalogue.limit.WORKING_DAYS", 6)).isEqualTo("6 working days");
    assertThat(en("catalogue.limit.CALENDAR_DAYS", 30)).isEqualTo("30 calendar days");
    assertThat(en("catalogue.services.results", 0)).isEqualTo("No services");
  }

  @Test
  void chineseTimeLimitsReadAsWritten() {
    assertThat(messages.getMessage("catalogue.limit.WORKING_DAYS", new Object[] {3}, Locale.TAIWAN))
        .isEqualTo("3 個工作天");
  }
}

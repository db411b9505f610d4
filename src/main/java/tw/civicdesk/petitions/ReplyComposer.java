// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.Decision;

/**
 * Composes a reply's text from its parts, in the case's language: each part under its heading
 * (具體處理情形, 法規依據, 救濟途徑), a closure without processing opened by its §173 ground. This text is the
 * decision's public note: the petitioner reads it in the notice and on the tracking page.
 */
@Component
class ReplyComposer {

  private final MessageSource messages;

  ReplyComposer(MessageSource messages) {
    this.messages = messages;
  }

  /** The reply's text, parts already checked and stripped ("" for a part left out). */
  String compose(
      Decision outcome,
      @Nullable ClosureGround ground,
      String handling,
      String legalBasis,
      String remedy,
      Locale language) {
    List<String> blocks = new ArrayList<>();
    if (outcome == Decision.NOT_PROCESSED && ground != null) {
      blocks.add(
          text("replies.compose.ground", language, text("replies.ground." + ground, language)));
    }
    part(blocks, "replies.compose.handling." + outcome.name(), handling, language);
    part(blocks, "replies.compose.legal-basis", legalBasis, language);
    part(blocks, "replies.compose.remedy", remedy, language);
    return String.join("\n\n", blocks);
  }

  private void part(List<String> blocks, String heading, String value, Locale language) {
    if (!value.isEmpty()) {
      blocks.add(text(heading, language) + "\n" + value);
    }
  }

  private String text(String key, Locale language, Object... args) {
    return messages.getMessage(key, args, language);
  }
}

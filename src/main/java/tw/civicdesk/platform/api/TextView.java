// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.i18n.BilingualText;

/** A text in both languages on the JSON API, keyed {@code zh-TW} and {@code en}. */
public record TextView(@JsonProperty("zh-TW") String zhTw, @JsonProperty("en") String en) {

  public static TextView of(BilingualText text) {
    return new TextView(text.zh(), text.en());
  }

  public static @Nullable TextView ofNullable(@Nullable BilingualText text) {
    return text == null ? null : of(text);
  }
}

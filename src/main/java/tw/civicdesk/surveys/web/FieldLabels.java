// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * The name of a builder field for the error summary ("第 3 題 題目（中文）"), from its property path:
 * {@code questions[2].text.zh}, {@code questions[2].choices[1].text.en}, {@code
 * ownDimensions[0].code}, {@code title.zh}. The pages reach it as {@code ${labels.of(path)}}.
 */
public final class FieldLabels {

  private static final Pattern QUESTION = Pattern.compile("questions\\[(\\d+)]\\.(.+)");
  private static final Pattern CHOICE = Pattern.compile("choices\\[(\\d+)]\\.(?:text\\.)?(.+)");
  private static final Pattern DIMENSION = Pattern.compile("ownDimensions\\[(\\d+)]\\.(.+)");

  private final MessageSource messages;
  private final Locale locale;

  FieldLabels(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  /** The field's name, or its path when it has none. */
  public String of(String path) {
    Matcher question = QUESTION.matcher(path);
    if (question.matches()) {
      return message(
          "survey-builder.field.in-question", number(question.group(1)), part(question.group(2)));
    }
    Matcher dimension = DIMENSION.matcher(path);
    if (dimension.matches()) {
      return message(
          "survey-builder.field.in-dimension",
          number(dimension.group(1)),
          message("survey-builder.field.dimension." + dimension.group(2)));
    }
    return message("survey-builder.field." + path);
  }

  private String part(String rest) {
    Matcher choice = CHOICE.matcher(rest);
    if (choice.matches()) {
      return message("survey-builder.field.choice." + choice.group(2), number(choice.group(1)));
    }
    return message("survey-builder.field." + rest);
  }

  private static int number(String index) {
    return Integer.parseInt(index) + 1;
  }

  private String message(String key, Object... arguments) {
    String text = messages.getMessage(key, arguments, null, locale);
    return text == null ? key.substring(key.lastIndexOf('.') + 1) : text;
  }
}

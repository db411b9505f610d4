// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The template library a quality officer starts a survey from, kept as data in {@code
 * classpath:surveys/templates/*.json}: the standard counter survey (臨櫃服務滿意度調查), the post-case
 * survey (案件辦理滿意度調查) and the staff survey (內部同仁滿意度調查). Their Likert questions use the standard
 * dimensions (DOMAIN.md §5) and end with an overall question, so that agencies starting from them
 * compare like with like; the staff survey shows an agency's own dimension (組織氛圍). Every template
 * passes {@link Questionnaire#problems()} (a test holds it).
 */
public final class SurveyTemplates {

  /** One template: an id, the purpose a survey made from it has, and its questionnaire. */
  public record SurveyTemplate(String id, SurveyPurpose purpose, Questionnaire questionnaire) {}

  /** The file format: a questionnaire with its id and purpose. */
  private record TemplateFile(
      String id,
      SurveyPurpose purpose,
      BilingualText title,
      @Nullable BilingualText intro,
      List<Question> questions,
      List<OwnDimension> ownDimensions) {}

  private static final List<String> IDS = List.of("counter", "post-case", "staff");

  private static final List<SurveyTemplate> ALL = IDS.stream().map(SurveyTemplates::load).toList();

  private SurveyTemplates() {}

  /** Every template, in the library's order. */
  public static List<SurveyTemplate> all() {
    return ALL;
  }

  /** The template with {@code id}, if there is one. */
  public static Optional<SurveyTemplate> find(String id) {
    return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  private static SurveyTemplate load(String id) {
    try (InputStream in =
        new ClassPathResource("surveys/templates/" + id + ".json").getInputStream()) {
      TemplateFile file = JsonMapper.builder().build().readValue(in, TemplateFile.class);
      return new SurveyTemplate(
          file.id(),
          file.purpose(),
          new Questionnaire(file.title(), file.intro(), file.questions(), file.ownDimensions()));
    } catch (IOException e) {
      throw new UncheckedIOException("The survey template " + id + " cannot be read", e);
    }
  }
}

// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The demo FAQ files (written apart from the loader) load as they are: well-formed codes unique
 * across files, every entry in a category of its file, Chinese question and answer, and answers
 * that use only the markup the sanitizer keeps (so that cleaning changes nothing but adding {@code
 * rel="noopener"} to links).
 */
class DemoFaqFilesTests {

  @Test
  void everyDemoFileLoadsWithoutLosingAnything() throws IOException {
    Resource[] files =
        new PathMatchingResourcePatternResolver().getResources("classpath*:demo/faq/*.json");
    assertThat(files).isNotEmpty();
    Set<String> codes = new HashSet<>();
    int entries = 0;
    for (Resource file : files) {
      DemoFaqLoader.DemoFile demo = DemoFaqLoader.parse(read(file));
      assertThat(file.getFilename()).isEqualTo(demo.agency() + ".json");
      Set<String> categories = new HashSet<>();
      demo.categories().forEach(c -> categories.add(c.code()));
      for (DemoFaqLoader.DemoEntry e : demo.entries()) {
        String where = file.getFilename() + " " + e.code();
        assertThat(FaqCode.parse(e.code()))
            .as(where)
            .hasValueSatisfying(c -> assertThat(c.value()).isEqualTo(e.code()));
        assertThat(codes.add(e.code())).as(where + " is unique").isTrue();
        assertThat(categories).as(where).contains(e.category());
        assertThat(e.question().zhOr()).as(where).isNotBlank();
        for (String answer : List.of(e.answer().zhOr(), e.answer().enOr())) {
          String kept = AnswerHtml.clean(answer);
          assertThat(AnswerHtml.plain(kept)).as(where).isEqualTo(AnswerHtml.plain(answer));
          assertThat(kept.replace(" rel=\"noopener\"", "").replaceAll("\\s", ""))
              .as(where)
              .isEqualTo(answer.replaceAll("\\s", "").replace("<br/>", "<br>"));
        }
        entries++;
      }
    }
    assertThat(entries).isGreaterThanOrEqualTo(60);
  }

  private static String read(Resource file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

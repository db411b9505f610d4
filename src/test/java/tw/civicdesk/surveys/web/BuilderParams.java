// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import java.util.Map;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tw.civicdesk.surveys.Choice;
import tw.civicdesk.surveys.OwnDimension;
import tw.civicdesk.surveys.Question;
import tw.civicdesk.surveys.Questionnaire;

/** The parameters the builder's form posts for a questionnaire, as a browser would send them. */
final class BuilderParams {

  private BuilderParams() {}

  static MultiValueMap<String, String> of(Questionnaire q) {
    MultiValueMap<String, String> p = new LinkedMultiValueMap<>();
    p.add("title.zh", q.title().zh());
    p.add("title.en", q.title().en());
    p.add("intro.zh", q.intro() == null ? "" : q.intro().zh());
    p.add("intro.en", q.intro() == null ? "" : q.intro().en());
    for (int i = 0; i < q.ownDimensions().size(); i++) {
      OwnDimension d = q.ownDimensions().get(i);
      String f = "ownDimensions[" + i + "].";
      p.add(f + "code", d.code());
      p.add(f + "name.zh", d.name().zh());
      p.add(f + "name.en", d.name().en());
    }
    for (int i = 0; i < q.questions().size(); i++) {
      question(p, "questions[" + i + "].", q.questions().get(i));
    }
    p.add("newKind", "LIKERT5");
    return p;
  }

  private static void question(MultiValueMap<String, String> p, String f, Question q) {
    p.add(f + "id", q.id());
    p.add(f + "kind", q.kind().name());
    p.add(f + "dimension", q.dimension() == null ? "" : q.dimension());
    if (q.required()) {
      p.add(f + "required", "true");
    }
    p.add("_" + f + "required", "on");
    if (q.notApplicable()) {
      p.add(f + "notApplicable", "true");
    }
    p.add("_" + f + "notApplicable", "on");
    p.add(f + "text.zh", q.text().zh());
    p.add(f + "text.en", q.text().en());
    for (int j = 0; j < q.choices().size(); j++) {
      Choice c = q.choices().get(j);
      p.add(f + "choices[" + j + "].code", c.code());
      p.add(f + "choices[" + j + "].text.zh", c.text().zh());
      p.add(f + "choices[" + j + "].text.en", c.text().en());
    }
    p.add(f + "min", q.min() == null ? "" : q.min().toPlainString());
    p.add(f + "max", q.max() == null ? "" : q.max().toPlainString());
  }

  /** {@code params} with {@code name} set to {@code value} alone. */
  static MultiValueMap<String, String> with(
      MultiValueMap<String, String> params, Map<String, String> changes) {
    MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(params);
    changes.forEach(copy::set);
    return copy;
  }
}

// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.input;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.bind.annotation.RequestMethod;
import tw.civicdesk.platform.input.CorpusRequests.Req;
import tw.civicdesk.surveys.SurveyFixtures;

/**
 * Valid requests for the public doors of issue 19 — the survey API, the online and post-case survey
 * pages, the kiosk — for {@link PublicInputCorpusTests}; {@code survey} is an open counter survey
 * of the corpus agency.
 */
final class SurveyCorpus {

  private SurveyCorpus() {}

  static void bases(
      Map<String, Supplier<Req>> b, String agency, String survey, String number, String code) {
    RequestMethod get = RequestMethod.GET;
    RequestMethod post = RequestMethod.POST;
    b.put("GET /api/v1/surveys", () -> new Req(get, "/api/v1/surveys").param("agency", agency));
    b.put(
        "POST /api/v1/surveys/{code}/responses",
        () ->
            new Req(post, "/api/v1/surveys/{code}/responses").path("code", survey).json(answer()));
    // The counter kiosk (ADR 0046): without a registered device's cookie every request is refused
    // (403, or 404 for a link that names no waiting kiosk) after the text check has run.
    b.put("GET /kiosk", () -> new Req(get, "/kiosk"));
    b.put(
        "POST /kiosk",
        () -> {
          Req req = new Req(post, "/kiosk").param("clientKey", java.util.UUID.randomUUID() + "");
          SurveyFixtures.counterAnswers(4)
              .forEach((id, value) -> req.param("answers[" + id + "]", value.toString()));
          return req.header("Accept", "text/html");
        });
    b.put("GET /kiosk/thanks", () -> new Req(get, "/kiosk/thanks"));
    String link = "kioskLinkOfNoKiosk-0123456789abcdefghijklmn";
    b.put(
        "GET /kiosk/activate/{token}",
        () -> new Req(get, "/kiosk/activate/{token}").path("token", link));
    b.put(
        "POST /kiosk/activate/{token}",
        () -> new Req(post, "/kiosk/activate/{token}").path("token", link));
    pages(b, survey, number, code);
  }

  /** The online survey page, its thanks, and the post-case page (the tracked case's number). */
  private static void pages(
      Map<String, Supplier<Req>> b, String survey, String number, String code) {
    RequestMethod get = RequestMethod.GET;
    RequestMethod post = RequestMethod.POST;
    b.put("GET /surveys/{code}", () -> new Req(get, "/surveys/{code}").path("code", survey));
    b.put(
        "POST /surveys/{code}",
        () -> {
          Req r = new Req(post, "/surveys/{code}").path("code", survey).param("via", "qr");
          SurveyFixtures.counterAnswers(4)
              .forEach((id, points) -> r.param("answers[" + id + "]", String.valueOf(points)));
          return r.param("answers[comment]", "等候區冷氣很舒服");
        });
    b.put(
        "GET /surveys/{code}/thanks",
        () -> new Req(get, "/surveys/{code}/thanks").path("code", survey));
    b.put("GET /surveys/case", () -> new Req(get, "/surveys/case").param("number", number));
    b.put(
        "POST /surveys/case",
        () ->
            new Req(post, "/surveys/case")
                .param("number", number)
                .param("code", code)
                .param("answers[overall]", "5"));
    b.put("GET /surveys/case/thanks", () -> new Req(get, "/surveys/case/thanks"));
  }

  private static Map<String, Object> answer() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("channel", "ONLINE");
    Map<String, Object> answers = SurveyFixtures.counterAnswers(4);
    answers.put("comment", "等候區冷氣很舒服");
    body.put("answers", answers);
    return body;
  }
}

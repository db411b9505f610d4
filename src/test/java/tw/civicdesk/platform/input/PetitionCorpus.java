// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.input;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.web.bind.annotation.RequestMethod;
import tw.civicdesk.platform.input.CorpusRequests.Req;

/**
 * Valid requests for the public doors of issue 18 — the feedback question pages, the public report
 * list and me-too, the petitioner's rating — for {@link PublicInputCorpusTests}. A question page
 * without a draft in its session starts over; that is still a door the corpus must not break.
 */
final class PetitionCorpus {

  private PetitionCorpus() {}

  static void bases(
      Map<String, Supplier<Req>> b, String agency, String report, String number, String code) {
    RequestMethod get = RequestMethod.GET;
    RequestMethod post = RequestMethod.POST;
    b.put("GET /feedback", () -> new Req(get, "/feedback").param("change", "kind"));
    b.put(
        "POST /feedback",
        () -> new Req(post, "/feedback").param("agency", agency).param("kind", "FACILITY_REPORT"));
    for (String page : java.util.List.of("category", "where", "details", "you")) {
      b.put("GET /feedback/" + page, () -> new Req(get, "/feedback/" + page));
    }
    b.put(
        "POST /feedback/category",
        () -> new Req(post, "/feedback/category").param("category", "pothole"));
    b.put(
        "POST /feedback/where",
        () ->
            new Req(post, "/feedback/where")
                .param("address", "礁溪路五段")
                .param("lat", "24.8271")
                .param("lon", "121.7712"));
    b.put(
        "POST /feedback/details",
        () ->
            new Req(post, "/feedback/details")
                .param("subject", "路燈不亮")
                .param("description", "第三盞路燈從上週起不亮。"));
    b.put(
        "POST /feedback/you", () -> new Req(post, "/feedback/you").param("identify", "anonymous"));
    b.put("GET /feedback/nearby", () -> new Req(get, "/feedback/nearby"));
    b.put("POST /feedback/nearby", () -> new Req(post, "/feedback/nearby").param("change", ""));
    b.put("GET /feedback/photos", () -> new Req(get, "/feedback/photos"));
    b.put("POST /feedback/photos", () -> new Req(post, "/feedback/photos").param("change", ""));
    b.put(
        "GET /feedback/photos/{id}",
        () -> new Req(get, "/feedback/photos/{id}").path("id", UUID.randomUUID().toString()));
    b.put(
        "POST /feedback/photos/{id}/remove",
        () ->
            new Req(post, "/feedback/photos/{id}/remove").path("id", UUID.randomUUID().toString()));
    b.put("GET /feedback/check", () -> new Req(get, "/feedback/check"));
    b.put(
        "POST /feedback/check",
        () -> new Req(post, "/feedback/check").param("draft", UUID.randomUUID().toString()));
    b.put(
        "GET /feedback/filed/{number}",
        () -> new Req(get, "/feedback/filed/{number}").path("number", report));
    b.put(
        "GET /reports",
        () ->
            new Req(get, "/reports")
                .param("agency", agency)
                .param("category", "street-light")
                .param("status", "open"));
    b.put("GET /reports/{number}", () -> new Req(get, "/reports/{number}").path("number", report));
    b.put(
        "POST /reports/{number}/follow",
        () ->
            new Req(post, "/reports/{number}/follow")
                .path("number", report)
                .param("email", "follow@example.invalid")
                .param("consent", "true"));
    b.put("GET /petitions/rating", () -> new Req(get, "/petitions/rating").param("number", number));
    b.put(
        "POST /petitions/rating",
        () ->
            new Req(post, "/petitions/rating")
                .param("number", number)
                .param("code", code)
                .param("score", "4")
                .param("comment", "處理得很快"));
  }
}

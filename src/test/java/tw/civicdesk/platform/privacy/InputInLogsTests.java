// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;

/**
 * What a client sends that does not convert — a national ID in a number's place, a phone number as
 * a date — is refused without being quoted in the log (the leak the S8 scan found: Spring's
 * handler-exception warnings quoted the value).
 */
@IntegrationTest
class InputInLogsTests {

  @Autowired MockMvc mvc;

  @Test
  void aValueThatDoesNotConvertIsRefusedAndNotQuotedInTheLog() throws Exception {
    PersonalDataScan.drain();
    int page =
        mvc.perform(get("/api/v1/services").param("page", "F131563841"))
            .andReturn()
            .getResponse()
            .getStatus();
    int filing =
        mvc.perform(
                post("/api/v1/cases")
                    .header("Idempotency-Key", "log-leak-0001")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"serviceCode\": \"X\", \"receivedOn\": \"0912-345-679\", \"consent\":"
                            + " \"leak@example.invalid\"}"))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(page).isBetween(400, 499);
    assertThat(filing).isBetween(400, 499);
    assertThat(PersonalDataScan.drain()).as("nothing the client sent is in a log line").isEmpty();
  }
}

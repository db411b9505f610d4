// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The address rules (ADR 0064): only http and https with a host and no user information; with
 * private addresses refused, every spelling of an internal address tried here is refused at entry,
 * and the check connects to none — not even when a public page would redirect there.
 */
class LinkAddressTests {

  @Test
  void onlyHttpAndHttpsAddressesWithAHostAreAccepted() {
    assertThat(LinkAddress.parse("https://www.cwa.gov.tw/", false).ok()).isTrue();
    assertThat(LinkAddress.parse("http://140.112.8.116/x?y=1", false).ok()).isTrue();
    List<String> refused =
        List.of(
            "",
            "ftp://ftp.example.org/",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "data:text/html,hi",
            "https://user:secret@www.example.org/",
            "https:///nohost",
            "www.example.org",
            "https://www.example.org/a b");
    for (String url : refused) {
      assertThat(LinkAddress.parse(url, true).ok()).as(url).isFalse();
    }
  }

  @Test
  void internalAddressesAreRefusedUnlessAllowed() {
    List<String> internal =
        List.of(
            "http://localhost:8080/",
            "http://LOCALHOST/",
            "http://app.localhost/",
            "http://127.0.0.1/",
            "http://127.1.2.3/",
            "http://10.0.0.5/",
            "http://172.16.3.4/",
            "http://192.168.1.1/",
            "http://169.254.169.254/latest/meta-data/",
            "http://100.64.0.1/",
            "http://0.0.0.0/",
            "http://[::1]/",
            "http://[fd00::1]/",
            "http://[fe80::1]/",
            "http://[::ffff:127.0.0.1]/",
            "http://metadata.google.internal/");
    for (String url : internal) {
      LinkAddress.Parsed parsed = LinkAddress.parse(url, false);
      assertThat(parsed.problem()).as(url).isEqualTo("links.url.private");
      assertThat(LinkAddress.parse(url, true).ok()).as(url + " allowed").isTrue();
    }
    assertThat(internal).hasSize(16);
  }

  @Test
  void theCheckConnectsToNoInternalAddressWhenTheyAreRefused() {
    try (LinkTestServer site = LinkTestServer.start()) {
      LinkProbe guarded =
          new LinkProbe(
              new LinksSettings(
                  "-", Duration.ofSeconds(1), Duration.ofSeconds(1), 5, Duration.ZERO, false));
      LinkProbe.Outcome outcome = guarded.check(URI.create(site.url("/good")));
      assertThat(outcome.problem()).isEqualTo(LinkProbe.Problem.REFUSED_ADDRESS);
      assertThat(site.requests()).isEmpty();

      // With private addresses allowed, a redirect is followed hop by hop and each hop judged:
      // the same probe refuses where an allowed one follows.
      LinkProbe open =
          new LinkProbe(
              new LinksSettings(
                  "-", Duration.ofSeconds(1), Duration.ofSeconds(1), 5, Duration.ZERO, true));
      assertThat(open.check(URI.create(site.url("/chain-1"))).good()).isTrue();
      assertThat(site.requests()).contains("HEAD /chain-1", "HEAD /good");
    }
  }

  @Test
  void oneRedirectTooManyBreaksTheLink() {
    try (LinkTestServer site = LinkTestServer.start()) {
      LinkProbe strict =
          new LinkProbe(
              new LinksSettings(
                  "-", Duration.ofSeconds(1), Duration.ofSeconds(1), 2, Duration.ZERO, true));
      LinkProbe.Outcome outcome = strict.check(URI.create(site.url("/chain-1")));
      assertThat(outcome.problem()).isEqualTo(LinkProbe.Problem.TOO_MANY_REDIRECTS);
      assertThat(outcome.redirects()).hasSize(2);
      assertThat(site.requests()).doesNotContain("HEAD /good");
    }
  }
}

// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.web;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For benchmarks only: {@code GET /bench/empty} answers 204 with no body and touches nothing, so
 * that {@code benchmarks/tracking.sh} can measure "an empty Spring endpoint on the same machine"
 * (QUALITY.md P3) through the same Tomcat, security filter chain and Spring MVC as every real
 * request. It exists only when the Spring profile {@code benchmark} is active, which no shipped
 * configuration sets; otherwise there is no such bean and the path answers 404 like any unknown
 * one. The security chain lets it through by its catch-all {@code anyRequest().permitAll()}, which
 * is harmless: the path has no handler outside the profile.
 */
@RestController
@Profile("benchmark")
class BenchmarkEndpoint {

  @GetMapping("/bench/empty")
  ResponseEntity<Void> empty() {
    return ResponseEntity.noContent().build();
  }
}

// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The engine contract against a real OpenSearch cluster with the {@code analysis-icu} plugin, run
 * only when {@code -Dcivicdesk.test.opensearch-url=http://localhost:9200} is given (the index
 * {@code civicdesk-contract-test} is dropped and recreated). No such cluster runs in CI (ADR 0051).
 */
@EnabledIfSystemProperty(named = "civicdesk.test.opensearch-url", matches = ".+")
class OpenSearchContractTests extends SearchEngineContract {

  @Override
  SearchEngine newEngine() {
    return new OpenSearchIndex(
        new SearchSettings.OpenSearch(
            System.getProperty("civicdesk.test.opensearch-url"), "civicdesk-contract-test"));
  }
}

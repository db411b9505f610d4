// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Starts CivicDesk: the public site, the staff console and the JSON API in one process. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "CivicDesk", sharedModules = "platform")
public class CivicDeskApplication {

  public static void main(String[] args) {
    SpringApplication.run(CivicDeskApplication.class, args);
  }
}

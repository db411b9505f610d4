// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing: Spring Security's delegating encoder (bcrypt today, with the algorithm id
 * stored in the hash so that a later upgrade re-hashes on sign-in).
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}

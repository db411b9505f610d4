// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.privacy;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scan's hooks in every application context the tests start (a configuration in the test
 * sources under the application's package, so component scanning picks it up for every test that
 * boots the application): the {@link PublicPageScanFilter} just inside Spring Security, and the
 * query from which {@link PersonalDataScan} learns the applicants' names and phone numbers filed in
 * this run.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataScanning {

  @Bean
  FilterRegistrationBean<PublicPageScanFilter> publicPageScan() {
    FilterRegistrationBean<PublicPageScanFilter> filter =
        new FilterRegistrationBean<>(new PublicPageScanFilter());
    filter.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
    return filter;
  }

  @Bean
  InitializingBean personalDataNames(JdbcClient jdbc) {
    return () ->
        PersonalDataScan.learnFrom(
            () ->
                jdbc.sql(
                        """
        select name from casework_applicant
        union select phone from casework_applicant where phone is not null""")
                    .query(String.class)
                    .list());
  }

  /**
   * The official contacts agencies publish on their site section (ADR 0060), never an applicant's.
   */
  @Bean
  InitializingBean publishedContacts(JdbcClient jdbc) {
    return () ->
        PersonalDataScan.publishedBy(
            () ->
                jdbc.sql(
                        """
        select lower(email) from org_unit where email <> ''
        union select lower(email) from agency_profile where email <> ''
        union select lower(privacy_email) from agency_profile where privacy_email <> ''
        except select lower(email) from casework_applicant where email is not null""")
                    .query(String.class)
                    .list());
  }
}

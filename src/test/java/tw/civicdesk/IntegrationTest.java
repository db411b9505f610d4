// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Boots the whole application on a throw-away embedded PostgreSQL, on a random port. Every
 * integration test uses this one annotation so that the run shares one context and one database;
 * tests isolate their data by creating their own agencies, staff and dates.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"civicdesk.embedded-db.dir=", "civicdesk.demo.enabled=false"})
@AutoConfigureMockMvc
public @interface IntegrationTest {}

// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and validates case work's settings when the application starts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CaseworkSettings.class, ReceiptCheckSettings.class})
class CaseworkConfiguration {}

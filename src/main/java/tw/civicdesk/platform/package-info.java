// SPDX-License-Identifier: EUPL-1.2
/**
 * Platform (平台): the pieces every module shares — layouts and error pages, RFC 9457 problem
 * details for the JSON API, internationalisation (zh-TW and en), bilingual text, the {@code Clock},
 * the embedded PostgreSQL and the OpenAPI description.
 *
 * <p>Guarantees: no error answer carries a stack trace; every visible text comes from {@code
 * messages_zh_TW.properties} / {@code messages_en.properties}; domain exceptions map to HTTP
 * statuses here and nowhere else.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform 平台",
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package tw.civicdesk.platform;

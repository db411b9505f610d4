// SPDX-License-Identifier: EUPL-1.2
/**
 * Platform (平台): the pieces every module shares — layouts and error pages, RFC 9457 problem
 * details for the JSON API, internationalisation (zh-TW and en), bilingual text, the {@code Clock},
 * the embedded PostgreSQL, the OpenAPI description, and the judging of uploaded files by their
 * content ({@code files.ContentInspection}) and their download ({@code web.FileDownloads}).
 *
 * <p>Guarantees: no error answer carries a stack trace; every visible text comes from {@code
 * messages_zh_TW.properties} / {@code messages_en.properties}; domain exceptions map to HTTP
 * statuses here and nowhere else.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform 平台",
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package tw.civicdesk.platform;

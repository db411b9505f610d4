// SPDX-License-Identifier: EUPL-1.2
/**
 * Notifications (通知): messages to applicants, written to an outbox ({@code notification_message})
 * in the same transaction as the change they tell of, and sent later by a dispatcher. This first
 * slice sends the receipt e-mail (收件確認) of an application filed with notices by e-mail.
 *
 * <p>Guarantees: a message is queued only if the change commits ({@link
 * tw.civicdesk.notification.Notifications} requires the caller's transaction); it is sent only
 * after that commit (a separate scheduled job); it is marked sent once, and never sent twice by
 * concurrent dispatchers (rows are claimed with {@code for update skip locked}); a failed send is
 * retried with exponential backoff until a maximum number of attempts, then marked failed; every
 * message carries a stable id ({@code Message-ID}, {@code X-CivicDesk-Message-Id}) with which the
 * receiver can drop a duplicate after a crash between sending and marking. Log lines and stored
 * errors name message ids, never addresses or other personal data. No stored body holds a
 * verification code, a link's token or a confirmation code: they are put in as the message is sent,
 * and a one-time secret kept beside a waiting message is dropped once it is sent, given up or
 * expired (ADR 0028); messages no longer waiting are deleted after {@code
 * civicdesk.notification.retention}. Without {@code spring.mail.host} e-mail is off and messages
 * stay queued.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Notification 通知",
    allowedDependencies = {"casework", "catalogue", "organisation", "petitions", "surveys"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.notification;

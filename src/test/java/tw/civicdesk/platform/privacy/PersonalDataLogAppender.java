// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.privacy;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;

/**
 * Hands every log line of the test run — message, and the stack trace with every cause's message —
 * to {@link PersonalDataScan}; configured for the root logger in {@code logback-test.xml}. The
 * lines of GreenMail, the tests' stand-in for the mail provider (it logs every mailbox it creates),
 * are not CivicDesk's log and are left out.
 */
public class PersonalDataLogAppender extends AppenderBase<ILoggingEvent> {

  /** Loggers of test tools standing in for systems outside CivicDesk. */
  static final String STAND_INS = "com.icegreen.greenmail";

  @Override
  protected void append(ILoggingEvent event) {
    if (event.getLoggerName().startsWith(STAND_INS)) {
      return;
    }
    String message = event.getFormattedMessage();
    IThrowableProxy thrown = event.getThrowableProxy();
    String line =
        thrown == null
            ? String.valueOf(message)
            : message + "\n" + ThrowableProxyUtil.asString(thrown);
    PersonalDataScan.log("log " + event.getLevel() + " " + event.getLoggerName(), line);
  }
}

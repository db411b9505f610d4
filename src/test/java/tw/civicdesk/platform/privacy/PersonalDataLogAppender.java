// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.privacy;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;

/**
 * Hands every log line of the test run — message, and the stack trace with every cause's message
 * — to {@link PersonalDataScan}; configured for the root logger in {@code logback-test.xml}.
 */
public class PersonalDataLogAppender extends AppenderBase<ILoggingEvent> {

  @Override
  protected void append(ILoggingEvent event) {
    String message = event.getFormattedMessage();
    IThrowableProxy thrown = event.getThrowableProxy();
    String line = thrown == null ? String.valueOf(message)
        : message + "\n" + ThrowableProxyUtil.asString(thrown);
    PersonalDataScan.log("log " + event.getLevel() + " " + event.getLoggerName(), line);
  }
}

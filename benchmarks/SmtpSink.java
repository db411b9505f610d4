// SPDX-License-Identifier: EUPL-1.2
// A real SMTP server on the loopback for the outbox benchmark (QUALITY.md P8): GreenMail (the
// project's test dependency, from the local Maven repository) listening on 127.0.0.1:PORT,
// compiled and started by benchmarks/outbox.sh:
//   java -cp CLASSES:GREENMAIL_CLASSPATH SmtpSink PORT LOG_FILE
// Every message is stored in its recipient's inbox as GreenMail does by default, and before the
// server answers "250" to the DATA command one line is appended (and flushed) to LOG_FILE:
//   <Message-ID header> TAB <epoch milliseconds of arrival>
// so a message the client was told was accepted is always in the log, even if this process is
// then killed. The outage test stops this process (SIGTERM) and starts a new one on the same
// log. Runs until killed.

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

public class SmtpSink {

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    OutputStream log = new FileOutputStream(args[1], true);
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    MessageDeliveryHandler store = server.getUserManager().getMessageDeliveryHandler();
    server.getUserManager().setMessageDeliveryHandler((message, to) -> {
      String id = message.getMessage().getMessageID();
      String line = id + "\t" + System.currentTimeMillis() + "\n";
      synchronized (log) {
        try {
          log.write(line.getBytes(StandardCharsets.US_ASCII));
          log.flush();
        } catch (java.io.IOException e) {
          throw new jakarta.mail.MessagingException("log not written", e);
        }
      }
      return store.handle(message, to);
    });
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    System.out.println("SMTP on 127.0.0.1:" + port);
    Thread.currentThread().join();
  }
}

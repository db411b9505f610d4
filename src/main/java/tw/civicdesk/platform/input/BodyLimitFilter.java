// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.input;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tw.civicdesk.platform.error.TooLargeException;

/**
 * Refuses request bodies above {@code civicdesk.web.max-body-size} with 413 before anything reads
 * them: a declared {@code Content-Length} above the limit is answered at once (the error page or,
 * under {@code /api/}, a problem); a body without a length (chunked) is counted as it is read and
 * the reader gets a {@link TooLargeException} (413) at the first byte past the limit. Multipart
 * bodies keep their own limits ({@code spring.servlet.multipart.*}); form bodies, which the servlet
 * container parses itself, are also bounded by {@code server.tomcat.max-http-form-post-size}.
 */
final class BodyLimitFilter extends OncePerRequestFilter {

  static final String KEY = "error.body.too-large";

  private final long maxBytes;

  BodyLimitFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (isMultipart(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getContentLengthLong() > maxBytes) {
      response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
      return;
    }
    chain.doFilter(new Limited(request, maxBytes), response);
  }

  private static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null
        && type.toLowerCase(java.util.Locale.ROOT)
            .startsWith(MediaType.MULTIPART_FORM_DATA.getType() + "/");
  }

  /** The request with its body stream counted. */
  private static final class Limited extends HttpServletRequestWrapper {

    private final long maxBytes;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), maxBytes);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }

  /** A servlet stream that throws {@link TooLargeException} past {@code maxBytes}. */
  private static final class Counting extends ServletInputStream {

    private final ServletInputStream in;
    private final long maxBytes;
    private long read;

    Counting(ServletInputStream in, long maxBytes) {
      this.in = in;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > maxBytes) {
        throw new TooLargeException(KEY, maxBytes / 1024);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}

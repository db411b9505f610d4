// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.files;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Supplier;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import tw.civicdesk.platform.error.DomainException;

/**
 * Writes a photo anew from its pixels alone, so that nothing of the file the citizen sent is kept
 * but the picture: no EXIF (camera, owner, time, GPS position), no XMP, no IPTC, no comment, no PNG
 * text or {@code eXIf} chunk, no ICC profile, no thumbnail, nothing appended after the image. The
 * JDK's ImageIO decodes it and encodes a new file of the same type (JPEG at quality {@value
 * #JPEG_QUALITY}, PNG lossless with its transparency); a JPEG's EXIF orientation is applied to the
 * pixels first, so that a phone photo taken upright stays upright without its tag.
 *
 * <p>Large photos are decoded subsampled and scaled so that their longer side is at most the
 * caller's {@code maxEdge}: memory stays bounded whatever the dimensions claim. A picture of more
 * than {@value #MAX_SOURCE_PIXELS} pixels (a decompression bomb), or one ImageIO cannot read, is
 * refused with the caller's exception. Callers check the type and size first ({@link
 * ContentInspection}). Stateless and thread-safe.
 */
public final class PhotoScrubbing {

  /** The most pixels (width × height) a photo may declare before it is decoded at all. */
  public static final long MAX_SOURCE_PIXELS = 60_000_000L;

  /** JPEG quality of the rewritten photo. */
  static final float JPEG_QUALITY = 0.85f;

  private PhotoScrubbing() {}

  /**
   * A rewritten photo.
   *
   * @param content the new file: JPEG or PNG, with no metadata
   * @param contentType {@link ContentInspection#JPEG} or {@link ContentInspection#PNG}, as the
   *     original
   * @param width in pixels, after orientation and scaling
   * @param height in pixels, after orientation and scaling
   */
  public record Scrubbed(byte[] content, String contentType, int width, int height) {
    @Override
    public String toString() {
      return "Scrubbed[" + contentType + ", " + width + "x" + height + ", " + content.length + "B]";
    }
  }

  /**
   * Rewrites {@code content}, a JPEG or a PNG, without any of its metadata (see the class
   * description).
   *
   * @param maxEdge the longest side of the result in pixels, at least 16
   * @param unreadable makes the exception thrown when the content is no readable JPEG or PNG, or
   *     declares more than {@value #MAX_SOURCE_PIXELS} pixels
   * @throws E from {@code unreadable}
   */
  public static <E extends DomainException> Scrubbed scrub(
      byte[] content, int maxEdge, Supplier<E> unreadable) {
    Objects.requireNonNull(content, "content");
    if (maxEdge < 16) {
      throw new IllegalArgumentException("maxEdge must be at least 16: " + maxEdge);
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      ImageReader reader = readerOf(in);
      if (reader == null) {
        throw unreadable.get();
      }
      try {
        reader.setInput(in, true, true);
        String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
        boolean jpeg = format.startsWith("jp");
        BufferedImage picture = decode(reader, maxEdge, unreadable);
        int orientation = jpeg ? ExifOrientation.of(content) : 1;
        BufferedImage upright = redraw(picture, orientation, maxEdge, !jpeg);
        byte[] out = jpeg ? writeJpeg(upright) : writePng(upright);
        return new Scrubbed(
            out,
            jpeg ? ContentInspection.JPEG : ContentInspection.PNG,
            upright.getWidth(),
            upright.getHeight());
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof DomainException refused) {
        throw refused;
      }
      // ImageIO throws IIOException, and at times unchecked exceptions, on a damaged file.
      throw unreadable.get();
    }
  }

  private static @org.jspecify.annotations.Nullable ImageReader readerOf(ImageInputStream in) {
    Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
    while (readers.hasNext()) {
      ImageReader reader = readers.next();
      String format;
      try {
        format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (format.equals("jpeg") || format.equals("jpg") || format.equals("png")) {
        return reader;
      }
    }
    return null;
  }

  private static <E extends DomainException> BufferedImage decode(
      ImageReader reader, int maxEdge, Supplier<E> unreadable) throws IOException {
    int width = reader.getWidth(0);
    int height = reader.getHeight(0);
    if (width < 1 || height < 1 || (long) width * height > MAX_SOURCE_PIXELS) {
      throw unreadable.get();
    }
    ImageReadParam param = reader.getDefaultReadParam();
    // Decode at no more than twice the final size; the smooth scaling below does the rest.
    int step = Math.max(1, Math.max(width, height) / (2 * maxEdge));
    param.setSourceSubsampling(step, step, 0, 0);
    return reader.read(0, param);
  }

  /**
   * The picture turned by the EXIF {@code orientation} (1–8) and scaled down to {@code maxEdge}, on
   * a fresh canvas: RGB, or ARGB when {@code alpha} is kept.
   */
  private static BufferedImage redraw(
      BufferedImage picture, int orientation, int maxEdge, boolean alpha) {
    int w = picture.getWidth();
    int h = picture.getHeight();
    double scale = Math.min(1.0, (double) maxEdge / Math.max(w, h));
    int sw = Math.max(1, (int) Math.round(w * scale));
    int sh = Math.max(1, (int) Math.round(h * scale));
    boolean turned = orientation >= 5 && orientation <= 8;
    int outW = turned ? sh : sw;
    int outH = turned ? sw : sh;
    BufferedImage out =
        new BufferedImage(
            outW, outH, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.transform(ExifOrientation.transform(orientation, sw, sh));
      g.drawImage(picture, 0, 0, sw, sh, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static byte[] writeJpeg(BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(JPEG_QUALITY);
    return write(writer, image, param);
  }

  private static byte[] writePng(BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    return write(writer, image, writer.getDefaultWriteParam());
  }

  private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      // No metadata given: the writer adds only what the format needs (JFIF; PNG's IHDR).
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** The EXIF orientation of a JPEG and the turn that makes its pixels upright. */
  static final class ExifOrientation {

    private ExifOrientation() {}

    /**
     * The orientation tag (0x0112) of the JPEG's EXIF segment, 1–8; 1 (as stored) when there is
     * none or it cannot be read.
     */
    static int of(byte[] jpeg) {
      int at = 2;
      while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
        int marker = jpeg[at + 1] & 0xff;
        int length = u16(jpeg, at + 2, true);
        if (marker == 0xda || length < 2) {
          return 1; // start of scan: no more metadata segments
        }
        if (marker == 0xe1 && startsWithExif(jpeg, at + 4)) {
          return fromTiff(jpeg, at + 10, Math.min(jpeg.length, at + 2 + length));
        }
        at += 2 + length;
      }
      return 1;
    }

    private static boolean startsWithExif(byte[] b, int at) {
      byte[] exif = {'E', 'x', 'i', 'f', 0, 0};
      return at + exif.length <= b.length
          && java.util.Arrays.equals(b, at, at + exif.length, exif, 0, exif.length);
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
      if (tiff + 8 > end) {
        return 1;
      }
      boolean bigEndian = b[tiff] == 'M';
      long ifd = tiff + u32(b, tiff + 4, bigEndian);
      if (ifd + 2 > end || ifd < tiff) {
        return 1;
      }
      int entries = u16(b, (int) ifd, bigEndian);
      for (int i = 0; i < entries; i++) {
        int entry = (int) ifd + 2 + 12 * i;
        if (entry + 12 > end) {
          return 1;
        }
        if (u16(b, entry, bigEndian) == 0x0112) {
          int value = u16(b, entry + 8, bigEndian);
          return value >= 1 && value <= 8 ? value : 1;
        }
      }
      return 1;
    }

    private static int u16(byte[] b, int at, boolean bigEndian) {
      int hi = b[bigEndian ? at : at + 1] & 0xff;
      int lo = b[bigEndian ? at + 1 : at] & 0xff;
      return hi << 8 | lo;
    }

    private static long u32(byte[] b, int at, boolean bigEndian) {
      long high = u16(b, bigEndian ? at : at + 2, bigEndian);
      long low = u16(b, bigEndian ? at + 2 : at, bigEndian);
      return high << 16 | low;
    }

    /**
     * Maps a picture of {@code w} × {@code h} drawn at the origin onto its upright canvas, for EXIF
     * orientations 1–8 (mirrorings included).
     */
    static AffineTransform transform(int orientation, int w, int h) {
      return switch (orientation) {
        case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
        case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
        case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
        case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
        case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
        case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
        case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
        default -> new AffineTransform();
      };
    }
  }
}

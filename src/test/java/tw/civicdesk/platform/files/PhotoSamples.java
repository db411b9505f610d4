// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Photos as phones send them, made here byte by byte: a JPEG whose EXIF segment names the camera,
 * the orientation and a GPS position (礁溪, 24°49'N 121°46'E), with a comment segment; a PNG with
 * text and {@code eXIf} chunks; and a PNG that claims to be enormous. Shared by the tests of photo
 * scrubbing and of the public forms.
 */
public final class PhotoSamples {

  /** The camera's name written into the EXIF segment. */
  public static final String CAMERA = "CivicPhone X1";

  /** The text of the JPEG comment and of the PNG text chunk. */
  public static final String SECRET_TEXT = "home of Lin Xiaoming";

  /** Tag of the EXIF GPS directory pointer. */
  public static final int GPS_POINTER_TAG = 0x8825;

  private PhotoSamples() {}

  /**
   * A JPEG of {@code width} × {@code height}, left half red and right half blue, with an EXIF
   * segment (camera, {@code orientation}, GPS latitude and longitude) and a comment.
   */
  public static byte[] jpegWithGps(int width, int height, int orientation) {
    byte[] plain = encode(halves(width, height), "jpeg");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(plain, 0, 2); // SOI
    segment(out, 0xe1, exif(orientation));
    segment(out, 0xfe, SECRET_TEXT.getBytes(StandardCharsets.US_ASCII));
    // As a phone writes it: EXIF in place of ImageIO's JFIF segment.
    int rest = 2 + 2 + ((plain[4] & 0xff) << 8 | (plain[5] & 0xff));
    out.write(plain, rest, plain.length - rest);
    return out.toByteArray();
  }

  /** A PNG of {@code width} × {@code height} with a {@code tEXt} and an {@code eXIf} chunk. */
  public static byte[] pngWithText(int width, int height) {
    byte[] plain = encode(halves(width, height), "png");
    int iend = plain.length - 12; // the IEND chunk is the last 12 bytes
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(plain, 0, iend);
    chunk(out, "tEXt", ("Comment\0" + SECRET_TEXT).getBytes(StandardCharsets.ISO_8859_1));
    chunk(out, "eXIf", tiff(1));
    out.write(plain, iend, 12);
    return out.toByteArray();
  }

  /** A PNG whose header claims {@code width} × {@code height} pixels, with no real image data. */
  public static byte[] pngClaiming(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer ihdr = ByteBuffer.allocate(13).order(ByteOrder.BIG_ENDIAN);
    ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0);
    ihdr.put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  /** A plain JPEG or PNG ({@code format}) of the given size, without any metadata added. */
  public static byte[] plain(int width, int height, String format) {
    return encode(halves(width, height), format);
  }

  /** The markers of a JPEG's segments before its image data, e.g. {@code [0xe0, 0xdb, …]}. */
  public static List<Integer> jpegMarkers(byte[] jpeg) {
    List<Integer> markers = new ArrayList<>();
    int at = 2;
    while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
      int marker = jpeg[at + 1] & 0xff;
      markers.add(marker);
      if (marker == 0xda) {
        break;
      }
      at += 2 + ((jpeg[at + 2] & 0xff) << 8 | (jpeg[at + 3] & 0xff));
    }
    return markers;
  }

  /** The types of a PNG's chunks in order, e.g. {@code [IHDR, IDAT, IEND]}. */
  public static List<String> pngChunks(byte[] png) {
    List<String> chunks = new ArrayList<>();
    int at = 8;
    while (at + 8 <= png.length) {
      int length = ByteBuffer.wrap(png, at, 4).getInt();
      chunks.add(new String(png, at + 4, 4, StandardCharsets.US_ASCII));
      at += 12 + length;
    }
    return chunks;
  }

  /** Whether {@code needle} occurs anywhere in {@code haystack}. */
  public static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static BufferedImage halves(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, width / 2, height);
    g.setColor(Color.BLUE);
    g.fillRect(width / 2, 0, width - width / 2, height);
    g.dispose();
    return image;
  }

  private static byte[] encode(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void segment(ByteArrayOutputStream out, int marker, byte[] body) {
    out.write(0xff);
    out.write(marker);
    int length = body.length + 2;
    out.write(length >> 8);
    out.write(length & 0xff);
    out.writeBytes(body);
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(typeBytes);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  private static byte[] exif(int orientation) {
    byte[] tiff = tiff(orientation);
    byte[] body = new byte[6 + tiff.length];
    System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, body, 0, 6);
    System.arraycopy(tiff, 0, body, 6, tiff.length);
    return body;
  }

  /**
   * A little-endian TIFF block: IFD0 with Make, Orientation and the GPS pointer; the GPS directory
   * with latitude 24°49'30"N and longitude 121°46'12"E.
   */
  private static byte[] tiff(int orientation) {
    byte[] make = (CAMERA + "\0").getBytes(StandardCharsets.US_ASCII);
    int ifd0 = 8;
    int gps = ifd0 + 2 + 3 * 12 + 4;
    int data = gps + 2 + 4 * 12 + 4;
    int makeAt = data;
    int latAt = makeAt + make.length;
    int lonAt = latAt + 24;
    ByteBuffer b = ByteBuffer.allocate(lonAt + 24).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifd0);
    b.putShort((short) 3);
    entry(b, 0x010f, 2, make.length, makeAt);
    entry(b, 0x0112, 3, 1, orientation);
    entry(b, GPS_POINTER_TAG, 4, 1, gps);
    b.putInt(0);
    b.putShort((short) 4);
    entry(b, 0x0001, 2, 2, 'N');
    entry(b, 0x0002, 5, 3, latAt);
    entry(b, 0x0003, 2, 2, 'E');
    entry(b, 0x0004, 5, 3, lonAt);
    b.putInt(0);
    b.put(make);
    for (int v : new int[] {24, 49, 30, 121, 46, 12}) {
      b.putInt(v).putInt(1);
    }
    return b.array();
  }

  private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
    b.putShort((short) tag).putShort((short) type).putInt(count);
    if (type == 3) {
      b.putShort((short) value).putShort((short) 0);
    } else {
      b.putInt(value);
    }
  }
}

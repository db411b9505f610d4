// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;
import tw.civicdesk.platform.error.InvalidInputException;

/**
 * A photo is written anew from its pixels: a phone JPEG with the camera, an orientation and a GPS
 * position in EXIF and a comment comes out with none of them (no APP1 or COM segment, no GPS
 * directory, neither the camera's name nor the comment anywhere in its bytes — checked both by
 * walking the segments and by ImageIO's own metadata reader), upright, and still red and blue; a
 * PNG loses its text and {@code eXIf} chunks; a large photo is scaled down; a photo that claims a
 * hundred million pixels or is no image at all is refused.
 */
class PhotoScrubbingTests {

  static final int EDGE = 2048;

  static InvalidInputException unreadable() {
    return new InvalidInputException("photos.unreadable", "photos");
  }

  @Test
  void aJpegWithGpsExifComesOutWithoutIt() throws IOException {
    byte[] phone = PhotoSamples.jpegWithGps(64, 32, 1);
    // The sample really carries what a phone writes, as ImageIO itself reads it.
    assertThat(PhotoSamples.jpegMarkers(phone)).contains(0xe1, 0xfe);
    assertThat(exifSegments(phone)).hasSize(1);
    assertThat(hasGpsPointer(exifSegments(phone).get(0))).isTrue();
    assertThat(PhotoSamples.contains(phone, bytes(PhotoSamples.CAMERA))).isTrue();

    PhotoScrubbing.Scrubbed clean =
        PhotoScrubbing.scrub(phone, EDGE, PhotoScrubbingTests::unreadable);

    assertThat(clean.contentType()).isEqualTo(ContentInspection.JPEG);
    assertThat(PhotoSamples.jpegMarkers(clean.content()))
        .as("only JFIF among the application segments, no comment")
        .noneMatch(m -> m >= 0xe1 && m <= 0xef)
        .doesNotContain(0xfe);
    assertThat(exifSegments(clean.content())).isEmpty();
    assertThat(PhotoSamples.contains(clean.content(), bytes("Exif"))).isFalse();
    assertThat(PhotoSamples.contains(clean.content(), bytes(PhotoSamples.CAMERA))).isFalse();
    assertThat(PhotoSamples.contains(clean.content(), bytes(PhotoSamples.SECRET_TEXT))).isFalse();
    BufferedImage picture = read(clean.content());
    assertThat(picture.getWidth()).isEqualTo(64);
    assertThat(picture.getHeight()).isEqualTo(32);
    assertThat(isReddish(picture.getRGB(8, 16))).isTrue();
    assertThat(isBluish(picture.getRGB(56, 16))).isTrue();
  }

  @Test
  void theOrientationTagIsAppliedToThePixelsBeforeItGoes() throws IOException {
    // Stored lying on its side (orientation 6: turn 90° clockwise to view): left red, right blue.
    byte[] phone = PhotoSamples.jpegWithGps(64, 32, 6);

    PhotoScrubbing.Scrubbed clean =
        PhotoScrubbing.scrub(phone, EDGE, PhotoScrubbingTests::unreadable);

    BufferedImage picture = read(clean.content());
    assertThat(picture.getWidth()).isEqualTo(32);
    assertThat(picture.getHeight()).isEqualTo(64);
    assertThat(isReddish(picture.getRGB(16, 8))).as("the left half is now on top").isTrue();
    assertThat(isBluish(picture.getRGB(16, 56))).isTrue();
  }

  @Test
  void aPngLosesItsTextAndExifChunks() throws IOException {
    byte[] png = PhotoSamples.pngWithText(40, 20);
    assertThat(PhotoSamples.pngChunks(png)).contains("tEXt", "eXIf");

    PhotoScrubbing.Scrubbed clean =
        PhotoScrubbing.scrub(png, EDGE, PhotoScrubbingTests::unreadable);

    assertThat(clean.contentType()).isEqualTo(ContentInspection.PNG);
    assertThat(PhotoSamples.pngChunks(clean.content()))
        .doesNotContain("tEXt", "iTXt", "zTXt", "eXIf", "iCCP", "tIME")
        .startsWith("IHDR")
        .endsWith("IEND");
    assertThat(PhotoSamples.contains(clean.content(), bytes(PhotoSamples.SECRET_TEXT))).isFalse();
    assertThat(read(clean.content()).getWidth()).isEqualTo(40);
  }

  @Test
  void aLargePhotoIsScaledDownToTheLongestSide() throws IOException {
    byte[] big = PhotoSamples.plain(3000, 1000, "jpeg");

    PhotoScrubbing.Scrubbed clean = PhotoScrubbing.scrub(big, 600, PhotoScrubbingTests::unreadable);

    assertThat(clean.width()).isEqualTo(600);
    assertThat(clean.height()).isEqualTo(200);
    assertThat(read(clean.content()).getWidth()).isEqualTo(600);
  }

  @Test
  void aPhotoClaimingAHundredMillionPixelsIsRefusedBeforeItIsDecoded() {
    byte[] bomb = PhotoSamples.pngClaiming(10_000, 10_000);

    assertThatThrownBy(() -> PhotoScrubbing.scrub(bomb, EDGE, PhotoScrubbingTests::unreadable))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void somethingThatIsNoImageIsRefused() {
    byte[] jpegHeaderOnly = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F'};

    assertThatThrownBy(
            () -> PhotoScrubbing.scrub(jpegHeaderOnly, EDGE, PhotoScrubbingTests::unreadable))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                PhotoScrubbing.scrub(
                    bytes("%PDF-1.7 not a photo"), EDGE, PhotoScrubbingTests::unreadable))
        .isInstanceOf(InvalidInputException.class);
  }

  /** The APP1 segments beginning with {@code Exif}, as ImageIO's JPEG metadata lists them. */
  static List<byte[]> exifSegments(byte[] jpeg) throws IOException {
    List<byte[]> found = new ArrayList<>();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      Node tree = reader.getImageMetadata(0).getAsTree("javax_imageio_jpeg_image_1.0");
      for (Node n = tree.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n.getNodeName().equals("markerSequence")) {
          for (Node m = n.getFirstChild(); m != null; m = m.getNextSibling()) {
            byte[] data = (byte[]) ((IIOMetadataNode) m).getUserObject();
            boolean app1 =
                "unknown".equals(m.getNodeName())
                    && "225".equals(m.getAttributes().getNamedItem("MarkerTag").getNodeValue());
            if (app1
                && data != null
                && new String(data, 0, 4, StandardCharsets.US_ASCII).equals("Exif")) {
              found.add(data);
            }
          }
        }
      }
      reader.dispose();
    }
    return found;
  }

  /** Whether IFD0 of an EXIF segment (little-endian here) holds the GPS directory pointer. */
  static boolean hasGpsPointer(byte[] exif) {
    int tiff = 6;
    int ifd = tiff + (exif[tiff + 4] & 0xff);
    int entries = exif[ifd] & 0xff;
    for (int i = 0; i < entries; i++) {
      int at = ifd + 2 + 12 * i;
      int tag = (exif[at] & 0xff) | (exif[at + 1] & 0xff) << 8;
      if (tag == PhotoSamples.GPS_POINTER_TAG) {
        return true;
      }
    }
    return false;
  }

  static BufferedImage read(byte[] content) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(content));
  }

  static boolean isReddish(int rgb) {
    Color c = new Color(rgb);
    return c.getRed() > 180 && c.getBlue() < 80;
  }

  static boolean isBluish(int rgb) {
    Color c = new Color(rgb);
    return c.getBlue() > 180 && c.getRed() < 80;
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}

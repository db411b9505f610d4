// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/**
 * A bar per period with a dashed line at the target, drawn with Java2D (headless) into a PNG for
 * the ODT and PDF. Only digits and period codes are drawn, so no CJK font is needed here; the
 * indicator's name is the caption the document sets beside the picture.
 */
final class BarChart {

  static final int WIDTH = 560;
  static final int HEIGHT = 240;
  private static final int LEFT = 56;
  private static final int RIGHT = 16;
  private static final int TOP = 16;
  private static final int BOTTOM = 36;
  private static final Color BAR = new Color(0x1F, 0x5F, 0x99);
  private static final Color TARGET = new Color(0xB0, 0x3A, 0x2E);

  private BarChart() {}

  /** The chart of {@code values} by {@code labels}; missing values leave a gap. */
  static byte[] png(
      List<String> labels, List<@Nullable BigDecimal> values, @Nullable BigDecimal target) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      double top = scaleTop(values, target);
      axes(g, top);
      bars(g, labels, values, top);
      if (target != null) {
        targetLine(g, target.doubleValue(), top);
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static double scaleTop(List<@Nullable BigDecimal> values, @Nullable BigDecimal target) {
    double max =
        values.stream()
            .filter(Objects::nonNull)
            .mapToDouble(BigDecimal::doubleValue)
            .max()
            .orElse(0);
    if (target != null) {
      max = Math.max(max, target.doubleValue());
    }
    return max <= 0 ? 1 : max * 1.15;
  }

  private static int y(double value, double top) {
    int plot = HEIGHT - TOP - BOTTOM;
    return HEIGHT - BOTTOM - (int) Math.round(plot * Math.max(0, value) / top);
  }

  private static void axes(Graphics2D g, double top) {
    g.setColor(Color.DARK_GRAY);
    g.drawLine(LEFT, TOP, LEFT, HEIGHT - BOTTOM);
    g.drawLine(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM);
    for (int i = 0; i <= 4; i++) {
      double v = top * i / 4;
      int y = y(v, top);
      g.setColor(new Color(0xE0, 0xE0, 0xE0));
      g.drawLine(LEFT + 1, y, WIDTH - RIGHT, y);
      g.setColor(Color.DARK_GRAY);
      String label = number(v);
      g.drawString(label, LEFT - 6 - g.getFontMetrics().stringWidth(label), y + 4);
    }
  }

  private static void bars(
      Graphics2D g, List<String> labels, List<@Nullable BigDecimal> values, double top) {
    int n = Math.max(labels.size(), 1);
    int slot = (WIDTH - LEFT - RIGHT) / n;
    int width = Math.max(slot * 3 / 5, 4);
    for (int i = 0; i < labels.size(); i++) {
      int x = LEFT + i * slot + (slot - width) / 2;
      BigDecimal value = i < values.size() ? values.get(i) : null;
      if (value != null) {
        int y = y(value.doubleValue(), top);
        g.setColor(BAR);
        g.fillRect(x, y, width, HEIGHT - BOTTOM - y);
        g.setColor(Color.BLACK);
        String text = number(value.doubleValue());
        g.drawString(text, x + (width - g.getFontMetrics().stringWidth(text)) / 2, y - 4);
      }
      g.setColor(Color.DARK_GRAY);
      String label = labels.get(i);
      g.drawString(
          label, x + (width - g.getFontMetrics().stringWidth(label)) / 2, HEIGHT - BOTTOM + 18);
    }
  }

  private static void targetLine(Graphics2D g, double target, double top) {
    int y = y(target, top);
    g.setColor(TARGET);
    g.setStroke(
        new BasicStroke(
            2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
    g.drawLine(LEFT, y, WIDTH - RIGHT, y);
  }

  private static String number(double v) {
    return BigDecimal.valueOf(v)
        .setScale(v >= 100 || v == Math.rint(v) ? 0 : 1, java.math.RoundingMode.HALF_UP)
        .toPlainString();
  }
}

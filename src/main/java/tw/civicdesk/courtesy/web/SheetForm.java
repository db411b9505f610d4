// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.courtesy.Sheet;
import tw.civicdesk.courtesy.Sheet.Band;
import tw.civicdesk.courtesy.Sheet.Content;
import tw.civicdesk.courtesy.Sheet.Item;
import tw.civicdesk.courtesy.Sheet.Part;
import tw.civicdesk.courtesy.Sheet.Step;

/**
 * The sheet form: each item's names, points and scaling (a mark item's scale; a speed item's steps
 * as {@code rings/seconds=points; …}) and each band's minimum and names, by position in the sheet
 * the form was made from. A number that does not parse is sent on as -1, and steps that do not
 * parse as none, which the sheet's rules refuse beside the field.
 */
public class SheetForm {

  private long baseId;
  private List<ItemField> items = new ArrayList<>();
  private List<BandField> bands = new ArrayList<>();

  /** One item's editable fields. */
  public static class ItemField {
    private String zh = "";
    private String en = "";
    private String points = "";
    private String scale = "";
    private String steps = "";

    public String getZh() {
      return zh;
    }

    public void setZh(@Nullable String zh) {
      this.zh = zh == null ? "" : zh;
    }

    public String getEn() {
      return en;
    }

    public void setEn(@Nullable String en) {
      this.en = en == null ? "" : en;
    }

    public String getPoints() {
      return points;
    }

    public void setPoints(@Nullable String points) {
      this.points = points == null ? "" : points;
    }

    public String getScale() {
      return scale;
    }

    public void setScale(@Nullable String scale) {
      this.scale = scale == null ? "" : scale;
    }

    public String getSteps() {
      return steps;
    }

    public void setSteps(@Nullable String steps) {
      this.steps = steps == null ? "" : steps;
    }
  }

  /** One band's editable fields. */
  public static class BandField {
    private String min = "";
    private String zh = "";
    private String en = "";

    public String getMin() {
      return min;
    }

    public void setMin(@Nullable String min) {
      this.min = min == null ? "" : min;
    }

    public String getZh() {
      return zh;
    }

    public void setZh(@Nullable String zh) {
      this.zh = zh == null ? "" : zh;
    }

    public String getEn() {
      return en;
    }

    public void setEn(@Nullable String en) {
      this.en = en == null ? "" : en;
    }
  }

  static SheetForm of(Sheet sheet) {
    SheetForm f = new SheetForm();
    f.baseId = sheet.id();
    for (Item i : sheet.content().items()) {
      ItemField field = new ItemField();
      field.zh = i.zh();
      field.en = i.en();
      field.points = i.points().stripTrailingZeros().toPlainString();
      field.scale = i.kind() == Sheet.Kind.MARK ? Integer.toString(i.scale()) : "";
      field.steps = steps(i.speedSteps());
      f.items.add(field);
    }
    for (Band b : sheet.content().bands()) {
      BandField field = new BandField();
      field.min = b.min().stripTrailingZeros().toPlainString();
      field.zh = b.zh();
      field.en = b.en();
      f.bands.add(field);
    }
    return f;
  }

  static String steps(List<Step> steps) {
    List<String> parts = new ArrayList<>();
    for (Step s : steps) {
      parts.add(
          s.rings() + "/" + s.seconds() + "=" + s.points().stripTrailingZeros().toPlainString());
    }
    return String.join("; ", parts);
  }

  /** The content this form makes of {@code base}: the same parts, items and bands, edited. */
  Content toContent(Sheet base) {
    List<Part> parts = new ArrayList<>();
    int i = 0;
    for (Part p : base.content().parts()) {
      List<Item> edited = new ArrayList<>();
      for (Item item : p.items()) {
        ItemField f = i < items.size() ? items.get(i) : new ItemField();
        boolean speed = item.kind() == Sheet.Kind.SPEED;
        edited.add(
            new Item(
                item.code(),
                f.zh.strip(),
                f.en.strip(),
                item.kind(),
                decimal(f.points),
                speed ? 0 : (int) decimal(f.scale).longValue(),
                speed ? parseSteps(f.steps) : null));
        i++;
      }
      parts.add(new Part(p.code(), p.zh(), p.en(), edited));
    }
    List<Band> edited = new ArrayList<>();
    List<Band> old = base.content().bands();
    for (int j = 0; j < old.size(); j++) {
      BandField f = j < bands.size() ? bands.get(j) : new BandField();
      edited.add(new Band(old.get(j).code(), decimal(f.min), f.zh.strip(), f.en.strip()));
    }
    return new Content(parts, edited);
  }

  static BigDecimal decimal(String raw) {
    try {
      return new BigDecimal(raw.strip());
    } catch (NumberFormatException e) {
      return BigDecimal.valueOf(-1);
    }
  }

  /** {@code 4/10=25; 6/15=15} as steps; none when any step does not parse. */
  static List<Step> parseSteps(String raw) {
    List<Step> steps = new ArrayList<>();
    for (String part : raw.split("[;；]")) {
      if (part.isBlank()) {
        continue;
      }
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile(
                  "\\s*(\\d{1,3})\\s*/\\s*(\\d{1,4})\\s*=\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*")
              .matcher(part);
      if (!m.matches()) {
        return List.of();
      }
      steps.add(
          new Step(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              new BigDecimal(m.group(3))));
    }
    return steps;
  }

  /** The sum of the items' points, a field only for its error ("must add up to 100"). */
  public String getTotal() {
    return "";
  }

  public long getBaseId() {
    return baseId;
  }

  public void setBaseId(long baseId) {
    this.baseId = baseId;
  }

  public List<ItemField> getItems() {
    return items;
  }

  public void setItems(@Nullable List<ItemField> items) {
    this.items = items == null ? new ArrayList<>() : items;
  }

  public List<BandField> getBands() {
    return bands;
  }

  public void setBands(@Nullable List<BandField> bands) {
    this.bands = bands == null ? new ArrayList<>() : bands;
  }
}

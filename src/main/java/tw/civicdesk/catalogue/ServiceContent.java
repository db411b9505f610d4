// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * What one version of a service says. Immutable; lists keep their order.
 *
 * @param summary one sentence for lists and search results
 * @param legalBasis the law or rule the service rests on (法令依據)
 * @param timeLimit the published legal processing period, or {@code null} when the agency has
 *     published none — then {@link #effectiveTimeLimit()} is the statutory two months
 * @param handlingTarget the agency's own, usually shorter, handling target; internal
 * @param fields what the applicant fills in when applying, in form order; names are unique
 * @throws IllegalArgumentException when two fields have the same name
 */
public record ServiceContent(
    BilingualText name,
    BilingualText summary,
    BilingualText description,
    ServiceCategory category,
    BilingualText legalBasis,
    List<Step> steps,
    List<RequiredDocument> documents,
    List<FormFile> forms,
    Fee fee,
    Set<Channel> channels,
    @Nullable TimeLimit timeLimit,
    @Nullable TimeLimit handlingTarget,
    List<FormField> fields) {

  public ServiceContent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(legalBasis, "legalBasis");
    Objects.requireNonNull(fee, "fee");
    steps = List.copyOf(steps);
    documents = List.copyOf(documents);
    forms = List.copyOf(forms);
    channels = channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
    fields = List.copyOf(fields);
    Set<String> names = new HashSet<>();
    for (FormField field : fields) {
      if (!names.add(field.name())) {
        throw new IllegalArgumentException("Two form fields are named " + field.name());
      }
    }
  }

  /** The legal processing period that applies: the published one, else two months (§51②). */
  public TimeLimit effectiveTimeLimit() {
    return timeLimit != null ? timeLimit : TimeLimit.STATUTORY_DEFAULT;
  }

  /** Whether the agency published a processing period (else the statutory default applies). */
  public boolean timeLimitPublished() {
    return timeLimit != null;
  }

  /** Whether citizens can apply through {@code channel}. */
  public boolean offers(Channel channel) {
    return channels.contains(channel);
  }

  /** Whether citizens can apply online (the list marks these services). */
  public boolean offersOnline() {
    return offers(Channel.ONLINE);
  }

  /** The same content with other forms (fields kept), for adding or removing a file. */
  public ServiceContent withForms(List<FormFile> newForms) {
    return new ServiceContent(
        name,
        summary,
        description,
        category,
        legalBasis,
        steps,
        documents,
        newForms,
        fee,
        channels,
        timeLimit,
        handlingTarget,
        fields);
  }

  /** The same content with other form fields, for adding or removing a field on a draft. */
  public ServiceContent withFields(List<FormField> newFields) {
    return new ServiceContent(
        name,
        summary,
        description,
        category,
        legalBasis,
        steps,
        documents,
        forms,
        fee,
        channels,
        timeLimit,
        handlingTarget,
        newFields);
  }

  /** The form field named {@code fieldName}, if there is one. */
  public Optional<FormField> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }

  /** The same content offered through {@code newChannels}. */
  public ServiceContent withChannels(Set<Channel> newChannels) {
    return new ServiceContent(
        name,
        summary,
        description,
        category,
        legalBasis,
        steps,
        documents,
        forms,
        fee,
        newChannels,
        timeLimit,
        handlingTarget,
        fields);
  }

  /** One step of the procedure (作業流程), in order. */
  public record Step(BilingualText text) {}

  /**
   * A document the applicant must bring or attach (應備文件).
   *
   * @param electronicallyVerifiable whether the agency can check it electronically instead (可以
   *     電子查驗取代, 書表減量)
   */
  public record RequiredDocument(BilingualText name, boolean electronicallyVerifiable) {}

  /**
   * The fee (規費).
   *
   * @param amount in New Taiwan dollars, 0 when free
   * @param note e.g. "每張 15 元", or {@code null}
   */
  public record Fee(int amount, @Nullable BilingualText note) {
    public Fee {
      if (amount < 0) {
        throw new IllegalArgumentException("A fee cannot be negative");
      }
    }

    public static Fee free() {
      return new Fee(0, null);
    }
  }
}

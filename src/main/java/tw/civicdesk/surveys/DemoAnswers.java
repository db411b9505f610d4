// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Makes the demo's answers, the same on every start (a seeded {@link Random}): each respondent has
 * a mood around the day's satisfaction rate of each dimension ({@link Trend}), answers the Likert
 * questions from it (the top two points with that probability), says "not applicable" where the
 * question and the channel make it likely (an online respondent never saw the office), picks a
 * choice, and now and then writes a comment that fits the mood ({@link DemoComments}).
 */
final class DemoAnswers {

  private final Random random;

  DemoAnswers(long seed) {
    this.random = new Random(seed);
  }

  /**
   * The share satisfied on a day: rising linearly from {@code start} on {@code from} to {@code end}
   * on {@code to}; 洽公環境 (ENVIRONMENT) {@code environmentGap} below it, and, when {@code catchesUp},
   * closing most of that gap over the last quarter (the improvement shows).
   */
  record Trend(
      LocalDate from,
      LocalDate to,
      double start,
      double end,
      double environmentGap,
      boolean catchesUp) {

    double rate(LocalDate day, @Nullable String dimension) {
      double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
      double t = Math.min(1, Math.max(0, ChronoUnit.DAYS.between(from, day) / span));
      double rate = start + (end - start) * t;
      if (StandardDimension.ENVIRONMENT.name().equals(dimension)) {
        double gap =
            catchesUp && t > 0.75 ? environmentGap * (1 - (t - 0.75) * 2.8) : environmentGap;
        rate -= gap;
      } else if ("CLIMATE".equals(dimension)) {
        rate -= environmentGap / 2;
      }
      return rate;
    }
  }

  /** A day from {@code from} to {@code to}, both included; a weekday if {@code weekday}. */
  LocalDate day(LocalDate from, LocalDate to, boolean weekday) {
    long days = ChronoUnit.DAYS.between(from, to);
    LocalDate day = from.plusDays(days <= 0 ? 0 : (long) (random.nextDouble() * (days + 1)));
    if (weekday && day.getDayOfWeek() == DayOfWeek.SATURDAY) {
      day = day.minusDays(1);
    } else if (weekday && day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day.isAfter(to) ? to : day.isBefore(from) ? from : day;
  }

  /** One of {@code weights}' keys, each as likely as its weight. */
  <T> T pick(Map<T, Integer> weights) {
    int total = weights.values().stream().mapToInt(Integer::intValue).sum();
    int n = random.nextInt(total);
    for (Map.Entry<T, Integer> e : weights.entrySet()) {
      n -= e.getValue();
      if (n < 0) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("no weights");
  }

  /** One of {@code items}, each as likely. */
  <T> T any(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A respondent's answers to {@code questionnaire} on {@code day} through {@code channel}. */
  Map<String, AnswerValue> answers(
      Questionnaire questionnaire, Trend trend, LocalDate day, SurveyChannel channel) {
    double mood = random.nextGaussian() * 0.12;
    Map<String, AnswerValue> answers = new LinkedHashMap<>();
    int points = 0;
    int rated = 0;
    for (Question q : questionnaire.questions()) {
      if (q.kind().isLikert()) {
        if (q.notApplicable() && chance(notApplicable(q.id(), channel))) {
          answers.put(q.id(), AnswerValue.notApplicableAnswer());
          continue;
        }
        double p = Math.min(0.98, Math.max(0.02, trend.rate(day, q.dimension()) + mood));
        int answer = likert(q.kind().scale(), p);
        answers.put(q.id(), AnswerValue.points(answer));
        points += answer;
        rated++;
      } else if (q.kind() == QuestionKind.SINGLE && !q.choices().isEmpty()) {
        if (q.required() || chance(0.8)) {
          answers.put(q.id(), AnswerValue.chosen(List.of(choice(q))));
        }
      } else if (q.kind() == QuestionKind.TEXT && chance(0.16)) {
        double mean = rated == 0 ? 4 : (double) points / rated;
        answers.put(q.id(), AnswerValue.text(DemoComments.pick(this, mean, day, trend.to())));
      }
    }
    return answers;
  }

  /** Points on a {@code scale}-point Likert question, in the top two with probability {@code p}. */
  private int likert(int scale, double p) {
    if (chance(p)) {
      return chance(0.45) ? scale : scale - 1;
    }
    double u = random.nextDouble();
    if (scale == 4) {
      return u < 0.75 ? 2 : 1;
    }
    return u < 0.62 ? 3 : u < 0.9 ? 2 : 1;
  }

  /** How likely "not applicable" is: an online respondent never saw the office, and so on. */
  private static double notApplicable(String questionId, SurveyChannel channel) {
    boolean online = channel == SurveyChannel.ONLINE || channel == SurveyChannel.CASE;
    return switch (questionId) {
      case "env-clean", "env-facilities" -> online ? 0.55 : 0.03;
      case "courtesy-phone" -> channel == SurveyChannel.PHONE ? 0.02 : 0.45;
      case "online", "tracking" -> online ? 0.03 : 0.35;
      case "officer" -> 0.12;
      default -> 0.05;
    };
  }

  /** A choice: the first (a first visit) less often than the others. */
  private String choice(Question q) {
    List<Choice> choices = q.choices();
    if (choices.size() == 3) {
      double u = random.nextDouble();
      return choices.get(u < 0.2 ? 0 : u < 0.75 ? 1 : 2).code();
    }
    return any(choices).code();
  }
}

// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A MinHash signature of a text: {@value #SIZE} minimum hashes of its character bigrams (letters
 * and digits only, lower case — two characters are a word's worth of Chinese), so that two
 * signatures agree in about the share of places that the texts' bigram sets overlap (Jaccard). It
 * keeps no text and cannot be read back; it serves to find a petitioner's likely repeat.
 */
public final class TextSignature {

  /** The number of hashes. */
  public static final int SIZE = 64;

  private final int[] hashes;

  private TextSignature(int[] hashes) {
    this.hashes = hashes;
  }

  /** The signature of {@code text}; an empty text has a signature that matches nothing. */
  public static TextSignature of(String text) {
    Set<String> shingles = shingles(text);
    int[] mins = new int[SIZE];
    Arrays.fill(mins, Integer.MAX_VALUE);
    for (String shingle : shingles) {
      long base = shingle.hashCode();
      for (int i = 0; i < SIZE; i++) {
        int h = (int) mix(base * 0x9E3779B97F4A7C15L + (i + 1) * 0xC2B2AE3D27D4EB4FL);
        if (h < mins[i]) {
          mins[i] = h;
        }
      }
    }
    return new TextSignature(mins);
  }

  /** A signature as stored. */
  static TextSignature stored(int[] hashes) {
    if (hashes.length != SIZE) {
      throw new IllegalArgumentException("A signature has " + SIZE + " hashes");
    }
    return new TextSignature(hashes.clone());
  }

  /** The share of places in which the two signatures agree, 0 to 1. */
  public double similarity(TextSignature other) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (hashes[i] == other.hashes[i] && hashes[i] != Integer.MAX_VALUE) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  /** The hashes, for storing. */
  Integer[] boxed() {
    return Arrays.stream(hashes).boxed().toArray(Integer[]::new);
  }

  private static Set<String> shingles(String text) {
    StringBuilder kept = new StringBuilder();
    text.toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(kept::appendCodePoint);
    int[] points = kept.codePoints().toArray();
    Set<String> shingles = new HashSet<>();
    if (points.length == 1) {
      shingles.add(new String(points, 0, 1));
    }
    for (int i = 0; i + 1 < points.length; i++) {
      shingles.add(new String(points, i, 2));
    }
    return shingles;
  }

  /** MurmurHash3's 64-bit finaliser: spreads every input bit over the output. */
  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xFF51AFD7ED558CCDL;
    k ^= k >>> 33;
    k *= 0xC4CEB9FE1A85EC53L;
    k ^= k >>> 33;
    return k;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TextSignature s && Arrays.equals(s.hashes, hashes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(hashes);
  }

  @Override
  public String toString() {
    return "TextSignature[" + SIZE + " hashes]";
  }
}

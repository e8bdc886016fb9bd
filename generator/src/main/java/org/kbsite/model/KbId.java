package org.kbsite.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An article number such as Q158279. Ordered numerically. */
public record KbId(int number) implements Comparable<KbId> {
  private static final Pattern FORM = Pattern.compile("(?i)(?:Q|kb)?0*(\\d{1,7})");

  public KbId {
    if (number <= 0) {
      throw new IllegalArgumentException("article number must be positive: " + number);
    }
  }

  /** Parses {@code Q158279}, {@code q158279}, {@code kb158279} or {@code 158279}; null when not an ID. */
  public static KbId parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    int n = Integer.parseInt(m.group(1));
    return n > 0 ? new KbId(n) : null;
  }

  /** The folder the archive files the article under: the number divided by 1000, three digits. */
  public String bucket() {
    String n = Integer.toString(number / 1000);
    // String.format is slow, and this runs for every link to every article.
    return n.length() >= 3 ? n : "00".substring(n.length() - 1) + n;
  }

  /** Site-relative path of the article page, without a leading slash: {@code kb/158/Q158279/}. */
  public String pagePath() {
    return "kb/" + bucket() + "/" + this + "/";
  }

  @Override
  public int compareTo(KbId o) {
    return Integer.compare(number, o.number);
  }

  @Override
  public String toString() {
    return "Q" + number;
  }
}

package org.kbsite.model;

import java.util.Locale;

/** The role of a section, from its heading. */
public enum SectionKind {
  SUMMARY("summary"),
  SYMPTOMS("symptoms"),
  CAUSE("cause"),
  RESOLUTION("resolution"),
  STATUS("status"),
  WORKAROUND("workaround"),
  MORE_INFORMATION("moreInformation"),
  REFERENCES("references"),
  OTHER("other");

  private final String key;

  SectionKind(String key) {
    this.key = key;
  }

  /** The name used in JSON and as the page anchor stem. */
  public String key() {
    return key;
  }

  public static SectionKind ofHeading(String heading) {
    String h = heading.strip().toUpperCase(Locale.ROOT);
    if (h.endsWith(":")) {
      h = h.substring(0, h.length() - 1).strip();
    }
    return switch (h) {
      case "SUMMARY" -> SUMMARY;
      case "SYMPTOMS", "SYMPTOM" -> SYMPTOMS;
      case "CAUSE" -> CAUSE;
      case "RESOLUTION" -> RESOLUTION;
      case "STATUS" -> STATUS;
      case "WORKAROUND" -> WORKAROUND;
      case "MORE INFORMATION" -> MORE_INFORMATION;
      case "REFERENCES" -> REFERENCES;
      default -> OTHER;
    };
  }
}

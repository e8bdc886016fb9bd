package org.kbsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kbsite.TestPaths;
import org.junit.jupiter.api.Test;

/**
 * The pairs of text and background colours the stylesheet sets ({@link #PAIRS}), in its light and
 * dark schemes and for print, have the contrast WCAG 2 asks of body text (4.5:1): a search
 * highlight once kept the light scheme's yellow under the dark scheme's near-white text (1.05:1).
 * Each scheme sets every colour, so that none leaks from another (print in a dark scheme).
 */
class StyleContrastTest {
  /** Text colour, background colour: the variables the stylesheet pairs. */
  private static final List<String[]> PAIRS = List.of(
      new String[] {"fg", "bg"}, new String[] {"muted", "bg"}, new String[] {"accent", "bg"},
      new String[] {"visited", "bg"}, new String[] {"missing", "bg"}, new String[] {"fg", "panel"},
      new String[] {"muted", "panel"}, new String[] {"accent", "panel"}, new String[] {"fg", "code-bg"},
      new String[] {"on-accent", "accent"}, new String[] {"fg", "mark"});

  private static final Pattern ROOT = Pattern.compile(":root\\s*\\{([^}]*)\\}");
  private static final Pattern VARIABLE = Pattern.compile("--([\\w-]+):\\s*#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b");

  @Test
  void textIsReadableInBothSchemes() throws Exception {
    String css = Files.readString(TestPaths.repoRoot().resolve("templates/assets/style.css"));
    Matcher root = ROOT.matcher(css);
    List<Map<String, String>> schemes = new ArrayList<>();
    while (root.find()) {
      Map<String, String> colours = new HashMap<>();
      Matcher v = VARIABLE.matcher(root.group(1));
      while (v.find()) {
        String hex = v.group(2);
        colours.put(v.group(1), hex.length() == 6 ? hex : hex.replaceAll("(.)", "$1$1"));
      }
      schemes.add(colours);
    }
    // Light, dark, print.
    assertEquals(3, schemes.size(), "the stylesheet's :root blocks");
    for (Map<String, String> scheme : schemes) {
      assertEquals(schemes.get(0).keySet(), scheme.keySet(), "every scheme sets every colour");
    }
    assertTrue(css.contains("mark { background: var(--mark); color: var(--fg)"), "highlights use the scheme's colours");
    List<String> failures = new ArrayList<>();
    for (int s = 0; s < schemes.size(); s++) {
      for (String[] pair : PAIRS) {
        double ratio = contrast(schemes.get(s).get(pair[0]), schemes.get(s).get(pair[1]));
        if (ratio < 4.5) {
          failures.add(String.format("scheme %d: --%s on --%s %.2f:1", s, pair[0], pair[1], ratio));
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void contrastIsWcags() {
    assertEquals(21.0, contrast("000000", "ffffff"), 1e-9);
    assertEquals(1.0, contrast("777777", "777777"), 1e-9);
    // WCAG's own example: #767676 on white is the lightest grey that passes, 4.54:1.
    assertEquals(4.54, contrast("767676", "ffffff"), 0.005);
  }

  private static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double[] weights = {0.2126, 0.7152, 0.0722};
    double l = 0;
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16) / 255.0;
      l += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
    }
    return l;
  }
}

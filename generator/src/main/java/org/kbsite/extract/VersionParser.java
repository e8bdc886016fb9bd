package org.kbsite.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kbsite.model.Version;
import org.kbsite.text.Spaces;

/**
 * Parses the Version(s) header: groups split on {@code ;} and {@code |}, an optional
 * {@code PLATFORM:} prefix, comma lists, and space lists whose tokens all start with a digit.
 */
final class VersionParser {
  private static final Pattern PLATFORM = Pattern.compile("^([A-Za-z][A-Za-z0-9 ./_-]*?)\\s*:(.*)$");
  private static final Pattern GROUP_SPLIT = Pattern.compile("[;|]");
  /** Where a platform group may start after a space: {@code WinNT:3.5,3.51 WFW:3.11}. */
  private static final Pattern NEXT_PLATFORM = Pattern.compile("\\s+(?=[A-Za-z][A-Za-z0-9/]*:)");
  /** The archive's platform names, as a group without its colon may write one. */
  private static final String PLATFORM_NAME = "(?i:win(?:dows|95|98|nt|2000|3x)|wfw|ms-?dos|macintosh?|os/2)";
  /**
   * A platform written last without its colon or versions, after another group:
   * {@code WinNT:3.5,3.51 WFW:3.11 Win95}. Only the archive's platform names count, so that an
   * item such as {@code 98 Second Edition} stays a version.
   */
  private static final Pattern BARE_PLATFORM = Pattern.compile("\\s+(" + PLATFORM_NAME + ")$");
  /** A group with no colon that is a platform ({@code WINDOWS|MACINTOS:1.0}), or one glued to its version ({@code Windows4.0}). */
  private static final Pattern NAMED_ONLY = Pattern.compile("(" + PLATFORM_NAME + ")(\\d\\S*)?");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** A service pack written alone in a list, after its version: {@code 6.0,SP2}, {@code 6.0 sp1, sp2}. */
  private static final Pattern SERVICE_PACK = Pattern.compile("(?i)sp\\s*\\d+[a-z]?");
  private static final Pattern CUT_OFF = Pattern.compile("\\.\\d.*|.*\\d\\.");
  /** A service pack glued to its version: {@code 4.0SP1}, {@code 97sp2}, written elsewhere {@code 4.0 SP1}. */
  private static final Pattern GLUED_SERVICE_PACK = Pattern.compile("(?i)(\\d[\\d.]*[a-z]?)(sp\\d+[a-z]?)");

  private VersionParser() {}

  static List<Version> parse(String raw) {
    Set<Version> out = new LinkedHashSet<>();
    String platform = null;
    for (String group : GROUP_SPLIT.split(raw)) {
      String g = group.strip();
      // A list of versions cut off by a stray ";" (WINDOWS:2.1,2.11 SP1;2.11 SP2) goes on with the
      // platform; words (Win 3.1) are no versions of it.
      if (platform != null && g.indexOf(':') < 0 && !g.isEmpty() && Character.isDigit(g.charAt(0)) && raw.indexOf('|') < 0) {
        g = platform + ":" + g;
      }
      for (String part : unglue(g)) {
        platform = addGroup(part.strip(), out);
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * Splits groups that the archive glued together with a space. A space only separates groups
   * once the current group has had its colon, so platform names with spaces
   * ({@code WINDOWS NT:4.0}) stay whole.
   */
  private static List<String> unglue(String group) {
    List<String> parts = new ArrayList<>();
    Matcher m = NEXT_PLATFORM.matcher(group);
    int start = 0;
    while (m.find()) {
      if (group.substring(start, m.start()).indexOf(':') >= 0) {
        parts.add(group.substring(start, m.start()));
        start = m.end();
      }
    }
    String last = group.substring(start);
    Matcher bare = BARE_PLATFORM.matcher(last);
    if (last.indexOf(':') >= 0 && bare.find()) {
      parts.add(last.substring(0, bare.start()));
      parts.add(bare.group(1) + ":");
    } else {
      parts.add(last);
    }
    return parts;
  }

  /** Adds a group's versions to {@code out}; returns its platform, or null. */
  private static String addGroup(String group, Set<Version> out) {
    if (group.isEmpty()) {
      return null;
    }
    String platform = null;
    String list = group;
    Matcher named = NAMED_ONLY.matcher(group);
    if (group.startsWith(":")) {
      list = group.substring(1);
    } else if (named.matches()) {
      platform = platform(named.group(1));
      list = Objects.requireNonNullElse(named.group(2), "");
    } else {
      Matcher m = PLATFORM.matcher(group);
      if (m.matches()) {
        platform = platform(m.group(1));
        list = m.group(2);
      }
    }
    List<String> versions = new ArrayList<>();
    for (String item : list.split(",")) {
      String v = item.strip();
      if (v.isEmpty()) {
        continue;
      }
      String[] tokens = SPACES.split(v);
      if (tokens.length > 1 && allStartWithDigit(tokens)) {
        Stream.of(tokens).filter(t -> !cutOff(t)).forEach(versions::add);
      } else if (SERVICE_PACK.matcher(v).matches() && !versions.isEmpty()
          && Character.isDigit(versions.get(versions.size() - 1).charAt(0))) {
        // "6.0,SP2" is 6.0 SP2, not a version "SP2" of its own.
        versions.add(SPACES.split(versions.get(versions.size() - 1))[0] + " " + v);
      } else if (!cutOff(v)) {
        Matcher glued = GLUED_SERVICE_PACK.matcher(v);
        versions.add(glued.matches() ? glued.group(1) + " " + glued.group(2) : v);
      }
    }
    if (versions.isEmpty()) {
      if (platform != null) {
        out.add(new Version(platform, null));
      }
      return platform;
    }
    for (String v : versions) {
      out.add(new Version(platform, v));
    }
    return platform;
  }

  /**
   * A platform in one spelling, so that a program finds every article of one by its name: upper
   * case, spaces out ({@code winnt}, {@code WinNT}, {@code Winnt} are {@code WINNT}, {@code MS- DOS}
   * is {@code MS-DOS}), and the archive's other names for the same platform as its usual one
   * ({@code WINDOWS NT} is {@code WINNT}; {@code MSDOS}, {@code MS-DOS}; {@code MACINTOS} and
   * {@code MAC}, cut short, {@code MACINTOSH}). {@code versionsRaw} keeps the header as written.
   */
  static String platform(String written) {
    String p = Spaces.remove(written).toUpperCase(Locale.ROOT);
    return switch (p) {
      case "WINDOWSNT" -> "WINNT";
      case "MSDOS", "DOS" -> "MS-DOS";
      case "MAC", "MACINTOS" -> "MACINTOSH";
      case "OS2" -> "OS/2";
      default -> p;
    };
  }

  /**
   * A version broken off ({@code 2.} over a trailer's {@code 2.}, {@code .0}, {@code 5.01.} where the
   * header was cut at 87 characters): a point with no digit on one side. {@code .NET} is a name.
   */
  private static boolean cutOff(String version) {
    return CUT_OFF.matcher(version).matches();
  }

  private static boolean allStartWithDigit(String[] tokens) {
    for (String t : tokens) {
      if (!Character.isDigit(t.charAt(0))) {
        return false;
      }
    }
    return true;
  }
}

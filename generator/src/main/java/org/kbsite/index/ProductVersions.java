package org.kbsite.index;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kbsite.model.Version;

/**
 * Which of an article's versions are versions of one of its products. The Version(s) header
 * gives versions by platform, and where the product is itself an operating system, the other
 * platforms' versions are those systems' releases, not the product's: Windows NT's
 * {@code WINDOWS:95; winnt:4.0} is Windows 95 and NT 4.0, and MS-DOS's
 * {@code MS-DOS:6.0; WINDOWS:3.1} is not a DOS 3.1. For other products the platform says where
 * the product runs ({@code MACINTOSH:2.5; WINDOWS:2.6} are both FoxPro), so all are kept.
 */
public final class ProductVersions {
  private ProductVersions() {}

  /** The archive's operating-system products, and the platform families they are. */
  private static final Map<String, Set<String>> SYSTEMS = Map.of(
      "Microsoft Windows NT", Set.of("nt"),
      "Microsoft Windows 95.x Retail Product", Set.of("windows"),
      "Microsoft Windows 3.x Retail Product", Set.of("windows"),
      "Microsoft Disk Operating System", Set.of("dos"),
      "Windows for Workgroups and Windows NT Networking Issues", Set.of("windows", "nt"));

  /**
   * The versions filed under {@code product}: all of them, unless the product is an operating
   * system whose own platform the header names; then that platform's versions and those with
   * none.
   */
  public static List<Version> filedUnder(String product, List<Version> versions) {
    Set<String> own = SYSTEMS.get(product);
    if (own == null) {
      return versions;
    }
    List<Version> kept = versions.stream().filter(v -> blank(v.platform()) || own.contains(family(v))).toList();
    // Kept with a platform: the product's own named, so the others' versions are other systems'.
    return kept.stream().anyMatch(v -> !blank(v.platform())) ? kept : versions;
  }

  /**
   * The system a version's platform names, in its many spellings ({@code winnt}, {@code WINDOWS NT},
   * {@code MS- DOS}). Windows 2000 and XP ({@code WINDOWS:2000}) are Windows NT releases; what a
   * {@code Win2000} or {@code WinXP} platform holds is told by its versions too, as the archive
   * also writes {@code Win2000:95} for Windows 95.
   */
  static String family(Version v) {
    String platform = v.platform();
    if (platform == null) {
      return "";
    }
    StringBuilder letters = new StringBuilder(platform.length());
    for (int i = 0; i < platform.length(); i++) {
      char c = Character.toLowerCase(platform.charAt(i));
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        letters.append(c);
      }
    }
    String p = letters.toString();
    return switch (p) {
      case "winnt", "windowsnt" -> "nt";
      case "windows", "win95", "win98", "win3x", "wfw", "win2000", "winxp" -> ntRelease(v.version()) ? "nt" : "windows";
      case "msdos", "dos" -> "dos";
      default -> p;
    };
  }

  private static boolean ntRelease(String version) {
    return version != null && (version.startsWith("2000") || version.toUpperCase(Locale.ROOT).startsWith("XP"));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}

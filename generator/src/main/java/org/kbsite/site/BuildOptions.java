package org.kbsite.site;

import java.nio.file.Path;

/**
 * What a build reads and writes. {@code templates} null means the templates built into kbsite;
 * {@code baseUrl} is the URL path the site is served under, starting and ending with {@code /}.
 */
public record BuildOptions(Path content, Path out, Path templates, String baseUrl) {
  public BuildOptions {
    content = content.toAbsolutePath().normalize();
    out = out.toAbsolutePath().normalize();
    templates = templates == null ? null : templates.toAbsolutePath().normalize();
    baseUrl = normaliseBase(baseUrl);
  }

  /** A URL path: RFC 3986 path characters, no host ({@code //}) and no {@code ..} segment. */
  private static final java.util.regex.Pattern URL_PATH =
      java.util.regex.Pattern.compile("/(?!/)(?:[A-Za-z0-9._~!$&'()*+,;=:@%-]+/)*");

  /** Adds the slashes a base URL needs; rejects one that is not a plain path on this site. */
  static String normaliseBase(String base) {
    String b = base == null || base.isBlank() ? "/" : base.strip();
    if (!b.startsWith("/")) {
      b = "/" + b;
    }
    b = b.endsWith("/") ? b : b + "/";
    if (!URL_PATH.matcher(b).matches() || b.contains("/../") || b.contains("/./")) {
      throw new IllegalArgumentException("the base URL must be a path such as /kbarchive/: " + base);
    }
    return b;
  }
}

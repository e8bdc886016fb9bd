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

  static String normaliseBase(String base) {
    String b = base == null || base.isBlank() ? "/" : base.strip();
    if (!b.startsWith("/")) {
      b = "/" + b;
    }
    return b.endsWith("/") ? b : b + "/";
  }
}

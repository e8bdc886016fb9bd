package org.kbsite.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * What a build reads and writes. {@code templates} null means the templates built into kbsite;
 * {@code baseUrl} is the URL path the site is served under, starting and ending with {@code /};
 * {@code siteUrl} is the origin it is served from ({@code https://example.org}, no path), or
 * null when unknown: absolute URLs (sitemaps, canonical and Open Graph URLs) need it. {@code clean}
 * makes every file anew and replaces the output folder as a whole, instead of the default
 * incremental build that rewrites only the files whose bytes change.
 */
public record BuildOptions(Path content, Path out, Path templates, String baseUrl, String siteUrl, boolean clean) {
  public BuildOptions {
    content = content.toAbsolutePath().normalize();
    out = out.toAbsolutePath().normalize();
    templates = templates == null ? null : templates.toAbsolutePath().normalize();
    baseUrl = normaliseBase(baseUrl);
    siteUrl = normaliseOrigin(siteUrl);
  }

  public BuildOptions(Path content, Path out, Path templates, String baseUrl, String siteUrl) {
    this(content, out, templates, baseUrl, siteUrl, false);
  }

  public BuildOptions(Path content, Path out, Path templates, String baseUrl) {
    this(content, out, templates, baseUrl, null);
  }

  /** The same options, building clean or incrementally. */
  public BuildOptions withClean(boolean clean) {
    return new BuildOptions(content, out, templates, baseUrl, siteUrl, clean);
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

  /**
   * {@code http(s)://host[:port]} without a trailing slash; null for null or blank.
   *
   * @throws IllegalArgumentException for anything else, saying why
   */
  public static String normaliseOrigin(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String u = url.strip();
    URI uri;
    try {
      uri = new URI(u);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("--site-url is not a URL: " + u);
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException("--site-url must be http:// or https:// and a host, e.g. https://example.org: " + u);
    }
    if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")
        || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("--site-url takes only the origin (put a path in --base-url): " + u);
    }
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }
}

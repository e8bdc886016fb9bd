package org.kbsite.site;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.kbsite.incremental.Hasher;
import org.kbsite.index.SiteIndex;
import org.kbsite.model.ArticleSummary;
import org.kbsite.render.Links;

/**
 * What crawlers read: {@code robots.txt}, and a sitemap index {@code sitemap.xml} over files of
 * at most {@value #URLS_PER_FILE} URLs each (the protocol allows 50,000). Sitemaps must hold
 * absolute URLs, so they are written only when the site's origin is known ({@code --site-url}).
 */
final class WebFiles {
  static final int URLS_PER_FILE = 40_000;
  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

  private record Url(String path, String lastmod) {}

  private WebFiles() {}

  static void write(SiteOutput out, Links links, SiteIndex index, List<String> indexPages) {
    StringBuilder robots = new StringBuilder("User-agent: *\nDisallow:\n");
    if (links.hasOrigin()) {
      List<Url> urls = new ArrayList<>();
      for (ArticleSummary s : index.articles()) {
        urls.add(new Url(s.id().pagePath(), s.lastModified() == null ? null : s.lastModified().toString()));
      }
      for (String page : indexPages) {
        if (page.endsWith("index.html")) {
          urls.add(new Url(page.substring(0, page.length() - "index.html".length()), null));
        }
      }
      int files = (urls.size() + URLS_PER_FILE - 1) / URLS_PER_FILE;
      List<Url> sitemaps = new ArrayList<>();
      for (int f = 0; f < files; f++) {
        String name = "sitemap-" + (f + 1) + ".xml";
        sitemaps.add(new Url(name, null));
        List<Url> part = urls.subList(f * URLS_PER_FILE, Math.min(urls.size(), (f + 1) * URLS_PER_FILE));
        // Made again only when its URLs or dates change (the origin is in the build key).
        Hasher inputs = new Hasher();
        part.forEach(u -> inputs.str(u.path()).str(u.lastmod()));
        out.put(name, inputs.done(), () -> sitemap("urlset", "url", links, part).getBytes(StandardCharsets.UTF_8));
      }
      out.write("sitemap.xml", sitemap("sitemapindex", "sitemap", links, sitemaps));
      robots.append("\nSitemap: ").append(links.absolute("sitemap.xml")).append('\n');
    }
    out.write("robots.txt", robots.toString());
  }

  /**
   * A {@code urlset} of {@code url} entries or a {@code sitemapindex} of {@code sitemap} entries:
   * the same shape, a location and an optional last-modified date each.
   */
  private static String sitemap(String root, String entry, Links links, List<Url> urls) {
    return xml(w -> {
      w.writeStartElement(root);
      w.writeDefaultNamespace(NS);
      for (Url u : urls) {
        w.writeCharacters("\n");
        w.writeStartElement(entry);
        element(w, "loc", links.absolute(u.path()));
        if (u.lastmod() != null) {
          element(w, "lastmod", u.lastmod());
        }
        w.writeEndElement();
      }
      w.writeCharacters("\n");
      w.writeEndElement();
    });
  }

  private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(text);
    w.writeEndElement();
  }

  private interface Body {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  private static String xml(Body body) {
    StringWriter sw = new StringWriter();
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(sw);
      w.setDefaultNamespace(NS);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      body.write(w);
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return sw + "\n";
  }
}

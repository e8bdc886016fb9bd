package org.kbsite.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import org.jsoup.nodes.Entities;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The Mustache templates of a site, compiled once. Compiled templates are safe to execute from
 * many threads at once. Every page is rendered into {@code layout.mustache}.
 */
public final class Templates {
  private final MustacheFactory factory;
  private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

  private Templates(MustacheFactory factory) {
    this.factory = factory;
  }

  /** Templates from a folder, or the ones built into kbsite when {@code dir} is null. */
  public static Templates load(Path dir) {
    if (dir == null) {
      return new Templates(new HtmlMustacheFactory("templates"));
    }
    if (!Files.isRegularFile(dir.resolve("layout.mustache"))) {
      throw new UncheckedIOException(new java.io.FileNotFoundException(
          "templates folder has no layout.mustache: " + dir));
    }
    Templates t = new Templates(new HtmlMustacheFactory(new File(dir.toString())));
    // A folder of the user's is compiled whole now: a template that does not compile fails the
    // build before any work, naming its file and line, not once the pages that use it come up.
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(f)).sorted().toList()) {
        String name = f.getFileName().toString();
        t.compiled(name.substring(0, name.length() - SUFFIX.length()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return t;
  }

  private static final String SUFFIX = ".mustache";

  private Mustache compiled(String name) {
    return compiled.computeIfAbsent(name, n -> factory.compile(n + SUFFIX));
  }

  /** Renders {@code name}.mustache with {@code view}, inside the layout. */
  public String page(String name, PageView page, Object view) {
    String content = render(name, view);
    return render("layout", new LayoutView(page, content));
  }

  public String render(String name, Object view) {
    Mustache m = compiled(name);
    StringWriter out = new StringWriter(8192);
    m.execute(out, view);
    return out.toString();
  }

  /**
   * Escapes {@code {{values}}} with jsoup's HTML escaper: markup characters and quotes only, so
   * that newlines and {@code =} stay readable in the output (Mustache.java's default escapes them).
   */
  private static final class HtmlMustacheFactory extends DefaultMustacheFactory {
    HtmlMustacheFactory(String resourceRoot) {
      super(resourceRoot);
    }

    HtmlMustacheFactory(File fileRoot) {
      super(fileRoot);
    }

    private static boolean needsEscaping(String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
          return true;
        }
      }
      return false;
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        // Most values (IDs, dates, plain words) need no escaping; only those that do pay for it.
        writer.write(needsEscaping(value) ? Entities.escape(value) : value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** What the layout sees: the page's frame and its rendered content. */
  public record LayoutView(PageView page, String content) {}
}

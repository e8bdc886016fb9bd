package org.kbsite.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A static host on 127.0.0.1 for the browser tests: serves a generated site under a URL prefix
 * (as a host would serve it under {@code --base-url}), never caches, and counts the bytes and
 * files it sends so that tests can measure what a query downloads.
 */
public final class StaticServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8", "css", "text/css", "js", "text/javascript",
      "json", "application/json", "xml", "application/xml", "txt", "text/plain");

  private final HttpServer server;
  private final Path root;
  private final String prefix;
  private final boolean notFoundPage;
  private final AtomicLong bytes = new AtomicLong();
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  /** Serves {@code root} at {@code http://127.0.0.1:PORT<prefix>}; {@code prefix} starts and ends with /. */
  public StaticServer(Path root, String prefix) throws IOException {
    this(root, prefix, false);
  }

  /**
   * As {@link #StaticServer(Path, String)}; with {@code notFoundPage}, a path with no file gets the
   * site's {@code 404.html} with status 404, as the README's host configurations serve it.
   */
  public StaticServer(Path root, String prefix, boolean notFoundPage) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.prefix = prefix;
    this.notFoundPage = notFoundPage;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::serve);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + prefix + path;
  }

  /** Bytes of response bodies sent since the last {@link #reset}. */
  public long bytes() {
    return bytes.get();
  }

  public List<String> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  public void reset() {
    bytes.set(0);
    requests.clear();
  }

  private void serve(HttpExchange ex) throws IOException {
    try (ex) {
      String path = URI.create(ex.getRequestURI().toString()).getPath();
      Path file = null;
      if (path.startsWith(prefix)) {
        file = root.resolve(path.substring(prefix.length())).normalize();
        if (Files.isDirectory(file)) {
          file = file.resolve("index.html");
        }
      }
      int status = 200;
      if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
        requests.add("404 " + path);
        if (!notFoundPage || ex.getRequestMethod().equals("HEAD")) {
          ex.sendResponseHeaders(404, -1);
          return;
        }
        file = root.resolve("404.html");
        status = 404;
      }
      byte[] body = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      String ext = name.substring(name.lastIndexOf('.') + 1);
      ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
      ex.getResponseHeaders().set("Cache-Control", "no-store");
      if (ex.getRequestMethod().equals("HEAD")) {
        ex.sendResponseHeaders(status, -1);
        return;
      }
      ex.sendResponseHeaders(status, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
      bytes.addAndGet(body.length);
      requests.add(path + " " + body.length);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}

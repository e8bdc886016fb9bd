package org.kbsite.render;

import java.util.function.Supplier;
import org.kbsite.incremental.Hash;

/** Receives pages: each with the hash of what it is made from, and the means to render it. */
@FunctionalInterface
public interface PageSink {
  void page(String path, Hash inputs, Supplier<String> html);
}

package org.kbsite.render;

import java.util.function.Supplier;
import org.kbsite.incremental.Hash;

/**
 * Receives pages: each with the means to hash what it is made from and to render it. Both may be
 * called from any thread, later.
 */
@FunctionalInterface
public interface PageSink {
  void page(String path, Supplier<Hash> inputs, Supplier<String> html);
}

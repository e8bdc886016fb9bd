package org.kbsite.site;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.kbsite.incremental.Hash;
import org.kbsite.incremental.Hasher;

/**
 * Every file of the site passes through here, which decides whether it must be written. A file
 * is given with the hash of its inputs, when the caller knows them: when the previous build made
 * it from the same inputs, it is kept without being made again. Otherwise its bytes are made and
 * hashed, and only bytes that differ from what the output folder holds are written, into the
 * staging folder. A clean build (no previous manifest) writes everything.
 *
 * <p>Every inputs hash is combined with the build key ({@link BuildKey}) before it is stored or
 * compared, so that a file is never kept across a change of kbsite, options or templates. What the
 * site now holds, file by file, is the manifest the next build compares with. Safe to call from
 * many threads.
 */
final class SiteOutput {
  private final OutputWriter staging;
  private final Hash key;
  private final Path site;
  /** The published site's files, null for a clean build. */
  private final PublishedManifest previous;
  /** What the site holds after this build: an update of the published files, or a log for a clean build. */
  private final UpdatedManifest manifest;
  private final ManifestLog log;
  private final AtomicInteger pages = new AtomicInteger();
  /** The files written, by path; a clean build, which writes every file, only counts them. */
  private final Map<String, Boolean> written = new ConcurrentHashMap<>();
  private final AtomicInteger writtenCount = new AtomicInteger();

  /** {@code before} is the manifest of the site in {@code site}, or null to write every file. */
  SiteOutput(Path staging, Hash key, Path site, PublishedManifest before) {
    this.staging = new OutputWriter(staging);
    this.key = key;
    this.site = site;
    this.previous = before;
    this.manifest = before == null ? null : new UpdatedManifest(before);
    this.log = before == null ? new ManifestLog() : null;
  }

  /** The build key, which every inputs hash is combined with. */
  Hash key() {
    return key;
  }

  /** True when this build writes every file into an empty staging folder. */
  boolean clean() {
    return previous == null;
  }

  /** The published site, whose unchanged files an incremental build may read. */
  Path site() {
    return site;
  }

  /**
   * True, and the file kept as it is, when the previous build made {@code path} from the same
   * inputs; false when the caller must make it.
   */
  boolean unchanged(String path, Hash inputs) {
    int i = madeFrom(path, inputs);
    if (i >= 0) {
      keep(i);
      return true;
    }
    return false;
  }

  /** True when the previous build made {@code path} from these inputs. */
  boolean same(String path, Hash inputs) {
    return madeFrom(path, inputs) >= 0;
  }

  /** The published file's index when the previous build made it from these inputs, else -1. */
  private int madeFrom(String path, Hash inputs) {
    int i = indexOf(path);
    return i >= 0 && inputs != null && previous.madeFrom(i, keyed(inputs)) ? i : -1;
  }

  private int indexOf(String path) {
    return previous == null ? -1 : previous.indexOf(path);
  }

  /**
   * The inputs hash combined with the build key, so that nothing made under another key is taken
   * to be unchanged. Both are digests, uniformly random: their XOR matches another pair's only by
   * a 2^-128 chance, and costs nothing where a digest of the two cost one per file and lookup.
   */
  private Hash keyed(Hash inputs) {
    return inputs == null ? null : new Hash(inputs.hi() ^ key.hi(), inputs.lo() ^ key.lo());
  }

  /** True when the previous site has this file. */
  boolean had(String path) {
    return indexOf(path) >= 0;
  }

  /** Keeps a file of the previous site, known to be unchanged. */
  void keep(String path) {
    if (!keepPublished(path)) {
      throw new IllegalStateException("not in the published site: " + path);
    }
  }

  /** Keeps a file of the previous site, known to be unchanged, when the site has it; false when not. */
  boolean keepPublished(String path) {
    int i = indexOf(path);
    if (i >= 0) {
      keep(i);
    }
    return i >= 0;
  }

  private void keep(int i) {
    record(i, previous.path(i), UpdatedManifest.KEPT);
  }

  /** Keeps every file of the previous site: nothing it is made from changed. */
  void keepAll() {
    for (int i = 0; i < previous.size(); i++) {
      keep(i);
    }
  }

  /** Makes the file only when its inputs changed. */
  void put(String path, Hash inputs, Supplier<byte[]> bytes) {
    if (!unchanged(path, inputs)) {
      write(path, inputs, bytes.get());
    }
  }

  void write(String path, String text) {
    write(path, null, text.getBytes(StandardCharsets.UTF_8));
  }

  void write(String path, byte[] bytes) {
    write(path, null, bytes);
  }

  /** Writes the file unless the output folder holds these very bytes. */
  void write(String path, Hash inputs, byte[] bytes) {
    Hash hash = Hasher.of(bytes);
    int i = indexOf(path);
    record(i, path, new BuildState.Output(keyed(inputs), hash));
    if (i < 0 || !hash.equals(previous.bytes(i))) {
      staging.write(path, bytes);
      wrote(path);
    }
  }

  /**
   * A new file too large to hold and hash, which the caller writes whole and closes. Its inputs
   * hash stands for its bytes in the manifest.
   */
  FileChannel channel(String path, Hash inputs) throws IOException {
    record(indexOf(path), path, new BuildState.Output(keyed(inputs), keyed(inputs)));
    wrote(path);
    return staging.channel(path);
  }

  /**
   * Writes a file too large to hold: streamed into the staging folder, its bytes hashed as they
   * go, and left there only when they differ from what the output folder holds.
   */
  void stream(String path, Hash inputs, HashingOutput.Body body) throws IOException {
    Hash hash;
    try (FileChannel channel = staging.channel(path)) {
      hash = HashingOutput.write(channel, body);
    }
    int i = indexOf(path);
    record(i, path, new BuildState.Output(keyed(inputs), hash));
    if (i >= 0 && hash.equals(previous.bytes(i))) {
      staging.delete(path);
    } else {
      wrote(path);
    }
  }

  /** Records a file: {@code i} its index in the published site, -1 for a new file or a clean build. */
  private void record(int i, String path, BuildState.Output o) {
    if (path.endsWith(".html")) {
      pages.incrementAndGet();
    }
    if (log != null) {
      // A path given twice is found when the log is sorted.
      log.add(path, o);
    } else {
      manifest.put(i, path, o);
    }
  }

  /** The site's files after this build. */
  Manifest manifest() {
    return log != null ? log : manifest;
  }

  /** The number of HTML pages the site has after this build. */
  int pages() {
    return pages.get();
  }

  private void wrote(String path) {
    writtenCount.incrementAndGet();
    if (!clean()) {
      written.put(path, true);
    }
  }

  /** The number of files written into the staging folder. */
  int writtenCount() {
    return writtenCount.get();
  }

  /** The files an incremental build wrote into the staging folder, sorted. */
  List<String> written() {
    if (clean()) {
      throw new IllegalStateException("a clean build writes every file: see writtenCount");
    }
    return written.keySet().stream().sorted().toList();
  }

  /** The files of the previous site that this build did not make, in path order: once every file was given. */
  List<String> deleted() {
    if (deleted == null) {
      deleted = manifest == null ? List.of() : manifest.deleted();
    }
    return deleted;
  }

  private List<String> deleted;

  int unchangedCount() {
    return manifest().size() - writtenCount.get();
  }
}

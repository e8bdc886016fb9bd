package org.kbsite.site;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Times the pipeline's stages and reads the process's resource use for the build report. */
final class Stopwatch implements AutoCloseable {
  private final long start = System.nanoTime();
  private long stageStart = start;
  private final Map<String, Double> stages = new LinkedHashMap<>();
  private final HeapSampler heap = new HeapSampler();

  /** Ends the current stage under {@code name}. */
  void lap(String name) {
    long now = System.nanoTime();
    stages.put(name, round((now - stageStart) / 1e9));
    stageStart = now;
  }

  /** Stops sampling the heap. */
  @Override
  public void close() {
    heap.stop();
  }

  /** The stages timed so far, in order. */
  Map<String, Double> stages() {
    return new LinkedHashMap<>(stages);
  }

  BuildReport.Timings timings() {
    double cpu = 0;
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      cpu = os.getProcessCpuTime() / 1e9;
    }
    return new BuildReport.Timings(new LinkedHashMap<>(stages),
        round((System.nanoTime() - start) / 1e9), round(cpu), round(kernelCpu()), heap.peak(), peakRss());
  }

  /**
   * CPU seconds spent in the kernel (system calls: creating files and folders, mostly) from
   * /proc (Linux); 0 elsewhere. On a virtual disk this can exceed the build's own CPU time.
   */
  private static double kernelCpu() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      // Fields after the command name, which is in parentheses and may hold spaces; stime is the
      // 15th field, the 13th after the name. Clock ticks are USER_HZ, 100 on Linux.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[12]) / 100.0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /**
   * The most heap in use at once, sampled every 20 ms. The memory pools' own peaks are no
   * measure of it: they peak at different times, and their sum can exceed the heap's limit.
   */
  private static final class HeapSampler {
    private volatile long peak;
    private final Thread thread;

    HeapSampler() {
      thread = new Thread(() -> {
        while (true) {
          peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "kbsite-heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    void stop() {
      thread.interrupt();
    }

    long peak() {
      return Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
  }

  /** VmHWM from /proc (Linux); 0 elsewhere. */
  private static long peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: report 0 rather than fail the build over a statistic.
    }
    return 0;
  }

  private static double round(double seconds) {
    return Math.round(seconds * 1000) / 1000.0;
  }
}

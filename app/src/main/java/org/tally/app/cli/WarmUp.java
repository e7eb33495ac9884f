package org.tally.app.cli;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Warms a stage until the JIT has settled on it. On one core the C2 compiler thread keeps compiling for 30 s and more
 * after a stage starts, and it shares that core with the measured thread, so a warm-up of a few seconds measured
 * the compiler as much as Tally (1,435 against 6,671 extracted articles/s on the same tree). The warm-up therefore
 * runs at least its minimum, then until two whole quiet windows in a row, or until the cap. A window is quiet when
 * the JIT's total compilation time grew by at most a hundredth of its length and so did the CPU time of the JVM's
 * other threads: the compilation time grows only when a compilation ends, and one big method may take C2 seconds on a
 * shared core (a warm-up that watched the compilation time alone ended at 22 s, and the JIT then compiled for 7 s of
 * the measurement); the compiler threads' CPU time shows the compilation while it runs.
 */
final class WarmUp {
  /** What the measurement needs to read: the clock and the JIT's total compilation time. */
  interface Probe {
    long nanos();

    /** Milliseconds spent compiling since the JVM started, or -1 when the JVM cannot tell. */
    long compileMillis();

    /**
     * CPU nanoseconds of the JVM's threads other than the calling one (compiler threads, the collector), or -1 when the
     * JVM cannot tell.
     */
    long othersCpuNanos();

    /** The running JVM's. */
    static Probe jvm() {
      CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
      boolean counted = jit != null && jit.isCompilationTimeMonitoringSupported();
      java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      com.sun.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean()
          instanceof com.sun.management.OperatingSystemMXBean hotspot ? hotspot : null;
      boolean timed = os != null && threads.isCurrentThreadCpuTimeSupported();
      return new Probe() {
        @Override
        public long nanos() {
          return System.nanoTime();
        }

        @Override
        public long compileMillis() {
          return counted ? jit.getTotalCompilationTime() : -1;
        }

        @Override
        public long othersCpuNanos() {
          long process = timed ? os.getProcessCpuTime() : -1;
          return process < 0 ? -1 : process - threads.getCurrentThreadCpuTime();
        }
      };
    }
  }

  /** How long a warm-up took, in passes and seconds, its compilation time, and whether the cap ended it. */
  record Result(long passes, double seconds, double compileSeconds, boolean capped) {}

  /** A quiet window lasts this long, and at least {@link #WINDOW_PASSES} passes; the JIT settles after two in a row. */
  static final double WINDOW_SECONDS = 2.0;
  static final int WINDOW_PASSES = 3;
  static final int QUIET_WINDOWS = 2;
  /** The share of a window the compiler may still spend, for the JIT to count as settled. */
  static final double QUIET_SHARE = 0.01;

  private final double minSeconds;
  private final double capSeconds;
  private final Probe probe;

  WarmUp(double minSeconds, double capSeconds, Probe probe) {
    this.minSeconds = minSeconds;
    this.capSeconds = Math.max(minSeconds, capSeconds);
    this.probe = probe;
  }

  Result run(Runnable pass) {
    long start = probe.nanos();
    long compileStart = probe.compileMillis();
    long windowStart = start;
    long windowCompile = compileStart;
    long windowOthers = probe.othersCpuNanos();
    long windowPasses = 0;
    int quietWindows = 0;
    long passes = 0;
    while (true) {
      pass.run();
      passes++;
      windowPasses++;
      long now = probe.nanos();
      long compiled = probe.compileMillis();
      double elapsed = (now - start) / 1e9;
      double compileSeconds = compileStart < 0 ? 0 : (compiled - compileStart) / 1e3;
      if (elapsed >= capSeconds) {
        return new Result(passes, elapsed, compileSeconds, compiled >= 0 || windowOthers >= 0);
      }
      double window = (now - windowStart) / 1e9;
      if (window < WINDOW_SECONDS || windowPasses < WINDOW_PASSES) {
        continue;
      }
      long others = probe.othersCpuNanos();
      // a JVM that can tell neither settles at the minimum, as the bench did before
      boolean quiet = (compiled < 0 || (compiled - windowCompile) / 1e3 <= window * QUIET_SHARE)
          && (others < 0 || windowOthers < 0 || (others - windowOthers) / 1e9 <= window * QUIET_SHARE);
      quietWindows = quiet ? quietWindows + 1 : 0;
      if (quietWindows >= QUIET_WINDOWS && elapsed >= minSeconds) {
        return new Result(passes, elapsed, compileSeconds, false);
      }
      windowStart = now;
      windowCompile = compiled;
      windowOthers = others;
      windowPasses = 0;
    }
  }
}

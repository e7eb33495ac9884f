package org.tally.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The settling rule on a fake clock, compilation counter and compiler CPU time: each pass takes one second of the fake
 * clock, and the compiler's CPU time grows with the compilation time unless a script says otherwise.
 */
class WarmUpTest {
  /** Compilation time per pass, in milliseconds, read from a script; past its end the compiler is idle. */
  private static final class FakeJit implements WarmUp.Probe {
    private final long[] compiledPerPass;
    private long[] busyPerPass;
    private long nanos;
    private long compiled;
    private long busy;
    private int pass;

    FakeJit(long... compiledPerPass) {
      this.compiledPerPass = compiledPerPass;
      this.busyPerPass = compiledPerPass;
    }

    /** The compiler threads' CPU milliseconds per pass, apart from the compilation time they report. */
    FakeJit busy(long... busyPerPass) {
      this.busyPerPass = busyPerPass;
      return this;
    }

    void pass() {
      nanos += 1_000_000_000L;
      compiled += pass < compiledPerPass.length ? compiledPerPass[pass] : 0;
      busy += pass < busyPerPass.length ? busyPerPass[pass] : 0;
      pass++;
    }

    @Override
    public long othersCpuNanos() {
      return busy * 1_000_000L;
    }

    @Override
    public long nanos() {
      return nanos;
    }

    @Override
    public long compileMillis() {
      return compiled;
    }
  }

  @Test
  void warmsPastTheMinimumWhileTheCompilerIsStillBusy() {
    // the compiler busy for the first 20 passes (20 s), then idle: the minimum of 3 s alone would end it too early
    long[] busy = new long[20];
    java.util.Arrays.fill(busy, 400);
    FakeJit jit = new FakeJit(busy);
    WarmUp.Result result = new WarmUp(3, 90, jit).run(jit::pass);
    assertThat(result.capped()).isFalse();
    assertThat(result.seconds()).isGreaterThan(20).isLessThanOrEqualTo(28);
    assertThat(result.compileSeconds()).isEqualTo(8.0);
  }

  @Test
  void aCompilerBusyUnderOnePercentOfTheWindowCountsAsSettled() {
    // 10 ms a second is 1%: settled at the second whole window
    long[] trickle = new long[100];
    java.util.Arrays.fill(trickle, 10);
    FakeJit jit = new FakeJit(trickle);
    WarmUp.Result result = new WarmUp(3, 90, jit).run(jit::pass);
    assertThat(result.capped()).isFalse();
    assertThat(result.seconds()).isLessThanOrEqualTo(8);
  }

  @Test
  void aLongCompilationUnderWayKeepsItWarmingThoughTheCounterStandsStill() {
    // the counter moves once the compilation ends, after 12 passes; the compiler's CPU shows it all along
    long[] reported = new long[13];
    reported[12] = 9000;
    long[] busy = new long[12];
    java.util.Arrays.fill(busy, 750);
    FakeJit jit = new FakeJit(reported).busy(busy);
    WarmUp.Result result = new WarmUp(3, 90, jit).run(jit::pass);
    assertThat(result.capped()).isFalse();
    assertThat(result.seconds()).isGreaterThan(13);
  }

  @Test
  void keepsTheMinimumWhenTheCompilerIsIdleFromTheStart() {
    FakeJit jit = new FakeJit();
    WarmUp.Result result = new WarmUp(10, 90, jit).run(jit::pass);
    assertThat(result.seconds()).isGreaterThanOrEqualTo(10).isLessThanOrEqualTo(14);
    assertThat(result.capped()).isFalse();
  }

  @Test
  void stopsAtTheCapAndSaysSo() {
    long[] neverDone = new long[1000];
    java.util.Arrays.fill(neverDone, 200);
    FakeJit jit = new FakeJit(neverDone);
    WarmUp.Result result = new WarmUp(3, 30, jit).run(jit::pass);
    assertThat(result.capped()).isTrue();
    assertThat(result.seconds()).isEqualTo(30.0);
    assertThat(result.passes()).isEqualTo(30);
  }

  @Test
  void aJvmThatCannotCountCompilationSettlesAtTheMinimum() {
    long[] clock = {0};
    WarmUp.Probe blind = new WarmUp.Probe() {
      @Override
      public long nanos() {
        return clock[0];
      }

      @Override
      public long compileMillis() {
        return -1;
      }

      @Override
      public long othersCpuNanos() {
        return -1;
      }
    };
    WarmUp.Result result = new WarmUp(5, 90, blind).run(() -> clock[0] += 1_000_000_000L);
    assertThat(result.capped()).isFalse();
    assertThat(result.seconds()).isGreaterThanOrEqualTo(5).isLessThanOrEqualTo(7);
  }
}

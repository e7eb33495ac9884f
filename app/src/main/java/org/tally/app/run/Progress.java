package org.tally.app.run;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress of a long batch: a bar on a terminal, a plain line every so often otherwise. */
public interface Progress {
  void start(int sources);

  void document();

  void source(String name);

  /** Makes room for an error line. */
  default void pause() {}

  void finish();

  Progress NONE = new Progress() {
    public void start(int sources) {}

    public void document() {}

    public void source(String name) {}

    public void finish() {}
  };

  /** A bar when standard error is a terminal, else a line each {@code every} documents. */
  static Progress on(PrintStream err, boolean terminal, int every) {
    return terminal ? new Bar() : new Lines(err, every);
  }

  /** The terminal bar: over files when there are several, over documents of unknown number otherwise. */
  final class Bar implements Progress {
    private ProgressBar bar;
    private boolean bySource;
    private long documents;

    public void start(int sources) {
      bySource = sources > 1;
      bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(bySource ? sources : -1)
          .setStyle(ProgressBarStyle.ASCII).setUnit(bySource ? " files" : " docs", 1).continuousUpdate().build();
    }

    public void document() {
      documents++;
      if (!bySource) {
        bar.step();
      } else {
        bar.setExtraMessage(documents + " docs");
      }
    }

    public void source(String name) {
      if (bySource) {
        bar.step();
      }
    }

    public void finish() {
      bar.close();
    }
  }

  /** Plain progress lines for logs and pipes. */
  final class Lines implements Progress {
    private final PrintStream err;
    private final int every;
    private int sources;
    private int sourcesDone;
    private long documents;
    private final long started = System.nanoTime();

    Lines(PrintStream err, int every) {
      this.err = err;
      this.every = every;
    }

    public void start(int sources) {
      this.sources = sources;
    }

    public void document() {
      documents++;
      if (documents % every == 0) {
        line();
      }
    }

    public void source(String name) {
      sourcesDone++;
    }

    public void finish() {
      line();
    }

    private void line() {
      double seconds = (System.nanoTime() - started) / 1e9;
      err.printf(java.util.Locale.ROOT, "progress: %d documents, %d/%d inputs, %.1f s%n", documents, sourcesDone, sources, seconds);
    }
  }
}

package org.tally.app.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.tally.analysis.Analysis;
import org.tally.model.Document;

/**
 * Analyses documents on worker threads so that no one document can stop a batch: whatever an analysis throws
 * (a stack overflow included) becomes a {@link Outcome.Failed}, and an analysis that overruns its time budget is
 * abandoned. Java cannot stop a thread safely, so an abandoned analysis runs on, on its own daemon thread, until it
 * ends or Tally exits; its result is thrown away and a fresh worker takes its place. Nothing it computes is stored or
 * printed, since only the caller stores and prints, and only what {@link #analyse} returns.
 */
public final class GuardedAnalyser implements AutoCloseable {
  /** The default per-document budget: far beyond any real article (FA-KES takes about a millisecond each). */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(60);

  private final Function<Document, Analysis> analyser;
  private final long budgetNanos;
  private final ThreadPoolExecutor workers;

  /**
   * {@code analyser}: the analysis of one document ({@code Analyser::analyse}); {@code budget}: how long one
   * document may take, zero for no limit; {@code threads}: how many documents are analysed at once.
   */
  public GuardedAnalyser(Function<Document, Analysis> analyser, Duration budget, int threads) {
    if (budget.isNegative()) {
      throw new IllegalArgumentException("the time budget must not be negative: " + budget);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be 1 or more: " + threads);
    }
    this.analyser = analyser;
    this.budgetNanos = budget.toNanos();
    AtomicInteger number = new AtomicInteger();
    this.workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread worker = new Thread(r, "tally-analysis-" + number.incrementAndGet());
      worker.setDaemon(true);  // an abandoned analysis must not keep Tally from exiting
      return worker;
    });
  }

  /** One worker per core. */
  public static GuardedAnalyser onAllCores(Function<Document, Analysis> analyser, Duration budget) {
    return new GuardedAnalyser(analyser, budget, Runtime.getRuntime().availableProcessors());
  }

  /** Each document's outcome, in the documents' order. */
  public List<Outcome> analyse(List<Document> documents) {
    List<Task> tasks = new ArrayList<>(documents.size());
    for (Document doc : documents) {
      Task task = new Task(doc);
      task.future = workers.submit(task::run);
      tasks.add(task);
    }
    List<Outcome> outcomes = new ArrayList<>(tasks.size());
    for (Task task : tasks) {
      outcomes.add(await(task));
    }
    return outcomes;
  }

  private Outcome await(Task task) {
    while (true) {
      try {
        return budgetNanos == 0 ? task.future.get() : task.future.get(task.nanosLeft(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        if (task.overdue()) {
          abandon(task);
          return new Outcome.Failed(task.doc, "took longer than " + seconds() + " (the time budget, --budget-seconds);"
              + " abandoned");
        }
        // not started yet, or started late: wait on
      } catch (ExecutionException e) {
        // the task catches what an analysis throws; what reaches here is the JVM failing (an InternalError)
        throw new IllegalStateException("the analysis of " + task.doc.id() + " failed: " + e.getCause(), e.getCause());
      } catch (CancellationException e) {
        return new Outcome.Failed(task.doc, "abandoned");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while analysing " + task.doc.id(), e);
      }
    }
  }

  /** Gives up on a task: its result is never read, and a new worker replaces the one it holds. */
  private synchronized void abandon(Task task) {
    task.future.cancel(true);
    workers.setMaximumPoolSize(workers.getMaximumPoolSize() + 1);
    workers.setCorePoolSize(workers.getCorePoolSize() + 1);
  }

  /** The budget as the option gives it: "60 s", "0.25 s". */
  private String seconds() {
    return java.math.BigDecimal.valueOf(budgetNanos, 9).stripTrailingZeros().toPlainString() + " s";
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  /** One document's analysis, with when it started, so that its budget counts from then, not from its queueing. */
  private final class Task {
    final Document doc;
    volatile long started;
    volatile boolean running;
    Future<Outcome> future;

    Task(Document doc) {
      this.doc = doc;
    }

    Outcome run() {
      started = System.nanoTime();
      running = true;
      try {
        return new Outcome.Analysed(analyser.apply(doc));
      } catch (StackOverflowError | OutOfMemoryError e) {
        // a document's own: the stack unwound and the analysis's memory is garbage now
        return new Outcome.Failed(doc, FailureReason.of(e));
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        return new Outcome.Failed(doc, FailureReason.of(e));
      }
    }

    long nanosLeft() {
      return running ? Math.max(1, started + budgetNanos - System.nanoTime()) : budgetNanos;
    }

    boolean overdue() {
      return running && System.nanoTime() - started >= budgetNanos;
    }
  }
}

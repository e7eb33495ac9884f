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
import org.tally.analysis.Analyser;
import org.tally.analysis.Analysis;
import org.tally.model.Document;

/**
 * Analyses documents on worker threads so that no one document can stop a batch: whatever an analysis throws
 * (a stack overflow included) becomes a {@link Outcome.Failed}, and an analysis that overruns its time budget is
 * abandoned. Java cannot stop a thread safely, so an abandoned analysis runs on, on its own daemon thread, until it
 * ends or Tally exits; its result is thrown away and a fresh worker takes its place. Nothing it computes is stored or
 * printed, since only the caller stores and prints, and only what {@link #analyse} returns.
 *
 * <p>Each worker takes a block of up to {@link Analyser#BLOCK} documents and analyses it stage by stage, which is
 * quicker than one document at a time. A block has one document's budget for all of it (a block of FA-KES articles
 * takes some 30 ms against the default 60 s). A block that throws or overruns is redone one document at a time,
 * each under its own budget, so that only the document at fault fails, with its own reason, and the others of its
 * block are analysed.
 */
public final class GuardedAnalyser implements AutoCloseable {
  /** The default per-document budget: far beyond any real article (FA-KES takes about a millisecond each). */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(60);

  private final Function<List<Document>, List<Analysis>> analyser;
  private final long budgetNanos;
  private final int threads;
  private final ThreadPoolExecutor workers;

  /**
   * {@code analyser}: the analyses of a block of documents, in their order ({@code Analyser::analyse}); {@code
   * budget}: how long one document may take, zero for no limit; {@code threads}: how many blocks are analysed at once.
   */
  public GuardedAnalyser(Function<List<Document>, List<Analysis>> analyser, Duration budget, int threads) {
    if (budget.isNegative()) {
      throw new IllegalArgumentException("the time budget must not be negative: " + budget);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be 1 or more: " + threads);
    }
    this.analyser = analyser;
    this.budgetNanos = budget.toNanos();
    this.threads = threads;
    AtomicInteger number = new AtomicInteger();
    this.workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread worker = new Thread(r, "tally-analysis-" + number.incrementAndGet());
      worker.setDaemon(true);  // an abandoned analysis must not keep Tally from exiting
      return worker;
    });
  }

  /** One worker per core. */
  public static GuardedAnalyser onAllCores(Analyser analyser, Duration budget) {
    return new GuardedAnalyser(analyser::analyse, budget, Runtime.getRuntime().availableProcessors());
  }

  /** Each document's outcome, in the documents' order. */
  public List<Outcome> analyse(List<Document> documents) {
    // blocks small enough that every worker gets one
    int size = Math.max(1, Math.min(Analyser.BLOCK, (documents.size() + threads - 1) / threads));
    List<Task> blocks = new ArrayList<>();
    for (int from = 0; from < documents.size(); from += size) {
      // a copy: an abandoned block may still read its documents after the caller has reused its list
      blocks.add(submit(List.copyOf(documents.subList(from, Math.min(documents.size(), from + size)))));
    }
    List<Outcome> outcomes = new ArrayList<>(documents.size());
    for (Task block : blocks) {
      List<Outcome> done = await(block);
      boolean whole = done.stream().allMatch(o -> o instanceof Outcome.Analysed);
      outcomes.addAll(whole || block.docs.size() == 1 ? done : oneByOne(block.docs));
    }
    return outcomes;
  }

  /** A block that did not come through whole, again document by document: only the one at fault fails. */
  private List<Outcome> oneByOne(List<Document> documents) {
    List<Task> singles = documents.stream().map(doc -> submit(List.of(doc))).toList();
    List<Outcome> outcomes = new ArrayList<>(documents.size());
    for (Task single : singles) {
      outcomes.addAll(await(single));
    }
    return outcomes;
  }

  private Task submit(List<Document> docs) {
    Task task = new Task(docs);
    task.future = workers.submit(task::run);
    return task;
  }

  private List<Outcome> await(Task task) {
    while (true) {
      try {
        return budgetNanos == 0 ? task.future.get() : task.future.get(task.nanosLeft(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        if (task.overdue()) {
          abandon(task);
          return task.failed("took longer than " + seconds() + " (the time budget, --budget-seconds); abandoned");
        }
        // not started yet, or started late: wait on
      } catch (ExecutionException e) {
        // the task catches what an analysis throws; what reaches here is the JVM failing (an InternalError)
        throw new IllegalStateException("the analysis of " + task.ids() + " failed: " + e.getCause(), e.getCause());
      } catch (CancellationException e) {
        return task.failed("abandoned");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while analysing " + task.ids(), e);
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

  /** One block's analysis, with when it started, so that its budget counts from then, not from its queueing. */
  private final class Task {
    final List<Document> docs;
    volatile long started;
    volatile boolean running;
    Future<List<Outcome>> future;

    Task(List<Document> docs) {
      this.docs = docs;
    }

    List<Outcome> run() {
      started = System.nanoTime();
      running = true;
      try {
        return analyser.apply(docs).stream().<Outcome>map(Outcome.Analysed::new).toList();
      } catch (StackOverflowError | OutOfMemoryError e) {
        // a document's own: the stack unwound and the analysis's memory is garbage now
        return failed(FailureReason.of(e));
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        return failed(FailureReason.of(e));
      }
    }

    /** Every document of the block failed for {@code reason}. */
    List<Outcome> failed(String reason) {
      return docs.stream().<Outcome>map(doc -> new Outcome.Failed(doc, reason)).toList();
    }

    String ids() {
      return docs.stream().map(Document::id).collect(java.util.stream.Collectors.joining(", "));
    }

    long nanosLeft() {
      return running ? Math.max(1, started + budgetNanos - System.nanoTime()) : budgetNanos;
    }

    boolean overdue() {
      return running && System.nanoTime() - started >= budgetNanos;
    }
  }
}

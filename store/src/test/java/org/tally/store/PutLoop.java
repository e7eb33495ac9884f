package org.tally.store;

/**
 * A child process for {@link StoreCrashTest}: puts synthetic documents in batches until it is killed,
 * printing the number of documents committed after each batch.
 */
public final class PutLoop {
  private PutLoop() {}

  /** Arguments: the store's location, the batch size. */
  public static void main(String[] args) {
    int batch = Integer.parseInt(args[1]);
    try (Store store = Store.open(args[0])) {
      for (int from = 0; from < 1_000_000; from += batch) {
        store.putAll(SyntheticDocuments.range(from, from + batch));
        System.out.println(from + batch);
        System.out.flush();
      }
    }
  }
}

package org.tally.app.run;

/** Why an analysis threw, in words for the person who supplied the document. */
final class FailureReason {
  private FailureReason() {}

  static String of(Throwable failure) {
    if (failure instanceof StackOverflowError) {
      return "the document nests or repeats too deeply for the analysis (stack overflow); please report it";
    }
    if (failure instanceof OutOfMemoryError) {
      return "the analysis ran out of memory (raise the heap with TALLY_JAVA_OPTS, e.g. -Xmx2g)";
    }
    String message = failure.getMessage();
    String what = failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    return "an internal error (" + what + "); please report it with this document";
  }
}

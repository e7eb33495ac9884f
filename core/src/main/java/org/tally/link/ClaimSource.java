package org.tally.link;

import java.util.function.Consumer;

/**
 * Claims that can be read more than once, one at a time, without being held together: a query over a store, or a
 * list. Block-by-block linking reads its source twice, once to plan and once to link.
 */
@FunctionalInterface
public interface ClaimSource {
  /** Hands every claim to {@code each}, in the same order every time. */
  void forEach(Consumer<? super ClaimRef> each);
}

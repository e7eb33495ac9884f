package org.tally.app.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each file of a run a document id no other file of the run has. A file's id is its name without extension,
 * as always; only files whose names clash take a longer one, each clashing file moving one step along:
 * <ol>
 *   <li>the file name without extension: {@code report}</li>
 *   <li>its path below the folder or glob root the user named, without extension: {@code a/report}</li>
 *   <li>the same with its extension, for {@code report.txt} beside {@code report.html}: {@code a/report.html}</li>
 *   <li>its path as the user reached it, without extension: {@code corpus-2/a/report}</li>
 *   <li>its path as the user reached it, with extension: {@code corpus-2/a/report.html}</li>
 * </ol>
 * A file the user named itself has no root: its path as named stands in for the path below the root.
 * The last step is unique, since no file comes twice under one name, so the steps always end. (Should two names
 * still meet, as {@code a\b.txt} and {@code a/b.txt} might, {@link DistinctIds} reports the second.)
 */
final class FileIds {
  private static final int LAST = 4;

  private final Map<String, List<String>> steps = new LinkedHashMap<>();

  /**
   * @param name the file's display name, unique in the run
   * @param fileName its last part, "report.txt"
   * @param belowRoot its path below the root the user named, '/'-separated, or null when the user named the file
   */
  void add(String name, String fileName, String belowRoot) {
    String normalized = name.replace('\\', '/');
    String below = belowRoot == null ? normalized : belowRoot;
    List<String> candidates = List.of(
        InputSource.stem(fileName),
        InputSource.stem(below),
        below,
        InputSource.stem(normalized),
        normalized);
    steps.put(name, candidates);
  }

  /** Each file's id, by display name. */
  Map<String, String> ids() {
    Map<String, Integer> step = new HashMap<>();
    steps.keySet().forEach(name -> step.put(name, 0));
    while (true) {
      Map<String, List<String>> byId = new HashMap<>();
      step.forEach((name, at) -> byId.computeIfAbsent(steps.get(name).get(at), id -> new ArrayList<>()).add(name));
      boolean moved = false;
      for (List<String> names : byId.values()) {
        if (names.size() > 1) {
          for (String name : names) {
            int at = step.get(name);
            if (at < LAST) {
              step.put(name, at + 1);
              moved = true;
            }
          }
        }
      }
      if (!moved) {
        Map<String, String> ids = new HashMap<>();
        step.forEach((name, at) -> ids.put(name, steps.get(name).get(at)));
        return ids;
      }
    }
  }
}

package org.tally.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * The rule files one run of Tally reads, each read and checked against its declaration once, and what the stages
 * build from them. Built once and passed in: {@link #bundled()} is Tally's own files; {@link #layered} lays a
 * user's file over one of them ({@code --actors}, {@code --quantities}). Thread-safe.
 *
 * <p>A stage reads its files with {@link #file} and keeps what it builds with {@link #built}, so that two stages
 * that use one gazetteer share it. A value built here remembers which files it read: {@link #without} keeps every
 * value that did not read the changed file.
 */
public final class Lexicons {
  private static final class Bundled {
    static final Lexicons INSTANCE = new Lexicons(null, Map.of(), false);
  }

  /** A value a stage built, and the files it read on the way. */
  private record Built(Object value, Set<RuleFileSpec> reads) {}

  private final Lexicons parent;
  /** The files these lexicons hold other than their parent's. */
  private final Set<RuleFileSpec> replaced;
  /**
   * True when a value these lexicons need is made in the parent first, so that lexicons laid over one parent by the
   * hundred (a test's one row left out of each) share every value that does not read their own file.
   */
  private final boolean buildInParent;
  private final Map<RuleFileSpec, RuleFile> files = new HashMap<>();
  private final Map<Class<?>, Built> built = new HashMap<>();
  // the files each value being built has read so far, innermost last
  private final Deque<Set<RuleFileSpec>> building = new ArrayDeque<>();

  private Lexicons(Lexicons parent, Map<RuleFileSpec, RuleFile> replaced, boolean buildInParent) {
    this.parent = parent;
    this.replaced = Set.copyOf(replaced.keySet());
    this.buildInParent = buildInParent;
    this.files.putAll(replaced);
  }

  /** Tally's bundled rule files, each read on first use, once per process. */
  public static Lexicons bundled() {
    return Bundled.INSTANCE;
  }

  /** The rule file {@code spec} declares, as these lexicons hold it. */
  public synchronized RuleFile file(RuleFileSpec spec) {
    for (Set<RuleFileSpec> reads : building) {
      reads.add(spec);
    }
    RuleFile file = files.get(spec);
    if (file == null) {
      file = parent != null ? parent.file(spec) : load(spec);
      files.put(spec, file);
    }
    return file;
  }

  /**
   * What {@code build} makes of these lexicons, made once: the stages keep their word lists, tries and gazetteer
   * here instead of in static fields. {@code type} keys the value.
   */
  public synchronized <T> T built(Class<T> type, Function<Lexicons, T> build) {
    Built found = built.get(type);
    if (found == null && parent != null) {
      if (buildInParent) {
        parent.built(type, build);
      }
      found = parent.reusable(type, replaced);
    }
    if (found == null) {
      building.addLast(new HashSet<>());
      try {
        T value = build.apply(this);
        found = new Built(value, Set.copyOf(building.getLast()));
      } finally {
        building.removeLast();
      }
    }
    built.put(type, found);
    for (Set<RuleFileSpec> reads : building) {
      reads.addAll(found.reads());
    }
    return type.cast(found.value());
  }

  /** A value built here that read none of {@code changed}, or null. */
  private synchronized Built reusable(Class<?> type, Set<RuleFileSpec> changed) {
    Built found = built.get(type);
    if (found == null && parent != null) {
      // what the grandparent built may read a file this one replaced, and the asker sees this one's file
      Set<RuleFileSpec> changedHere = new HashSet<>(changed);
      changedHere.addAll(replaced);
      found = parent.reusable(type, changedHere);
    }
    return found == null || found.reads().stream().anyMatch(changed::contains) ? null : found;
  }

  /**
   * These lexicons with a user's file laid over {@code spec}'s: same columns (trailing ones that may be blank may be
   * left off), each row checked as the bundled rows are; a user's row replaces the bundled rows of the same key.
   *
   * @throws RuleFileException listing every bad line of the user's file
   * @throws UncheckedIOException when the file cannot be read
   */
  public Lexicons layered(RuleFileSpec spec, Path userFile) {
    RuleFile user = read(userFile.toString(), spec, true, () -> Files.newBufferedReader(userFile, StandardCharsets.UTF_8));
    return new Lexicons(this, Map.of(spec, file(spec).layeredWith(user)), false);
  }

  /** These lexicons with {@code spec}'s file replaced by {@code file}, checked against the declaration. */
  public Lexicons with(RuleFileSpec spec, RuleFile file) {
    List<RuleFileException.Problem> problems = spec.problems(file, false);
    if (!problems.isEmpty()) {
      throw new RuleFileException(file.name(), problems);
    }
    return new Lexicons(this, Map.of(spec, file), false);
  }

  /** These lexicons without one row of {@code spec}'s file: what a test builds to show the row is needed. */
  public Lexicons without(RuleFileSpec spec, RuleRow row) {
    return new Lexicons(this, Map.of(spec, file(spec).without(row)), true);
  }

  private static RuleFile load(RuleFileSpec spec) {
    return read(spec.name(), spec, false, () -> {
      InputStream in = Lexicons.class.getResourceAsStream(spec.path());
      if (in == null) {
        throw new IllegalStateException("rule file " + spec.path() + " is missing from the class path");
      }
      return new InputStreamReader(spec.path().endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8);
    });
  }

  private interface Source {
    Reader open() throws IOException;
  }

  /** Reads a file and checks it against its declaration, reporting every bad line of it at once. */
  private static RuleFile read(String name, RuleFileSpec spec, boolean user, Source source) {
    RuleFile.Read read;
    try (Reader reader = source.open()) {
      read = RuleFile.read(name, reader);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("cannot read rule file " + name + ": no such file", e);
    } catch (CharacterCodingException e) {
      throw new UncheckedIOException("cannot read rule file " + name + ": it is not UTF-8 (save it as UTF-8)", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + name + ": " + e.getMessage(), e);
    }
    List<RuleFileException.Problem> problems = new ArrayList<>(read.problems());
    if (read.file() != null) {
      problems.addAll(spec.problems(read.file(), user));
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(RuleFileException.Problem::line));
      throw new RuleFileException(name, problems);
    }
    return read.file();
  }
}

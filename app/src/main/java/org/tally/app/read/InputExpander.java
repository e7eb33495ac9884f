package org.tally.app.read;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Turns what the user named into sources: a file as is, a folder walked recursively (known extensions only, hidden
 * files and folders skipped, symbolic links followed), a glob matched below its fixed leading folders, "-" as
 * standard input. Files come out sorted by name, each once, each with a document id no other file has
 * ({@link FileIds}); standard input, if named, comes last.
 */
final class InputExpander {
  private final Consumer<ReadProblem> problems;
  private final TreeMap<String, InputSource> files = new TreeMap<>();
  private final Set<Path> seen = new HashSet<>();
  private final FileIds fileIds = new FileIds();
  private boolean stdin;

  InputExpander(Consumer<ReadProblem> problems) {
    this.problems = problems;
  }

  List<InputSource> expand(List<String> inputs) {
    for (String input : inputs) {
      if (input.equals(InputSource.STDIN_NAME)) {
        stdin = true;
      } else if (Glob.isPattern(input)) {
        glob(input);
      } else {
        path(input);
      }
    }
    Map<String, String> ids = fileIds.ids();
    List<InputSource> sources = new ArrayList<>();
    for (InputSource file : files.values()) {
      sources.add(file.withId(ids.get(file.name())));
    }
    if (stdin) {
      sources.add(InputSource.stdin());
    }
    return sources;
  }

  private void path(String input) {
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      problem(input, "not a valid path: " + e.getReason());
      return;
    }
    if (Files.isDirectory(path)) {
      int before = files.size();
      walk(path, (file, relative) -> Format.ofExtension(InputSource.file(file, false).extension()).isPresent(),
          false);
      if (files.size() == before) {
        problem(input, "no files Tally reads here (.txt .md .html .csv .jsonl and the like)");
      }
    } else if (Files.exists(path)) {
      add(path, null, true);
    } else if (Files.isSymbolicLink(path)) {
      problem(input, "cannot read: broken symbolic link");
    } else {
      problem(input, "no such file or directory");
    }
  }

  private void glob(String input) {
    String normalized = input.replace('\\', '/');
    String[] parts = normalized.split("/", -1);
    int fixed = 0;
    while (fixed < parts.length - 1 && !Glob.isPattern(parts[fixed])) {
      fixed++;
    }
    String base = String.join("/", List.of(parts).subList(0, fixed));
    Glob pattern = Glob.of(String.join("/", List.of(parts).subList(fixed, parts.length)));
    Path root = Path.of(base); // "" is the working folder, and keeps names free of a "./" prefix
    int before = files.size();
    if (Files.isDirectory(root)) {
      walk(root, (file, relative) -> pattern.matches(relative), true);
    }
    if (files.size() == before) {
      problem(input, "no files match");
    }
  }

  /** Walks {@code root}, adding the files {@code wanted} accepts (given the path and its '/'-separated relative form). */
  private void walk(Path root, BiPredicate<Path, String> wanted, boolean named) {
    Predicate<Path> hidden = path -> !path.equals(root) && path.getFileName().toString().startsWith(".");
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              return hidden.test(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (!hidden.test(file) && wanted.test(file, relative(root, file))) {
                if (attributes.isSymbolicLink() && !Files.exists(file)) {
                  problem(file.toString(), "cannot read: broken symbolic link");
                } else if (attributes.isRegularFile() || attributes.isSymbolicLink()) {
                  add(file, relative(root, file), named);
                }
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (!hidden.test(file)) {
                problem(file.toString(), "cannot read: " + (e instanceof FileSystemLoopException
                    ? "symbolic link loop" : Inputs.reason(e)));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
              if (e != null) {
                problem(dir.toString(), "cannot read: " + Inputs.reason(e));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problem(root.toString(), "cannot read: " + Inputs.reason(e));
    }
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  /** @param belowRoot the file's '/'-separated path below the folder or glob root named, or null for a named file */
  private void add(Path file, String belowRoot, boolean named) {
    Path key;
    try {
      key = file.toRealPath();
    } catch (IOException e) {
      key = file.toAbsolutePath().normalize();
    }
    if (seen.add(key)) {
      InputSource source = InputSource.file(file, named);
      files.put(source.name(), source);
      fileIds.add(source.name(), file.getFileName() == null ? source.name() : file.getFileName().toString(),
          belowRoot);
    }
  }

  private void problem(String file, String reason) {
    problems.accept(new ReadProblem(file, null, reason));
  }
}

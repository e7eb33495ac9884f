package org.tally.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;

/** The outlets Tally knows: their domains, names and aliases (outlets.tsv) and dataset codes (outlet-codes.tsv). */
final class Outlets {
  private final Map<String, String> byDomain = new LinkedHashMap<>();
  private final Map<String, Set<String>> namesOf = new LinkedHashMap<>();
  private final Map<String, String> byCode = new LinkedHashMap<>();

  Outlets(RuleFile outlets, RuleFile codes) {
    for (RuleRow row : outlets.rows()) {
      String name = row.get("name");
      byDomain.put(row.get("domain").toLowerCase(Locale.ROOT), name);
      Set<String> names = namesOf.computeIfAbsent(name, n -> new LinkedHashSet<>(List.of(n)));
      row.optional("aliases").ifPresent(a -> names.addAll(List.of(a.split("\\s*\\|\\s*"))));
    }
    for (RuleRow row : codes.rows()) {
      String name = row.get("name");
      if (!namesOf.containsKey(name)) {
        throw row.error("name", "\"" + name + "\" is not a name in " + outlets.name());
      }
      byCode.put(row.get("code").toLowerCase(Locale.ROOT), name);
    }
  }

  /** The outlet publishing under this host or a parent domain of it ("www.rt.com" is rt.com). */
  Optional<String> byHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    while (true) {
      String name = byDomain.get(h);
      if (name != null) {
        return Optional.of(name);
      }
      int dot = h.indexOf('.');
      if (dot < 0 || h.indexOf('.', dot + 1) < 0) {
        return Optional.empty();
      }
      h = h.substring(dot + 1);
    }
  }

  Optional<String> byCode(String code) {
    return Optional.ofNullable(byCode.get(code.strip().toLowerCase(Locale.ROOT)));
  }

  boolean isName(String name) {
    return namesOf.containsKey(name);
  }

  /** Every outlet name with its aliases, longest first so that "Middle East Eye" beats "MEE". */
  List<Map.Entry<String, String>> namesAndAliases() {
    List<Map.Entry<String, String>> all = new ArrayList<>();
    namesOf.forEach((name, names) -> names.forEach(n -> all.add(Map.entry(n, name))));
    all.sort((a, b) -> b.getKey().length() - a.getKey().length());
    return all;
  }
}

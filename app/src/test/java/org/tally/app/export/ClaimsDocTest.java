package org.tally.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.tally.model.Claim;
import org.tally.model.ClaimPlace;
import org.tally.model.ClaimSection;
import org.tally.model.ClaimTime;
import org.tally.model.Count;
import org.tally.model.Harm;
import org.tally.model.PlacePrecision;
import org.tally.model.Scope;
import org.tally.model.Span;
import org.tally.model.Stance;
import org.tally.model.Victims;

/** docs/claims.md and the claim records Tally writes say the same: the same fields, every enum value. */
class ClaimsDocTest {
  private static final Path DOC = Path.of("../docs/claims.md");
  private static final Pattern FIELD_ROW = Pattern.compile("^\\| `([a-z0-9_.-]+)` \\|", Pattern.MULTILINE);

  private static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  /** The field table's names, in order: the rows of the table under "## Fields". */
  private static List<String> documentedFields() throws IOException {
    String text = doc();
    String fields = text.substring(text.indexOf("## Fields"), text.indexOf("## Values"));
    List<String> names = new ArrayList<>();
    Matcher row = FIELD_ROW.matcher(fields);
    while (row.find()) {
      names.add(row.group(1));
    }
    return names;
  }

  /** A claim with every field known, so that the record holds every field it can. */
  private static Map<String, Object> fullRecord() {
    String text = "On Saturday, 62 soldiers were killed near the Deir ez-Zor airport in four strikes.";
    Span count = span(text, "62");
    Claim claim = new Claim("doc-1", Harm.KILLED, Victims.SOLDIERS, Count.exactly(62, false, count), "62",
        "us-led-coalition", "outlet",
        new ClaimPlace("near the Deir ez-Zor airport", "Deir ez-Zor airport", "Deir ez-Zor", "SY", 35.3, 40.1,
            PlacePrecision.NEAR_POINT, span(text, "near the Deir ez-Zor airport")),
        new ClaimTime(LocalDate.of(2016, 9, 17), LocalDate.of(2016, 9, 17), "On Saturday", span(text, "On Saturday")),
        Scope.INCIDENT, Stance.ASSERTED, 4, ClaimSection.BODY, new Span(0, text.length()));
    return ClaimRecord.of(claim, text);
  }

  private static Span span(String text, String words) {
    int start = text.indexOf(words);
    return new Span(start, start + words.length());
  }

  @SuppressWarnings("unchecked")
  private static List<String> names(Map<String, Object> record, String prefix) {
    List<String> out = new ArrayList<>();
    record.forEach((key, value) -> {
      out.add(prefix + key);
      if (value instanceof Map<?, ?> nested) {
        out.addAll(names((Map<String, Object>) nested, prefix + key + "."));
      }
    });
    return out;
  }

  @Test
  void theFieldTableNamesEveryFieldTheRecordHasInItsOrder() throws IOException {
    assertThat(documentedFields()).containsExactlyElementsOf(names(fullRecord(), ""));
  }

  static Stream<List<String>> enumValues() {
    return Stream.of(values(Harm.values(), Harm::jsonName), values(Victims.values(), Victims::jsonName),
        values(Scope.values(), Scope::jsonName), values(Stance.values(), Stance::jsonName),
        values(ClaimSection.values(), ClaimSection::jsonName),
        values(PlacePrecision.values(), PlacePrecision::jsonName));
  }

  private static <E> List<String> values(E[] constants, Function<E, String> json) {
    return Stream.of(constants).map(json).toList();
  }

  @ParameterizedTest
  @MethodSource("enumValues")
  void everyValueOfTheEnumHasARowUnderValues(List<String> values) throws IOException {
    String text = doc();
    String section = text.substring(text.indexOf("## Values"), text.indexOf("## Counts"));
    Set<String> rows = new LinkedHashSet<>();
    Matcher row = FIELD_ROW.matcher(section);
    while (row.find()) {
      rows.add(row.group(1));
    }
    assertThat(rows).containsAll(values);
  }
}

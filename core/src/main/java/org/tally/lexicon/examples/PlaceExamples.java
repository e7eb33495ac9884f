package org.tally.lexicon.examples;

import static org.tally.lexicon.examples.Examples.lower;
import static org.tally.lexicon.examples.Examples.unless;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleRow;
import org.tally.model.PlacePrecision;
import org.tally.model.Span;
import org.tally.resolve.place.PlaceContext;
import org.tally.resolve.place.PlaceMention;
import org.tally.resolve.place.PlaceResolver;

/** The example checks of the place rule files: each resolves the places of the row's example, in Syria coverage. */
public final class PlaceExamples {
  private static final PlaceContext SYRIA = new PlaceContext("SY", Map.of());
  private static final Map<String, PlacePrecision> PRECISION_OF_ROLE = Map.of("governorate",
      PlacePrecision.GOVERNORATE, "district", PlacePrecision.DISTRICT, "outskirts", PlacePrecision.DISTRICT, "point",
      PlacePrecision.POINT, "site", PlacePrecision.POINT, "near", PlacePrecision.NEAR_POINT, "direction",
      PlacePrecision.REGION);

  private PlaceExamples() {}

  /** place-aliases.tsv: the alias, as the example writes it, resolves to the row's place. */
  public static Optional<String> alias(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    // read in the example's own focus: a homonym's row ("Hamdaniyeh", a quarter of Aleppo and a village of Hasakah)
    // holds where the text names its governorate
    return unless(placesInOwnFocus(rules, example).stream().anyMatch(m -> lower(m.span().text(example)).contains(lower(row.get("alias")))
        && m.place().country().contains(row.get("country"))
        && row.optional("admin1").map(a -> a.equals(m.place().admin1())).orElse(true)),
        example, "\"" + row.get("alias") + "\" does not resolve to " + row.get("name") + ", " + row.get("country"));
  }

  /**
   * place-cues.tsv: a shaping cue is read with its name into a place of its role's precision ("Raqqa province", "near
   * Manbij"); a plain cue lets a short name be a place ("in Qah"); a demonym ("the Syrian city of Manbij") is never a
   * place itself; "the country" is the document's country.
   */
  public static Optional<String> cue(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<PlaceMention> places = places(rules, example);
    String role = row.get("role");
    String phrase = lower(row.get("phrase"));
    return switch (role) {
      case "cue" -> unless(places.stream().anyMatch(m -> m.span().start() > lower(example).indexOf(phrase)),
          example, "no place after \"" + row.get("phrase") + "\"");
      case "demonym" -> unless(places.stream().noneMatch(m -> lower(m.span().text(example)).equals(phrase)), example,
          "\"" + row.get("phrase") + "\" is read as a place");
      case "between" -> {
        List<org.tally.model.Claim> claims = Examples.resolvedClaims(rules, java.time.LocalDate.of(2016, 8, 15), example);
        org.tally.model.ClaimPlace last = claims.isEmpty() ? null : claims.get(claims.size() - 1).location();
        yield unless(last != null && last.span() != null && last.span().start() > lower(example).indexOf(phrase),
            example, "the last claim is not placed after \"" + row.get("phrase") + "\"");
      }
      case "country" -> unless(places.stream().anyMatch(m -> lower(m.span().text(example)).contains(phrase)
          && m.place().country().equals(SYRIA.country())), example, "\"" + row.get("phrase") + "\" is not Syria");
      default -> unless(places.stream().anyMatch(m -> m.place().precision() == PRECISION_OF_ROLE.get(role)
          && lower(m.span().text(example)).contains(phrase)), example, "no place of precision "
          + PRECISION_OF_ROLE.get(role).name().toLowerCase(java.util.Locale.ROOT) + " read with \"" + row.get("phrase") + "\"");
    };
  }

  /**
   * harm-place-asides.tsv: the example's first claim is not placed in the place the row sets aside (the last place
   * the example names).
   */
  public static Optional<String> harmPlaceAside(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<org.tally.model.Claim> claims = Examples.claims(rules, example);
    List<PlaceMention> named = places(rules, example);
    if (claims.isEmpty() || named.isEmpty()) {
      return Optional.of("no claim or no place in \"" + example + "\"");
    }
    PlaceMention setAside = named.get(named.size() - 1);
    if (row.get("kind").equals("spread")) {
      // the place is named in a sentence after the claim's
      org.tally.model.ClaimPlace where = Examples.resolvedClaims(rules, java.time.LocalDate.of(2016, 2, 17), example)
          .get(0).location();
      return unless(where == null || where.span() == null || !where.span().equals(setAside.span()), example,
          "the claim is placed in \"" + setAside.span().text(example) + "\"");
    }
    Span all = new Span(0, example.length());
    Optional<PlaceMention> picked = PlaceResolver.from(rules).forClaim(example, all, claims.get(0).count().span(), SYRIA);
    return unless(picked.map(m -> !m.span().equals(setAside.span())).orElse(true), example,
        "the claim is placed in \"" + setAside.span().text(example) + "\"");
  }

  /** surroundings.tsv: a place near the city in the example lies in the surrounding governorate. */
  public static Optional<String> surrounding(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    return unless(places(rules, example).stream().anyMatch(m -> m.place().precision() == PlacePrecision.NEAR_POINT
        && row.get("surrounding").equals(m.place().admin1())), example,
        "no place near " + row.get("admin1") + " placed in " + row.get("surrounding"));
  }

  /**
   * capitals.tsv: in a report on the row's country, "the capital" in the example, after a word that places something
   * near it or around it, is read as a place near the row's capital.
   */
  public static Optional<String> capital(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<PlaceMention> found = PlaceResolver.from(rules).find(example, new Span(0, example.length()),
        new PlaceContext(row.get("country"), Map.of()));
    return unless(found.stream().anyMatch(m -> lower(m.span().text(example)).endsWith("the capital")
        && m.place().name().startsWith(row.get("capital")) && row.get("country").equals(m.place().country())),
        example, "\"the capital\" is not read as a place near " + row.get("capital"));
  }

  /** alias-drops.tsv: the alias as the example writes it is no place of the entry the row takes it from. */
  public static Optional<String> aliasDrop(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    String name = row.get("name");
    return unless(placesInOwnFocus(rules, example).stream().noneMatch(m -> (name.equals(m.place().name())
        || m.place().name().startsWith(name + " ")) && row.get("country").equals(m.place().country())), example,
        "\"" + row.get("alias") + "\" still reads as " + row.get("name") + ", " + row.get("country"));
  }

  /** city-quarters.tsv: the quarter in the example is read as a place of its city. */
  public static Optional<String> quarter(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    return unless(places(rules, example).stream().anyMatch(m -> lower(m.span().text(example)).contains(lower(row.get("quarter")))
        && row.get("city").equals(m.place().name()) && m.place().country().equals(row.get("country"))), example,
        "\"" + row.get("quarter") + "\" is not read as a place of " + row.get("city"));
  }

  /** name-heads.tsv: no place is read where the capitalised word after it goes on with the name. */
  public static Optional<String> nameHead(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    return unless(places(rules, example).stream().noneMatch(m -> example.substring(m.span().end()).matches("(?s) \\p{Lu}.*")),
        example,
        "a name's first word, \"" + row.get("word") + "\", is read as a place alone");
  }

  /** person-appositions.tsv: no name right before ", a/an WORD" of the example is read as a place. */
  public static Optional<String> personApposition(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    String after = "(?is),? an? " + java.util.regex.Pattern.quote(row.get("word")) + "\\b.*";
    return unless(places(rules, example).stream().noneMatch(m -> example.substring(m.span().end()).matches(after)),
        example, "the name before \"a " + row.get("word") + "\" is read as a place");
  }

  /** place-stopwords.tsv: the word is no place in the example. */
  public static Optional<String> stopword(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    return unless(places(rules, example).stream().noneMatch(m -> m.span().text(example).equalsIgnoreCase(row.get("word"))),
        example, "\"" + row.get("word") + "\" is read as a place");
  }

  /** The places of the example under the focus its own places give, Syria where they give none. */
  private static List<PlaceMention> placesInOwnFocus(Lexicons rules, String text) {
    PlaceResolver resolver = PlaceResolver.from(rules);
    PlaceContext own = resolver.context(text, new org.tally.model.Layout(List.of(
        new org.tally.model.Section(org.tally.model.SectionKind.BODY, 0, text.length()))));
    return resolver.find(text, new Span(0, text.length()), own.country() == null ? SYRIA : own);
  }

  private static List<PlaceMention> places(Lexicons rules, String text) {
    return PlaceResolver.from(rules).find(text, new Span(0, text.length()), SYRIA);
  }
}

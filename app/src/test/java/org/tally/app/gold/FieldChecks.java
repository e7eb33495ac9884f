package org.tally.app.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a matched claim's perpetrator, claimant, location and date are right: {@code actor_ok}, {@code loc_ok} and
 * {@code when_ok} of score.py, with its actor families and governorate spellings copied as they are there (keep them
 * in step). Each check returns null when the gold claim has no value, so the claim does not count for that field.
 */
final class FieldChecks {
  private FieldChecks() {}

  /** The four fields score.py reports, in its order. */
  static final List<String> NAMES = List.of("perpetrator", "claimant", "location", "when");

  private static final Map<String, Pattern> ACTOR_FAMILIES = families(
      "us-led-coalition", "coalition|^us-military$|^united-states$|^us$|pentagon|centcom"
          + "|u\\.?s\\.? (military|army|forces)|washington",
      "russia-mod", "russia.*(defen[cs]e|mod\\b)|(defen[cs]e|mod).*russia|konashenkov",
      "russia-mfa", "russia.*(foreign|mfa)|(foreign|mfa).*russia|lavrov|zakharova",
      "syria-mfa", "syria.*(foreign|mfa)|(foreign|mfa).*syria",
      "us-state-department", "state.?dep|toner|kerry",
      "russia", "^russia$|^russian|russian (forces|troops|air|jets|warplanes)",
      "syrian-government", "syrian?-?(government|regime|army|arab-army|forces)|assad|^regime$|^saa$",
      "amnesty-international", "amnesty",
      "airwars", "airwars",
      "sohr", "sohr|observatory",
      "isis", "^isis$|^isil$|islamic.?state|daesh|^is$",
      "turkey", "turk",
      "france", "franc|french",
      "sdf", "^sdf$|syrian-democratic",
      "journalists", "journalist|investigation|reporters",
      "outlet", "^outlet$|^self$|^reporter$");

  private static final Map<String, String> ADMIN1 = Map.ofEntries(
      Map.entry("aleppo", "aleppo"), Map.entry("halab", "aleppo"), Map.entry("idlib", "idlib"),
      Map.entry("idleb", "idlib"), Map.entry("hama", "hama"), Map.entry("hamah", "hama"), Map.entry("homs", "homs"),
      Map.entry("latakia", "latakia"), Map.entry("lattakia", "latakia"), Map.entry("tartus", "tartus"),
      Map.entry("tartous", "tartus"), Map.entry("damascus", "damascus"), Map.entry("rifdimashq", "rifdimashq"),
      Map.entry("damascuscountryside", "rifdimashq"), Map.entry("ruraldamascus", "rifdimashq"),
      Map.entry("damascussuburbs", "rifdimashq"), Map.entry("easternghouta", "rifdimashq"),
      Map.entry("daraa", "daraa"), Map.entry("deraa", "daraa"), Map.entry("dara", "daraa"),
      Map.entry("suwayda", "suwayda"), Map.entry("sweida", "suwayda"), Map.entry("suwaida", "suwayda"),
      Map.entry("quneitra", "quneitra"), Map.entry("raqqa", "raqqa"), Map.entry("raqqah", "raqqa"),
      Map.entry("raqa", "raqqa"), Map.entry("deirezzor", "deirezzor"), Map.entry("deirezzour", "deirezzor"),
      Map.entry("dayrazzawr", "deirezzor"), Map.entry("deirazzor", "deirezzor"), Map.entry("hasakah", "hasakah"),
      Map.entry("hasakeh", "hasakah"), Map.entry("hassakeh", "hasakah"), Map.entry("hasaka", "hasakah"),
      Map.entry("hassakah", "hasakah"));

  private static final Map<String, String> IRAQ = Map.ofEntries(
      Map.entry("nineveh", "ninawa"), Map.entry("ninewa", "ninawa"), Map.entry("ninawa", "ninawa"),
      Map.entry("mosul", "ninawa"), Map.entry("salahaddin", "salahaddin"), Map.entry("saladin", "salahaddin"),
      Map.entry("salahuddin", "salahaddin"), Map.entry("salaaddin", "salahaddin"),
      Map.entry("salahadin", "salahaddin"), Map.entry("anbar", "anbar"), Map.entry("erbil", "erbil"),
      Map.entry("arbil", "erbil"), Map.entry("irbil", "erbil"), Map.entry("sulaymaniyah", "sulaymaniyah"),
      Map.entry("sulaimaniya", "sulaymaniyah"), Map.entry("sulaymaniya", "sulaymaniyah"), Map.entry("dohuk", "duhok"),
      Map.entry("duhok", "duhok"), Map.entry("dahuk", "duhok"), Map.entry("diyala", "diyala"),
      Map.entry("diyl", "diyala"), Map.entry("thiqar", "dhiqar"), Map.entry("dhiqar", "dhiqar"),
      Map.entry("qadisiyah", "qadisiyah"), Map.entry("qadisiyyah", "qadisiyah"), Map.entry("diwaniyah", "qadisiyah"),
      Map.entry("babil", "babil"), Map.entry("babylon", "babil"), Map.entry("wasit", "wasit"),
      Map.entry("maysan", "maysan"), Map.entry("missan", "maysan"), Map.entry("basra", "basra"),
      Map.entry("basrah", "basra"), Map.entry("muthanna", "muthanna"));

  private static final Pattern SPACE_OR_UNDERSCORE = Pattern.compile("[\\s_]+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern ARTICLE = Pattern.compile("^(al|ar|as|ad|ash|el|an)(?=[a-z]{4})");

  private static Map<String, Pattern> families(String... idAndRegex) {
    Map<String, Pattern> out = new LinkedHashMap<>();
    for (int i = 0; i < idAndRegex.length; i += 2) {
      out.put(idAndRegex[i], Pattern.compile(idAndRegex[i + 1]));
    }
    return out;
  }

  /** The predicted actor (any spelling) denotes the gold actor, or one of the gold's comma-separated ones. */
  static Boolean actorOk(JsonNode gold, JsonNode pred) {
    if (Py.isNone(gold)) {
      return null;
    }
    if (Py.isNone(pred)) {
      return false;
    }
    List<String> golds = Arrays.stream(gold.asText().split(",", -1)).map(FieldChecks::normId).toList();
    List<String> preds = Arrays.stream(pred.asText().split("[,;]", -1))
        .filter(x -> !x.strip().isEmpty()).map(FieldChecks::normId).toList();
    for (String g : golds) {
      for (String p : preds) {
        if (p.equals(g)) {
          return true;
        }
        Pattern family = ACTOR_FAMILIES.get(g);
        if (family != null && (family.matcher(p.replace("-", " ")).find() || family.matcher(p).find())) {
          return true;
        }
      }
    }
    return false;
  }

  private static String normId(String s) {
    return SPACE_OR_UNDERSCORE.matcher(s.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
  }

  /** The governorate (any of the gold's), or, when gold has none, a shared country. */
  static Boolean locationOk(JsonNode gold, JsonNode pred) {
    if (!Py.truthy(gold) || (!Py.truthy(gold.path("admin1")) && !Py.truthy(gold.path("country")))) {
      return null;
    }
    JsonNode predicted = Py.truthy(pred) ? pred : MissingNode.getInstance();
    if (Py.truthy(gold.path("admin1"))) {
      return sameAdmin1(Py.str(gold.path("admin1")), Py.str(predicted.path("admin1")));
    }
    Set<String> goldCountries = new HashSet<>(List.of(Py.str(gold.path("country")).toUpperCase(Locale.ROOT)
        .split(",", -1)));
    JsonNode country = predicted.path("country");
    String predCountry = Py.truthy(country) ? Py.str(country) : "";
    Set<String> predCountries = new HashSet<>(List.of(predCountry.toUpperCase(Locale.ROOT).replace(";", ",")
        .split(",", -1)));
    predCountries.retainAll(goldCountries);
    return !predCountries.isEmpty();
  }

  private static boolean sameAdmin1(String gold, String pred) {
    for (String p : pred.split(",", -1)) {
      for (String g : gold.split(",", -1)) {
        if (Objects.equals(admin1Key(g), admin1Key(p))) {
          return true;
        }
      }
    }
    return false;
  }

  static String admin1Key(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    // NFKD and Python's "drop combining marks": any mark left would go with the non-letters below anyway
    String k = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replace("governorate", "").replace("province", "").replaceAll("[^a-z]", "");
    k = ARTICLE.matcher(k).replaceFirst("");
    return ADMIN1.getOrDefault(k, IRAQ.getOrDefault(k, k));
  }

  /** The predicted days overlap the gold span, give or take a day. */
  static Boolean whenOk(JsonNode gold, JsonNode pred) {
    if (!Py.truthy(gold) || !Py.truthy(gold.path("start"))) {
      return null;
    }
    if (!Py.truthy(pred) || !(Py.truthy(pred.path("start")) || Py.truthy(pred.path("end")))) {
      return false;
    }
    LocalDate gs = day(gold.path("start"));
    LocalDate ge = day(Py.truthy(gold.path("end")) ? gold.path("end") : gold.path("start"));
    LocalDate ps = day(Py.truthy(pred.path("start")) ? pred.path("start") : pred.path("end"));
    LocalDate pe = day(Py.truthy(pred.path("end")) ? pred.path("end") : pred.path("start"));
    return !ps.isAfter(ge.plusDays(1)) && !gs.isAfter(pe.plusDays(1));
  }

  private static LocalDate day(JsonNode value) {
    String text = value.asText();
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  /** The check of field {@code name} on a gold claim and the prediction matched to it. */
  static Boolean check(String name, JsonNode gold, JsonNode pred) {
    return switch (name) {
      case "perpetrator", "claimant" -> actorOk(gold.path(name), pred.path(name));
      case "location" -> locationOk(gold.path(name), pred.path(name));
      case "when" -> whenOk(gold.path(name), pred.path(name));
      default -> throw new IllegalArgumentException("score.py reports no field " + name);
    };
  }
}

package org.tally.app.gold;

import com.fasterxml.jackson.databind.JsonNode;

/** The few Python value rules score.py leans on (None, truthiness, {@code dict.get}), for JSON values. */
final class Py {
  private Py() {}

  /** Python's None: the field is absent or JSON null. */
  static boolean isNone(JsonNode value) {
    return value == null || value.isMissingNode() || value.isNull();
  }

  /** {@code bool(value)}: None, false, 0, "", [] and {} are false. */
  static boolean truthy(JsonNode value) {
    if (isNone(value)) {
      return false;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isNumber()) {
      return value.doubleValue() != 0;
    }
    if (value.isTextual()) {
      return !value.textValue().isEmpty();
    }
    return value.size() > 0;
  }

  /** {@code d.get(field)} as text, or null for None. */
  static String get(JsonNode object, String field) {
    JsonNode value = object.path(field);
    return isNone(value) ? null : value.asText();
  }

  /** {@code str(value)}: "None" for None. */
  static String str(JsonNode value) {
    return isNone(value) ? "None" : value.asText();
  }

  /** {@code p.get("section", "body")}: an absent section is body, a null one stays None. */
  static String section(JsonNode claim) {
    JsonNode value = claim.path("section");
    if (value.isMissingNode()) {
      return "body";
    }
    return value.isNull() ? null : value.asText();
  }
}

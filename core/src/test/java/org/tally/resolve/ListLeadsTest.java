package org.tally.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.model.Claim;
import org.tally.model.Scope;

/**
 * Issue 14 (verify written's monitor-09): a list's items hang from the line ending in a colon before them; a running
 * total that line dates ("since the beginning of 2023") is the items' time, so they are no toll of the report's day.
 */
class ListLeadsTest {
  private static final LocalDate JULY_10 = LocalDate.of(2023, 7, 10);

  private static Claim withCount(List<Claim> claims, String countText) {
    return claims.stream().filter(c -> countText.equals(c.countText())).findFirst()
        .orElseThrow(() -> new AssertionError("no claim of " + countText + " in " + claims));
  }

  @Test
  void itemsOfARunningTotalTakeItsTimeAndScope() {
    String body = "Four fighters were killed in clashes on Monday in the village of Kafr Janna.\n\n"
        + "SOHR has documented 48 incidents of infighting since the beginning of 2023, which have left:\n"
        + "- 29 fighters dead\n"
        + "- 71 fighters injured\n";
    List<Claim> claims = ResolvedBody.claims(body, JULY_10);
    for (String count : List.of("29", "71")) {
      Claim item = withCount(claims, count);
      assertThat(item.scope()).as(count).isNotEqualTo(Scope.INCIDENT);
      assertThat(item.when().start()).as(count).isEqualTo(LocalDate.of(2023, 1, 1));
    }
    assertThat(withCount(claims, "Four").scope()).isEqualTo(Scope.INCIDENT);
  }

  @Test
  void itemsUnderADaysLeadStayIncidents() {
    // a digest's items are each an incident: a lead that is no running total gives them nothing
    String body = "The monitor recorded the following in the past week:\n"
        + "- 3 civilians killed by shelling on Ariha\n"
        + "- 2 fighters killed in clashes near Saraqib\n";
    List<Claim> claims = ResolvedBody.claims(body, JULY_10);
    assertThat(withCount(claims, "3").scope()).isEqualTo(Scope.INCIDENT);
    assertThat(withCount(claims, "2").scope()).isEqualTo(Scope.INCIDENT);
  }

  @Test
  void aListWithNoColonLineBeforeItIsLeftAlone() {
    String body = "Since the beginning of 2023 the factions fought often.\n"
        + "- 29 fighters dead in Afrin\n";
    Claim item = withCount(ResolvedBody.claims(body, JULY_10), "29");
    assertThat(item.scope()).isEqualTo(Scope.INCIDENT);
  }
}

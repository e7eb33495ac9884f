package org.tally.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.verify.VerifyFixtures.PLACER;
import static org.tally.verify.VerifyFixtures.RULES;
import static org.tally.verify.VerifyFixtures.governorate;
import static org.tally.verify.VerifyFixtures.record;
import static org.tally.verify.VerifyFixtures.toll;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.link.DaySpan;
import org.tally.model.PlacePrecision;

/**
 * Issue 14: which records a toll may be the sum of. A toll whose sentence tells one attack ("a barrel bomb on a market
 * killed 45") is one event's, and the records of a governorate's day add up other events: it is held to the largest
 * one record of one event's days. A toll of many attacks or of a span ("air strikes across the province killed 45")
 * may be the day's total, which the records' sum bears out. Near misses: a true day total that is a sum, one record
 * bearing the toll out, a record of many days holding more, a toll within 1.5 times the largest record, a toll far
 * above all the records, and sentences that name one attack beside many or no determiner.
 */
class OneAttackRuleTest {
  private static final String DAY = "2021-03-09";
  private static final ReferenceRecord TOWN = record("11", DAY, "Maarat al-Numaan town", "Idlib Governorate", 35.6433,
      36.6717, 20, 20, 20, "Government of Syria", "Syrian insurgents");
  private static final ReferenceRecord VILLAGE = record("12", DAY, "Kafr Nabl town", "Idlib Governorate", 35.6136,
      36.5614, 15, 15, 15, "Government of Syria", "Syrian insurgents");
  private static final ReferenceRecord OTHER = record("13", DAY, "Saraqib town", "Idlib Governorate", 35.8644,
      36.8006, 12, 12, 12, "Government of Syria", "Syrian insurgents");
  /** Three records of the day in the governorate: 47 together, 20 at most in one. */
  private static final List<ReferenceRecord> DAY_RECORDS = List.of(TOWN, VILLAGE, OTHER);

  private final ClaimGrader grader = new ClaimGrader(RULES.settings());
  private final OneAttackWords words = RULES.attackWords();

  private static Toll inIdlib(int n) {
    return toll(Integer.toString(n), n, n, governorate("Idlib"), DAY, null);
  }

  @Test
  void aSentenceOfOneAttackIsReadSoAndOneOfManyAttacksOrOfASpanIsNot() {
    assertThat(words.read("A barrel bomb dropped on a market killed 45 people.").one()).isEqualTo("bomb");
    assertThat(words.read("An air strike on the bakery killed 23 people.").oneAttack()).isTrue();
    assertThat(words.read("An air strike on the bakery killed 23 people.").one()).isEqualTo("air strike");
    assertThat(words.read("The suicide car bomb attack killed 40 people.").oneAttack()).isTrue();
    // many attacks, an area's or a span's total
    assertThat(words.read("Air strikes across Aleppo killed 67 people.").oneAttack()).isFalse();
    assertThat(words.read("Regime shelling killed 12 people on Monday.").oneAttack()).isFalse();
    assertThat(words.read("In the past 24 hours, 30 people were killed.").oneAttack()).isFalse();
    // near misses: one attack named beside many, and an attack noun with no determiner before it (a headline's)
    assertThat(words.read("A strike and heavy shelling killed 20 people.").oneAttack()).isFalse();
    assertThat(words.read("Strike kills 12 in Idlib.").oneAttack()).isFalse();
    // a comma ends the noun phrase: "the town, bomb..." is no determiner's
    assertThat(words.read("They entered the town, bomb disposal teams said 5 were killed.").oneAttack()).isFalse();
    assertThat(words.read(null)).isEqualTo(OneAttackWords.Reading.NOTHING);
  }

  @Test
  void oneAttacksTollThatOnlyTheDaysRecordsAddUpToExceedsTheLargestOfThem() {
    // 45 agrees with the 47 the day's records hold together, but a bomb on one market is one event, and the largest
    // one record of the day holds 20
    Toll total = inIdlib(45);
    Toll oneAttack = total.withAttack("bomb");
    assertThat(grader.grade(total, DAY_RECORDS)).isEqualTo(ClaimGrade.CORROBORATED);
    assertThat(grader.grade(oneAttack, DAY_RECORDS)).isEqualTo(ClaimGrade.EXCEEDS);
    assertThat(grader.oneAttackRecord(oneAttack, DAY_RECORDS)).isSameAs(TOWN);
    assertThat(grader.oneAttackRecord(total, DAY_RECORDS)).isNull();
  }

  @Test
  void aDaysTotalThatIsASumOfTheRecordsIsStillBorneOut() {
    // near miss: "air strikes across the province killed 45" reads no one attack, and the sum bears it out
    assertThat(words.read("Air strikes across the province killed 45 people.").oneAttack()).isFalse();
    Toll total = inIdlib(45);
    assertThat(grader.grade(total, DAY_RECORDS)).isEqualTo(ClaimGrade.CORROBORATED);
  }

  @Test
  void oneRecordBearingItOutOrWithinOneAndAHalfTimesTheLargestIsNotOverruled() {
    // 21 agrees with the 20 of one record; 30 is 1.5 times the largest record, not above it
    assertThat(grader.grade(inIdlib(21).withAttack("bomb"), DAY_RECORDS)).isEqualTo(ClaimGrade.CORROBORATED);
    assertThat(grader.oneAttackRecord(inIdlib(30).withAttack("bomb"), DAY_RECORDS)).isNull();
    assertThat(grader.grade(inIdlib(30).withAttack("bomb"), DAY_RECORDS)).isEqualTo(ClaimGrade.CORROBORATED);
    assertThat(grader.grade(inIdlib(31).withAttack("bomb"), DAY_RECORDS)).isEqualTo(ClaimGrade.EXCEEDS);
  }

  @Test
  void aRecordOfManyDaysThatHoldsMoreIsNotASum() {
    // near miss: a month's record of the governorate holds 60, more than the toll: it is below that record, as before
    LocalDate first = LocalDate.parse("2021-03-01");
    ReferenceRecord month = new ReferenceRecord("UCDP GED", "14", new DaySpan(first, first.plusDays(30)),
        PLACER.place("Idlib Governorate", "Idlib Governorate", null, "Syria", null, null, PlacePrecision.GOVERNORATE),
        List.of(), 60, 60, 60, null);
    List<ReferenceRecord> records = List.of(TOWN, VILLAGE, OTHER, month);
    Toll oneAttack = inIdlib(45).withAttack("bomb");
    assertThat(grader.oneAttackRecord(oneAttack, records)).isNull();
    assertThat(grader.grade(oneAttack, records)).isNotEqualTo(ClaimGrade.EXCEEDS);
  }

  @Test
  void aTollFarAboveAllTheRecordsOfItsDaysIsOfAnotherEvent() {
    // more than same_event_ratio (7) times the 47 of the day: the records hold other events, not its own, and the toll
    // is graded as any toll is
    assertThat(grader.oneAttackRecord(inIdlib(330).withAttack("bomb"), DAY_RECORDS)).isNull();
    assertThat(grader.grade(inIdlib(330).withAttack("bomb"), DAY_RECORDS))
        .isEqualTo(grader.grade(inIdlib(330), DAY_RECORDS));
    assertThat(grader.oneAttackRecord(inIdlib(320).withAttack("bomb"), DAY_RECORDS)).isSameAs(TOWN);
  }

  @Test
  void theReasonSaysItIsOneAttacksTollAndWhatTheSumWouldHaveBeen() {
    Verifier verifier = new Verifier(RULES, new RecordIndex(RULES, DAY_RECORDS));
    TollCheck check = verifier.check(inIdlib(45).withAttack("bomb"));
    assertThat(check.grades()).containsEntry("UCDP GED", ClaimGrade.EXCEEDS);
    assertThat(check.heldToOne()).containsEntry("UCDP GED", TOWN);
    String reason = Reasons.of(check, "UCDP GED", null, RULES.settings());
    assertThat(reason).contains("UCDP GED 11 records 20 (",
        "its sentence tells one attack (\"bomb\"), so it is held to the largest one record of one event's days, not"
            + " to what the 3 records of its place and time hold together (47), a sum of several events",
        "exceeds them", "(45 is 2.3 times its 20; more than 1.5 times is taken to exceed)");
    // the same toll as a total: the sum bears it out, and the reason says so
    String total = Reasons.of(verifier.check(inIdlib(45)), "UCDP GED", null, RULES.settings());
    assertThat(total).contains("corroborated").doesNotContain("one attack");
  }
}

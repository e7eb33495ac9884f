package org.tally.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.analysis.Analyser;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.Metadata;

/**
 * A monitor's headline often gives the period's toll ("15 killed in October") over a body that opens with the day's
 * incident: that incident is the article's event, not the period (issue 11: "not a period or campaign total").
 */
class PeriodHeadlineTest {
  private static final Analyser ANALYSER = Analyser.from(Lexicons.bundled());

  private static MainIncident main(String text) {
    return ANALYSER.analyse(new Document("d", "d.txt", text, new Metadata(null, null, null, "2022-10-22")))
        .mainIncident();
  }

  @Test
  void aBodyOpeningWithAnIncidentLeadsOverTheHeadlinesMonth() {
    MainIncident incident = main("Assassinations continue in Daraa: 15 killed in October\n\nUnknown gunmen shot dead a "
        + "young man in the town of Jasim in the northern countryside of Daraa on Saturday. SOHR has documented 15 "
        + "assassinations in Daraa since the beginning of October.");
    assertThat(incident.killedMin()).isEqualTo(1);
  }

  @Test
  void aBodyOpeningWithThePeriodsTollIsAboutThePeriod() {
    // near miss: the body restates the month's toll first, so the article is about the month
    MainIncident incident = main("Over 100 killed in Aleppo shelling in October\n\nMore than 100 civilians have been "
        + "killed in October shelling of Aleppo, local authorities said on Saturday. On October 10 a shell hit a bus, "
        + "killing 14.");
    assertThat(incident.killedMin()).isEqualTo(101);
  }

  @Test
  void aHeadlinesDayStillLeads() {
    // near miss: a headline of one day's toll is the incident whatever the body opens with
    MainIncident incident = main("Gunmen kill three in Daraa on Saturday\n\nUnknown gunmen shot dead three men in the "
        + "town of Jasim on Saturday. A fourth man was killed in Tafas.");
    assertThat(incident.killedMin()).isEqualTo(3);
  }

  @Test
  void aBodyOpeningWithAWeeksTollIsAboutTheWeekNotTheAttackItRecalls() {
    // issue 13 (link written-5): "the bloodiest attack ... on Monday" is the week's example, not the article's event
    MainIncident incident = main("A week of regime raids on the Eastern Ghouta\n\nThe Syrian "
        + "Coalition said on Saturday that regime air raids and shelling killed 86 civilians in the Eastern Ghouta over "
        + "the past week. The bloodiest attack was the bombing of the Douma market on Monday in which 21 civilians were "
        + "killed.");
    assertThat(incident.killedMin()).isEqualTo(86);
  }

  @Test
  void aWarsTollBeforeTheDaysAttackDoesNotLead() {
    // near miss: a toll since the war began is background, the day's attack is the news
    MainIncident incident = main("Air strike hits the market of Douma\n\nMore than 300,000 people have been killed since "
        + "2011. On Monday an air strike on the market of Douma killed 21 civilians, a monitor said.");
    assertThat(incident.killedMin()).isEqualTo(21);
  }
}

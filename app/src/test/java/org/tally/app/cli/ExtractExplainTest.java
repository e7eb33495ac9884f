package org.tally.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tally extract --explain}: each claim says which rule rows decided its perpetrator and claimant, and why others lost. */
class ExtractExplainTest {
  @TempDir Path dir;

  private String explain(String text) throws IOException {
    Path file = dir.resolve("report.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("extract", file.toString(), "--format", "jsonl", "--explain");
    assertThat(run.status()).as(run.err()).isZero();
    return run.out();
  }

  @Test
  void namesTheRowsThatDecidedPerpetratorAndClaimant() throws IOException {
    String out = explain("Russian air strikes killed 12 civilians in Idlib, the Syrian Observatory for Human Rights said.");
    assertThat(out).contains("\"perpetrator\":\"russia\"", "\"claimant\":\"sohr\"", "\"explain\":")
        .contains("actor-names.tsv:", "\\\"Russian\\\" with attack-words.tsv:", "\\\"air strikes\\\"")
        .contains("actor-names.tsv:", "\\\"Syrian Observatory for Human Rights\\\"", "reporting-verbs.tsv:");
  }

  @Test
  void saysWhyACandidateWasDropped() throws IOException {
    String out = explain("Russian air strikes killed 12 civilians in Idlib, the Syrian Observatory for Human Rights said.");
    assertThat(out).contains("sohr (actor-names.tsv:").contains("who reports attacks but makes none");
    String bystander = explain("Russian air strikes killed 12 civilians near Iran, the Syrian Observatory for Human Rights said.");
    assertThat(bystander).contains("iran (actor-names.tsv:", "no attack word, attack verb or agent marker beside it");
  }

  @Test
  void saysWhenAStandInBecameTheActorTheDocumentNames() throws IOException {
    String out = explain("US-led coalition officials met in Paris. The coalition said 12 civilians were killed in Raqqa.");
    assertThat(out).contains("\"claimant\":\"us-led-coalition\"").contains("stand-ins.tsv:", "whom the document names");
  }

  @Test
  void namesTheSentenceAfterThatNamedTheAttacker() throws IOException {
    String out = explain("Raids on a bakery killed 17 people on Sunday. Activists said the raids were carried out by Russian jets.");
    assertThat(out).contains("\"perpetrator\":\"russia\"")
        .contains("named in the sentence after, which points back at the attack (attack-words.tsv:", "\\\"the raids\\\"")
        .contains("agent-markers.tsv:", "\\\"by\\\"");
  }

  @Test
  void namesTheInstitutionRowsOfASpeaker() throws IOException {
    String out = explain("A source at Hama Governorate said 6 civilians were killed by rocket shells.");
    assertThat(out).contains("\"claimant\":\"syrian-government\"")
        .contains("institution-sources.tsv:", "\\\"source at Hama Governorate\\\"", "stand-ins.tsv:");
  }

  @Test
  void namesTheRowsOfBothSidesAnIntroducedSpeakerAndATweet() throws IOException {
    String sides = explain("Regime jets pounded the town. The battle has killed 300 fighters on both sides, a monitor said.");
    assertThat(sides).contains("\"perpetrator\":null").contains("both-sides.tsv:", "\\\"on both sides\\\"");
    String speaker = explain("YPG spokesman Redur Xelil spoke to reporters. Xelil said 30 jihadists were killed in the assault.");
    assertThat(speaker).contains("\"claimant\":\"ypg\"").contains("speaker-titles.tsv:", "\\\"YPG spokesman Redur Xelil\\\"");
    String tweet = explain("3 children killed in a strike on the school pic.twitter.com/xY12 The White Helmets (SyriaCivilDef) June 3 2016");
    assertThat(tweet).contains("\"claimant\":\"white-helmets\"").contains("tweet-links.tsv:", "the author of the tweet");
  }

  @Test
  void withoutTheOptionNoExplanationIsPrinted() throws IOException {
    Path file = dir.resolve("plain.txt");
    Files.writeString(file, "Russian air strikes killed 12 civilians in Idlib.", StandardCharsets.UTF_8);
    assertThat(CliRun.of("extract", file.toString(), "--format", "jsonl").out()).doesNotContain("explain");
  }
}

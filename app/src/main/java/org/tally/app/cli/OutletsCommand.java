package org.tally.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.tally.app.export.Format;
import org.tally.app.export.OutletRecord;
import org.tally.app.export.RecordWriter;
import org.tally.link.OutletProfiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tally outlets}: how each outlet reports, from the incidents its claims belong to. */
@Command(name = "outlets", mixinStandardHelpOptions = true,
    description = {"Profiles each outlet: whom it blames, whom it counts, and where its figures sit.",
        "Claims by perpetrator blamed and by victims, the share it attributes to a named claimant, and how its",
        "figures sit against the consensus of incidents other outlets also report.",
        "Fields (jsonl): outlet, claims, attributed, attributed_share, shared, above, within, below,",
        "by_perpetrator {actor: claims}, by_victims {victims: claims}."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:usage error", "2:some inputs failed; the others were profiled"})
public final class OutletsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;

  @Mixin ListingOptions listing;

  @Override
  public Integer call() {
    OutletProfiler.Profiles profiles = OutletProfiler.from(input.lexicons()).profiles();
    int status = IncidentsCommand.eachIncident(spec, input, listing, profiles);
    try (RecordWriter out = new RecordWriter(listing.format, spec.commandLine().getOut(),
        List.of("outlet", "claims", "attributed_share", "shared", "above", "within", "below"))) {
      profiles.result().forEach(p -> out.write(OutletRecord.of(p)));
    }
    return status;
  }
}

package org.tally.app.web.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.tally.app.web.Html;

/** A running count over time: one point per reading, joined by a line, each point's range drawn as a whisker. */
public final class RunningCount {
  /** One reading: its day, its best figure, and its low and high ends. */
  public record Reading(LocalDate day, int low, int best, int high, String label) {}

  private RunningCount() {}

  public static String render(List<Reading> readings, int width, int height, String id) {
    if (readings.isEmpty()) {
      return "<p class=\"empty\" id=\"" + Html.attr(id) + "\">No dated readings.</p>";
    }
    LocalDate first = readings.stream().map(Reading::day).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = readings.stream().map(Reading::day).max(LocalDate::compareTo).orElseThrow();
    long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
    int peak = Math.max(1, readings.stream().mapToInt(Reading::high).max().orElse(1));
    int left = 56;
    int plotW = width - left - 16;
    int plotH = height - 40;
    StringBuilder svg = new StringBuilder();
    svg.append("<figure class=\"chart\"><svg id=\"").append(Html.attr(id))
        .append("\" class=\"running\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\">");
    StringBuilder line = new StringBuilder();
    for (Reading r : readings) {
      double x = left + ChronoUnit.DAYS.between(first, r.day()) * plotW / (double) days;
      double y = 10 + plotH - r.best() * plotH / (double) peak;
      line.append(line.length() == 0 ? "M" : "L").append(num(x)).append(',').append(num(y));
      svg.append("<line class=\"whisker\" x1=\"").append(num(x)).append("\" x2=\"").append(num(x)).append("\" y1=\"")
          .append(num(10 + plotH - r.low() * plotH / (double) peak)).append("\" y2=\"")
          .append(num(10 + plotH - r.high() * plotH / (double) peak)).append("\"/>");
      svg.append("<circle class=\"reading\" cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
          .append("\" r=\"4\"><title>").append(r.day()).append(": ").append(Html.text(r.label())).append("</title></circle>");
    }
    svg.append("<path class=\"line\" d=\"").append(line).append("\"/>");
    svg.append("<text class=\"tick\" x=\"").append(left - 4).append("\" y=\"16\" text-anchor=\"end\">").append(peak)
        .append("</text><text class=\"tick\" x=\"").append(left).append("\" y=\"").append(height - 8).append("\">")
        .append(first).append("</text><text class=\"tick\" x=\"").append(left + plotW).append("\" y=\"")
        .append(height - 8).append("\" text-anchor=\"end\">").append(last).append("</text>");
    svg.append("</svg></figure>");
    return svg.toString();
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}

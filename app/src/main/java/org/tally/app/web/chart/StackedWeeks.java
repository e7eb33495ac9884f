package org.tally.app.web.chart;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tally.app.web.Html;

/**
 * A timeline of figures per week (weeks start on Monday), stacked by a key such as the perpetrator. The seven keys with
 * the largest totals get their own colour, the rest are stacked together as "other". Drawn as SVG with a legend.
 */
public final class StackedWeeks {
  /** One figure on one day under one key. */
  public record Entry(LocalDate day, String key, int value) {}

  private static final int MAX_KEYS = 7;

  private StackedWeeks() {}

  public static String render(List<Entry> entries, int width, int height, String id) {
    if (entries.isEmpty()) {
      return "<p class=\"empty\" id=\"" + Html.attr(id) + "\">Nothing to chart for these filters.</p>";
    }
    Map<String, Long> totals = new TreeMap<>();
    for (Entry e : entries) {
      totals.merge(e.key(), (long) e.value(), Long::sum);
    }
    List<String> keys = new ArrayList<>(totals.keySet());
    keys.sort(Comparator.comparing((String k) -> -totals.get(k)).thenComparing(k -> k));
    boolean other = keys.size() > MAX_KEYS;
    List<String> shown = new ArrayList<>(keys.subList(0, Math.min(MAX_KEYS, keys.size())));
    if (other) {
      shown.add("other");
    }
    LocalDate first = entries.stream().map(Entry::day).min(LocalDate::compareTo).orElseThrow()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate last = entries.stream().map(Entry::day).max(LocalDate::compareTo).orElseThrow();
    int weeks = (int) (ChronoUnit.WEEKS.between(first, last) + 1);
    Map<Integer, Map<String, Integer>> byWeek = new TreeMap<>();
    for (Entry e : entries) {
      int week = (int) ChronoUnit.WEEKS.between(first, e.day());
      String key = shown.contains(e.key()) ? e.key() : "other";
      byWeek.computeIfAbsent(week, w -> new LinkedHashMap<>()).merge(key, e.value(), Integer::sum);
    }
    int peak = byWeek.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).max()
        .orElse(1);
    int left = 48;
    int bottom = 22;
    int plotW = width - left - 8;
    int plotH = height - bottom - 8;
    double barW = plotW / (double) weeks;
    StringBuilder svg = new StringBuilder();
    svg.append("<figure class=\"chart\"><svg id=\"").append(Html.attr(id))
        .append("\" class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Deaths claimed")
        .append(" per week\" width=\"").append(width).append("\" height=\"").append(height).append("\">");
    svg.append("<line class=\"axis\" x1=\"").append(left).append("\" y1=\"").append(8 + plotH).append("\" x2=\"")
        .append(left + plotW).append("\" y2=\"").append(8 + plotH).append("\"/>");
    svg.append("<text class=\"tick\" x=\"").append(left - 4).append("\" y=\"14\" text-anchor=\"end\">").append(peak)
        .append("</text><text class=\"tick\" x=\"").append(left - 4).append("\" y=\"").append(8 + plotH)
        .append("\" text-anchor=\"end\">0</text>");
    for (Map.Entry<Integer, Map<String, Integer>> week : byWeek.entrySet()) {
      double x = left + week.getKey() * barW;
      double y = 8 + plotH;
      LocalDate monday = first.plusWeeks(week.getKey());
      for (int i = 0; i < shown.size(); i++) {
        Integer value = week.getValue().get(shown.get(i));
        if (value == null || value == 0) {
          continue;
        }
        double h = value * plotH / (double) peak;
        y -= h;
        svg.append("<rect class=\"bar\" x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
            .append(num(Math.max(1, barW - 0.5))).append("\" height=\"").append(num(h)).append("\" fill=\"")
            .append(Palette.colour(i)).append("\"><title>").append("week of ").append(monday).append(": ")
            .append(Html.text(shown.get(i))).append(' ').append(value).append("</title></rect>");
      }
    }
    svg.append("<text class=\"tick\" x=\"").append(left).append("\" y=\"").append(height - 6).append("\">")
        .append(first).append("</text><text class=\"tick\" x=\"").append(left + plotW).append("\" y=\"")
        .append(height - 6).append("\" text-anchor=\"end\">").append(last).append("</text>");
    svg.append("</svg><figcaption class=\"legend\">");
    for (int i = 0; i < shown.size(); i++) {
      svg.append("<span class=\"key\">").append(swatch(Palette.colour(i))).append(Html.text(shown.get(i)))
          .append("</span> ");
    }
    svg.append("</figcaption></figure>");
    return svg.toString();
  }

  /** A legend's colour square: an SVG presentation attribute, since the page's CSP allows no inline style. */
  static String swatch(String colour) {
    return "<svg class=\"swatch\" width=\"12\" height=\"12\"><rect width=\"12\" height=\"12\" fill=\"" + colour
        + "\"/></svg>";
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}

package org.tally.app.web.chart;

import java.util.Locale;
import java.util.Map;
import org.tally.app.web.Html;

/** Horizontal bars, one per label, longest first as given: an outlet's claims by perpetrator, by victims, by placement. */
public final class Bars {
  private Bars() {}

  public static String render(String title, Map<String, Integer> values, String id) {
    if (values.isEmpty()) {
      return "<p class=\"empty\" id=\"" + Html.attr(id) + "\">" + Html.text(title) + ": none.</p>";
    }
    int peak = values.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    int row = 20;
    int labelW = 170;
    int barMax = 260;
    int height = values.size() * row + 24;
    StringBuilder svg = new StringBuilder();
    svg.append("<figure class=\"chart\"><figcaption>").append(Html.text(title)).append("</figcaption><svg id=\"")
        .append(Html.attr(id)).append("\" class=\"bars\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(labelW + barMax + 50).append("\" height=\"").append(height).append("\">");
    int y = 4;
    int i = 0;
    for (Map.Entry<String, Integer> e : values.entrySet()) {
      double w = Math.max(1, e.getValue() * barMax / (double) Math.max(1, peak));
      svg.append("<text class=\"label\" x=\"").append(labelW - 6).append("\" y=\"").append(y + 14)
          .append("\" text-anchor=\"end\">").append(Html.text(e.getKey())).append("</text>");
      svg.append("<rect class=\"bar\" x=\"").append(labelW).append("\" y=\"").append(y + 2).append("\" width=\"")
          .append(String.format(Locale.ROOT, "%.1f", w)).append("\" height=\"").append(row - 6).append("\" fill=\"")
          .append(Palette.colour(i % (Palette.COLOURS.length - 1))).append("\"><title>").append(Html.text(e.getKey()))
          .append(": ").append(e.getValue()).append("</title></rect>");
      svg.append("<text class=\"value\" x=\"").append(String.format(Locale.ROOT, "%.1f", labelW + w + 4))
          .append("\" y=\"").append(y + 14).append("\">").append(e.getValue()).append("</text>");
      y += row;
      i++;
    }
    svg.append("</svg></figure>");
    return svg.toString();
  }
}

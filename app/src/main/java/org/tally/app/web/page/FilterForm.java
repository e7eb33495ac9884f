package org.tally.app.web.page;

import java.util.Locale;
import org.tally.app.web.Filters;
import org.tally.app.web.Html;
import org.tally.model.Harm;
import org.tally.model.Victims;

/** The filter form: a GET form, so the filters land in the query string and a view is shared as a link. */
public final class FilterForm {
  private FilterForm() {}

  public static String render(String action, Filters f, String extraHidden) {
    StringBuilder out = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"").append(Html.attr(action))
        .append("\">");
    out.append(extraHidden);
    out.append(input("from", "From", f.from() == null ? null : f.from().toString(), "date"));
    out.append(input("to", "To", f.to() == null ? null : f.to().toString(), "date"));
    out.append(input("country", "Country", f.country(), "text"));
    out.append(input("admin1", "Governorate", f.admin1(), "text"));
    out.append(input("perpetrator", "Perpetrator", f.perpetrator(), "text"));
    out.append(select("harm", "Harm", Harm.values(), f.harm()));
    out.append(select("victims", "Victims", Victims.values(), f.victims()));
    out.append(input("outlet", "Outlet", f.outlet(), "text"));
    out.append("<button type=\"submit\">Filter</button> <a href=\"").append(Html.attr(action))
        .append("\">Clear</a></form>");
    return out.toString();
  }

  private static String input(String name, String label, String value, String type) {
    return "<label>" + label + " <input type=\"" + type + "\" name=\"" + name + "\" value=\"" + Html.attr(value)
        + "\"></label> ";
  }

  private static <E extends Enum<E>> String select(String name, String label, E[] values, E chosen) {
    StringBuilder out = new StringBuilder("<label>").append(label).append(" <select name=\"").append(name)
        .append("\"><option value=\"\">any</option>");
    for (E value : values) {
      String json = value.name().toLowerCase(Locale.ROOT);
      out.append("<option value=\"").append(json).append('"').append(value == chosen ? " selected" : "").append('>')
          .append(json).append("</option>");
    }
    return out.append("</select></label> ").toString();
  }
}

package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Claims get their evidence offsets in Unicode code points (evidence_cp_start, evidence_cp_end) beside Java's UTF-16
 * ones, so that SQL's substr(), Python and R, which all count code points, cut the evidence right after an emoji or
 * any other character beyond U+FFFF. Claims stored before are filled from their document's text. Java, not SQL:
 * neither SQLite nor PostgreSQL can count UTF-16 units.
 */
public class V9__claim_evidence_in_code_points extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement alter = connection.createStatement()) {
      alter.execute("ALTER TABLE claims ADD COLUMN evidence_cp_start INTEGER");
      alter.execute("ALTER TABLE claims ADD COLUMN evidence_cp_end INTEGER");
    }
    try (Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery("SELECT c.doc_id, c.ordinal, c.evidence_start, c.evidence_end, d.text"
            + " FROM claims c JOIN documents d ON d.id = c.doc_id ORDER BY c.doc_id, c.ordinal");
        PreparedStatement update = connection.prepareStatement(
            "UPDATE claims SET evidence_cp_start = ?, evidence_cp_end = ? WHERE doc_id = ? AND ordinal = ?")) {
      int pending = 0;
      while (rows.next()) {
        String text = rows.getString("text");
        update.setInt(1, text.codePointCount(0, Math.min(rows.getInt("evidence_start"), text.length())));
        update.setInt(2, text.codePointCount(0, Math.min(rows.getInt("evidence_end"), text.length())));
        update.setString(3, rows.getString("doc_id"));
        update.setInt(4, rows.getInt("ordinal"));
        update.addBatch();
        if (++pending == 1000) {
          update.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        update.executeBatch();
      }
    }
  }
}

package db.migration;

import com.tuoyu.directory.platform.crypto.PersonalDataCipher;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Personal data at rest, step 2 of 3: seals and indexes every phone number and WeChat identity still in clear (V19
 * added the columns, V19_2 drops the clear ones). A Java migration because it needs the key, read from the same
 * configuration as the service ({@link MigrationCipher}); in one transaction with its neighbours, so a failure leaves
 * the clear columns in place. Pending SMS sign-in codes (five minutes at most; their hash was salted with the
 * number) and the per-phone rate-limit counters (their keys held the number; a day at most) are dropped: a parent
 * signing in at that moment asks for a new code.
 */
public class V19_1__SealPersonalData extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        seal(context.getConnection(), MigrationCipher.fromConfiguration());
    }

    /** Public for the test that runs it over a copy of the V5-era tables. */
    public static void seal(Connection connection, PersonalDataCipher cipher) throws SQLException {
        sealColumn(connection, cipher, "account", "phone", "phone_sealed", "phone_index");
        sealColumn(connection, cipher, "account", "wechat_openid", "wechat_openid_sealed", "wechat_openid_index");
        sealColumn(connection, cipher, "account", "wechat_unionid", "wechat_unionid_sealed", "wechat_unionid_index");
        sealColumn(connection, cipher, "complaint", "contact_phone", "contact_phone_sealed", null);
        sealColumn(connection, cipher, "visit_request", "phone", "phone_sealed", null);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from sms_code");
            statement.executeUpdate("delete from rate_limit where key like 'sms:phone:%'");
        }
    }

    private static void sealColumn(Connection connection, PersonalDataCipher cipher, String table, String clear,
                                   String sealed, String index) throws SQLException {
        String set = (sealed == null ? "" : sealed + " = ?") + (sealed != null && index != null ? ", " : "")
                + (index == null ? "" : index + " = ?");
        try (PreparedStatement select = connection.prepareStatement(
                     "select id, " + clear + " from " + table + " where " + clear + " is not null");
             PreparedStatement update = connection.prepareStatement("update " + table + " set " + set + " where id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String value = rows.getString(2);
                int p = 1;
                if (sealed != null) {
                    update.setString(p++, cipher.seal(value));
                }
                if (index != null) {
                    update.setString(p++, cipher.index(value));
                }
                update.setObject(p, rows.getObject(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}

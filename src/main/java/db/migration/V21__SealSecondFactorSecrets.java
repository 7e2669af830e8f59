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
 * Staff TOTP secrets sealed like phone numbers (SM4-GCM with a key id, {@link PersonalDataCipher}): whoever reads a
 * database dump could otherwise produce every staff member's second factor. The column grows to hold the sealed form;
 * secrets stored in clear by V20 are sealed in place, in this migration's transaction.
 */
public class V21__SealSecondFactorSecrets extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        seal(context.getConnection(), MigrationCipher.fromConfiguration());
    }

    /** Public for the test that runs it over a V20-era table. */
    public static void seal(Connection connection, PersonalDataCipher cipher) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("alter table staff_second_factor alter column secret type text");
        }
        try (PreparedStatement select = connection.prepareStatement(
                     "select account_id, secret from staff_second_factor where secret not like 'sm4gcm:%'");
             PreparedStatement update = connection.prepareStatement(
                     "update staff_second_factor set secret = ? where account_id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                update.setString(1, cipher.seal(rows.getString(2)));
                update.setObject(2, rows.getObject(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}

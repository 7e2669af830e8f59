package com.tuoyu.directory.privacy;

import com.tuoyu.directory.support.PersonalData;
import db.migration.V19_1__SealPersonalData;
import db.migration.V21__SealSecondFactorSecrets;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V19_1 over tables as they were before V19 (clear columns, with V19's sealed and index columns added), in a scratch
 * schema: every clear value is sealed and indexed; pending SMS codes and per-phone counters go. V21 likewise over
 * V20's table of staff TOTP secrets.
 */
@QuarkusTest
class SealPersonalDataMigrationTest {

    @Test
    void theMigrationSealsAndIndexesEveryClearValue() throws Exception {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             Statement sql = connection.createStatement()) {
            sql.execute("drop schema if exists before_v19 cascade");
            sql.execute("create schema before_v19");
            sql.execute("set search_path to before_v19");
            sql.execute("create table account (id uuid primary key, phone varchar(11), wechat_openid varchar(128), "
                    + "wechat_unionid varchar(128), phone_sealed text, phone_index varchar(64), wechat_openid_sealed text, "
                    + "wechat_openid_index varchar(64), wechat_unionid_sealed text, wechat_unionid_index varchar(64))");
            sql.execute("create table sms_code (id uuid primary key, phone varchar(11), phone_index varchar(64))");
            sql.execute("create table complaint (id uuid primary key, contact_phone varchar(20), contact_phone_sealed text)");
            sql.execute("create table visit_request (id uuid primary key, phone varchar(11), phone_sealed text)");
            sql.execute("create table rate_limit (key varchar(200) primary key)");
            sql.execute("insert into account values (gen_random_uuid(), '13811112222', 'o-before', 'u-before'), "
                    + "(gen_random_uuid(), null, 'o-only', null)");
            sql.execute("insert into sms_code values (gen_random_uuid(), '13811112222')");
            sql.execute("insert into complaint values (gen_random_uuid(), '13933334444'), (gen_random_uuid(), null)");
            sql.execute("insert into visit_request values (gen_random_uuid(), '13755556666')");
            sql.execute("insert into rate_limit values ('sms:phone:day:13811112222'), ('sms:ip:127.0.0.1')");

            V19_1__SealPersonalData.seal(connection, PersonalData.cipher());

            try (ResultSet row = sql.executeQuery("select * from account where phone = '13811112222'")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("phone_sealed")).startsWith("sm4gcm:dev-2:");
                assertThat(PersonalData.open(row.getString("phone_sealed"))).isEqualTo("13811112222");
                assertThat(row.getString("phone_index")).isEqualTo(PersonalData.index("13811112222"));
                assertThat(PersonalData.open(row.getString("wechat_openid_sealed"))).isEqualTo("o-before");
                assertThat(row.getString("wechat_unionid_index")).isEqualTo(PersonalData.index("u-before"));
            }
            assertThat(count(sql, "select count(*) from account where phone is null and phone_sealed is null "
                    + "and wechat_openid_index = '" + PersonalData.index("o-only") + "' and wechat_unionid_sealed is null")).isOne();
            assertThat(count(sql, "select count(*) from sms_code")).isZero();
            try (ResultSet row = sql.executeQuery("select contact_phone_sealed from complaint where contact_phone is not null")) {
                row.next();
                assertThat(PersonalData.open(row.getString(1))).isEqualTo("13933334444");
            }
            assertThat(count(sql, "select count(*) from complaint where contact_phone is null and contact_phone_sealed is null")).isOne();
            try (ResultSet row = sql.executeQuery("select phone_sealed from visit_request")) {
                row.next();
                assertThat(PersonalData.open(row.getString(1))).isEqualTo("13755556666");
            }
            assertThat(count(sql, "select count(*) from rate_limit")).isOne();
            sql.execute("set search_path to public");
            sql.execute("drop schema before_v19 cascade");
        }
    }

    @Test
    void theSecondFactorMigrationSealsEveryClearSecretOnce() throws Exception {
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute("drop schema if exists before_v21 cascade");
            sql.execute("create schema before_v21");
            sql.execute("set search_path to before_v21");
            sql.execute("create table staff_second_factor (account_id uuid primary key, secret varchar(64) not null)");
            String sealedBefore = PersonalData.cipher().seal("KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU");
            sql.execute("insert into staff_second_factor values (gen_random_uuid(), 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')");
            sql.execute("alter table staff_second_factor alter column secret type text");
            sql.execute("insert into staff_second_factor values (gen_random_uuid(), '" + sealedBefore + "')");
            sql.execute("alter table staff_second_factor alter column secret type varchar(200)");

            V21__SealSecondFactorSecrets.seal(connection, PersonalData.cipher());

            assertThat(count(sql, "select count(*) from staff_second_factor where secret not like 'sm4gcm:dev-2:%'")).isZero();
            assertThat(count(sql, "select count(*) from staff_second_factor where secret = '" + sealedBefore + "'")).isOne();
            try (ResultSet row = sql.executeQuery("select secret from staff_second_factor where secret <> '" + sealedBefore + "'")) {
                row.next();
                assertThat(PersonalData.open(row.getString(1))).isEqualTo("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
            }
            try (ResultSet type = sql.executeQuery("select data_type from information_schema.columns where table_schema = "
                    + "'before_v21' and table_name = 'staff_second_factor' and column_name = 'secret'")) {
                type.next();
                assertThat(type.getString(1)).isEqualTo("text");
            }
            sql.execute("set search_path to public");
            sql.execute("drop schema before_v21 cascade");
        }
    }

    private static Connection connect() throws Exception {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

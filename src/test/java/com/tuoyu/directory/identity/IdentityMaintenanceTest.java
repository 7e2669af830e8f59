package com.tuoyu.directory.identity;

import com.tuoyu.directory.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class IdentityMaintenanceTest {

    @Inject
    IdentityMaintenance maintenance;

    @Test
    void longExpiredTokensCodesAndCountersArePurgedAndCurrentOnesKept() throws Throwable {
        Staff.Created handler = Staff.create(List.of("HANDLER"), List.of("360102"));
        String old = Staff.signIn(handler.username(), handler.password()).then().statusCode(200).extract().path("refreshToken");
        String current = Staff.signIn(handler.username(), handler.password()).then().statusCode(200).extract().path("refreshToken");
        Database.rows("update refresh_token set expires_at = now() - interval '2 days' where token_hash = ? returning id",
                TokenService.sha256(old));
        String oldKey = "test:old:" + UUID.randomUUID();
        String currentKey = "test:current:" + UUID.randomUUID();
        Database.rows("insert into rate_limit (key, window_start, hits) values (?, now() - interval '3 days', 1), "
                + "(?, now(), 1) returning key", oldKey, currentKey);

        VertxContextSupport.subscribeAndAwait(() -> maintenance.purge());

        assertThat(Database.count("select count(*) from refresh_token where token_hash = ?", TokenService.sha256(old))).isZero();
        assertThat(Database.count("select count(*) from refresh_token where token_hash = ?", TokenService.sha256(current))).isEqualTo(1);
        assertThat(Database.count("select count(*) from rate_limit where key = ?", oldKey)).isZero();
        assertThat(Database.count("select count(*) from rate_limit where key = ?", currentKey)).isEqualTo(1);
        Staff.refresh(current).then().statusCode(200);
    }
}

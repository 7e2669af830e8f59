package com.tuoyu.directory.console;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The console as the service serves it: index, deep links, caching and its content-security policy. */
@QuarkusTest
class ConsoleServingTest {

    private static final Pattern ASSET = Pattern.compile("/console/assets/[^\"]+\\.js");

    @Test
    void theIndexIsServedUncachedWithTheConsolePolicy() {
        Response index = given().get("/console/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.contentType()).startsWith("text/html");
        assertThat(index.body().asString()).contains("<div id=\"app\"></div>").contains("/console/assets/");
        assertThat(index.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(index.header("Content-Security-Policy"))
                .contains("default-src 'self'", "script-src 'self'", "img-src 'self' blob:", "frame-ancestors 'none'")
                .doesNotContain("'unsafe-eval'");
        assertThat(index.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void aDeepLinkOrAReloadGetsTheIndex() {
        Response deep = given().get("/console/complaints/0b5b2f63-7d0b-4f5e-9e7e-3a0a1f6c2d11");
        assertThat(deep.statusCode()).isEqualTo(200);
        assertThat(deep.body().asString()).contains("<div id=\"app\"></div>");
        assertThat(deep.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(deep.header("Content-Security-Policy")).contains("script-src 'self'");
    }

    @Test
    void theBarePathRedirectsToTheFolder() {
        Response bare = given().redirects().follow(false).get("/console");
        assertThat(bare.statusCode()).isEqualTo(302);
        assertThat(bare.header("Location")).isEqualTo("/console/");
    }

    @Test
    void hashedAssetsAreCachedForAYearAndAMissingOneIsNotTheIndex() {
        Matcher asset = ASSET.matcher(given().get("/console/").body().asString());
        assertThat(asset.find()).as("index.html names its script").isTrue();
        Response script = given().get(asset.group());
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.header("Cache-Control")).contains("max-age=31536000");
        assertThat(given().get("/console/assets/missing-0000.js").statusCode()).isEqualTo(404);
    }

    @Test
    void theApiKeepsItsOwnStricterPolicy() {
        assertThat(given().get("/api/v1/divisions").header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }
}

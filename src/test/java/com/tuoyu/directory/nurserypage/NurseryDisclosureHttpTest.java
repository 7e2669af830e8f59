package com.tuoyu.directory.nurserypage;

import com.tuoyu.directory.support.DemoFixtures;
import com.tuoyu.directory.fees.Fee;

import com.tuoyu.directory.contract.OffContractRequests;
import com.tuoyu.directory.demo.DemoDataConfig;
import com.tuoyu.directory.demo.DemoNursery;
import com.tuoyu.directory.nursery.FilingStatus;
import com.tuoyu.directory.platform.geo.CoordinateSystem;
import com.tuoyu.directory.platform.geo.GeoPoint;
import com.tuoyu.directory.division.DivisionService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** HTTP behaviour of GET /api/v1/nurseries/{id}: coordinates, caching, and the problems for bad or unlisted ids. */
@QuarkusTest
class NurseryDisclosureHttpTest {

    private static final String PATH = "/api/v1/nurseries/{id}";

    @Inject
    DivisionService divisionService;

    @Inject
    DemoDataConfig config;

    @Inject
    Clock clock;

    DemoFixtures fixtures;

    @BeforeEach
    void regenerateDemoData() {
        fixtures = DemoFixtures.load(divisionService, config, clock);
    }

    @Test
    void gcj02CoordinatesAreShiftedByHundredsOfMetresAndConvertBackWithinOneMetre() {
        DemoNursery demo = fixtures.filed("is any", d -> true);
        UUID id = demo.nursery().id();

        JsonPath wgs = given().when().get(PATH, id).then().statusCode(200).extract().jsonPath().using(DemoFixtures.DOUBLES);
        JsonPath gcj = given().queryParam("coord", "gcj02").when().get(PATH, id).then().statusCode(200)
                .extract().jsonPath().using(DemoFixtures.DOUBLES);

        assertThat(wgs.getString("location.coordinateSystem")).isEqualTo("wgs84");
        assertThat(gcj.getString("location.coordinateSystem")).isEqualTo("gcj02");
        GeoPoint stored = new GeoPoint(demo.nursery().latitude(), demo.nursery().longitude());
        GeoPoint wgsPoint = new GeoPoint(wgs.getDouble("location.latitude"), wgs.getDouble("location.longitude"));
        GeoPoint gcjPoint = new GeoPoint(gcj.getDouble("location.latitude"), gcj.getDouble("location.longitude"));
        assertThat(wgsPoint.metresTo(stored)).isLessThan(0.01);
        assertThat(wgsPoint.metresTo(gcjPoint)).isBetween(100.0, 1_000.0);
        GeoPoint back = CoordinateSystem.GCJ02.toWgs84(gcjPoint.latitude(), gcjPoint.longitude());
        assertThat(back.metresTo(stored)).isLessThan(1.0);
    }

    @Test
    @OffContractRequests("'WGS84' in capitals: the service reads coord case-insensitively, the contract says 'wgs84'")
    void explicitWgs84IsTheSameAsTheDefault() {
        UUID id = fixtures.filed("is any", d -> true).nursery().id();

        String byDefault = given().when().get(PATH, id).then().statusCode(200).extract().asString();
        String explicit = given().queryParam("coord", "WGS84").when().get(PATH, id).then().statusCode(200).extract().asString();

        assertThat(explicit).isEqualTo(byDefault);
    }

    @Test
    void responseCarriesAStrongETagAndMayBeReusedForOneSecond() {
        UUID id = fixtures.filed("is any", d -> true).nursery().id();

        given().when().get(PATH, id)
                .then().statusCode(200)
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{43}\""))
                .header("Cache-Control", equalTo("public, max-age=1, must-revalidate"));
    }

    @Test
    void matchingIfNoneMatchAnswers304WithoutABody() {
        UUID id = fixtures.filed("is any", d -> true).nursery().id();
        String etag = given().when().get(PATH, id).then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", etag)
                .when().get(PATH, id)
                .then().statusCode(304)
                .header("ETag", equalTo(etag))
                .header("Cache-Control", equalTo("public, max-age=1, must-revalidate"))
                .body(emptyString());
        given().header("If-None-Match", "\"stale\", W/" + etag)
                .when().get(PATH, id)
                .then().statusCode(304);
    }

    @Test
    void staleIfNoneMatchGetsTheFullBody() {
        UUID id = fixtures.filed("is any", d -> true).nursery().id();

        given().header("If-None-Match", "\"an-older-version\"")
                .when().get(PATH, id)
                .then().statusCode(200)
                .body("id", equalTo(id.toString()));
    }

    @Test
    void eTagFollowsTheRepresentation() {
        DemoNursery first = fixtures.filed("is any", d -> true);
        DemoNursery second = fixtures.filed("is another one", d -> !d.nursery().id().equals(first.nursery().id()));

        Response wgs = given().when().get(PATH, first.nursery().id());
        Response wgsAgain = given().when().get(PATH, first.nursery().id());
        Response gcj = given().queryParam("coord", "gcj02").when().get(PATH, first.nursery().id());
        Response other = given().when().get(PATH, second.nursery().id());

        assertThat(wgsAgain.header("ETag")).isEqualTo(wgs.header("ETag"));
        assertThat(wgsAgain.asString()).isEqualTo(wgs.asString());
        assertThat(gcj.header("ETag")).isNotEqualTo(wgs.header("ETag"));
        assertThat(other.header("ETag")).isNotEqualTo(wgs.header("ETag"));
        given().header("If-None-Match", wgs.header("ETag")).queryParam("coord", "gcj02")
                .when().get(PATH, first.nursery().id())
                .then().statusCode(200);
    }

    @ParameterizedTest
    @EnumSource(value = FilingStatus.class, names = {"SUBMITTED", "RETURNED", "REVOKED", "CLOSED"})
    void nurseryWhoseFilingIsNotInForceIsNotFound(FilingStatus status) {
        DemoNursery demo = fixtures.first(status, "is any", d -> true);

        given().when().get(PATH, demo.nursery().id())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("未找到"))
                .body("instance", equalTo("/api/v1/nurseries/" + demo.nursery().id()))
                .body(not(containsString(demo.nursery().name())));
    }

    @Test
    void unknownNurseryIsNotFound() {
        UUID unknown = UUID.nameUUIDFromBytes("no such nursery".getBytes());

        given().when().get(PATH, unknown)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString(unknown.toString()));
    }

    @Test
    void malformedIdIsABadRequestNamingTheParameter() {
        given().when().get(PATH, "not-a-uuid")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("id"))
                .body(not(containsString("Exception")));
        given().when().get(PATH, "1-1-1-1-1")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void unknownCoordinateSystemIsABadRequestNamingTheParameter() {
        UUID id = fixtures.filed("is any", d -> true).nursery().id();

        given().queryParam("coord", "bd09")
                .when().get(PATH, id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("coord"))
                .body("detail", containsString("gcj02"));
    }

    @Test
    void openApiDocumentsTheEndpointItsResponsesAndParameters() {
        JsonPath api = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();

        String get = "paths.'/api/v1/nurseries/{id}'.get";
        assertThat(api.getString(get + ".description")).contains("Roles: none (public)");
        assertThat(api.getMap(get + ".responses").keySet()).contains("200", "304", "400", "404");
        assertThat(api.getString(get + ".responses.'404'.content.'application/problem+json'.schema.$ref"))
                .endsWith("/Problem");
        assertThat(api.getString(get + ".responses.'200'.content.'application/json'.schema.$ref"))
                .endsWith("/NurseryDetail");
        assertThat(api.getList(get + ".parameters.name", String.class)).contains("id", "coord", "If-None-Match");
        assertThat(api.getList(get + ".parameters.find { it.name == 'coord' }.schema.enum", String.class))
                .containsExactly("wgs84", "gcj02");
        assertThat(api.getMap("components.schemas")).containsKeys("NurseryDetail", "Fee", "CarerRatio", "Term");
    }
}

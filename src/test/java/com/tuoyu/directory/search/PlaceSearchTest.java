package com.tuoyu.directory.search;

import cn.hutool.core.util.CoordinateUtil;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;

/**
 * The place search through Tencent Location Service's place suggestion, stubbed by WireMock: the key and the region
 * are sent, GCJ-02 comes back as WGS-84 (or as sent with coord=gcj02), and an error the provider reports is a 503
 * problem, never an empty or made-up answer.
 */
@QuarkusTest
@WithTestResource(value = PlacesTestResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class PlaceSearchTest {

    /** 红谷滩万达广场 as Tencent draws it (GCJ-02). */
    private static final double GCJ_LAT = 28.679456;
    private static final double GCJ_LNG = 115.864113;

    @BeforeEach
    void reset() {
        PlacesTestResource.tencent().resetAll();
    }

    @Test
    void candidatesComeBackInWgs84WithTheirCounty() {
        stub(200, """
                {"status":0,"message":"query ok","count":2,"data":[
                 {"id":"1","title":"万达广场(红谷滩店)","address":"江西省南昌市红谷滩区会展路999号","province":"江西省",
                  "city":"南昌市","adcode":360113,"location":{"lat":%s,"lng":%s}},
                 {"id":"2","title":"万达广场-地铁站","address":"南昌市红谷滩区","adcode":360113,"location":{"lat":28.6801,"lng":115.8650}}]}
                """.formatted(GCJ_LAT, GCJ_LNG));
        JsonPath places = given().queryParam("q", "万达广场").queryParam("region", "南昌市")
                .when().get("/api/v1/places").then().statusCode(200).extract().jsonPath();
        assertThat(places.getString("provider")).isEqualTo("tencent");
        assertThat(places.getString("coordinateSystem")).isEqualTo("wgs84");
        assertThat(places.getList("items")).hasSize(2);
        assertThat(places.getString("items[0].name")).isEqualTo("万达广场(红谷滩店)");
        assertThat(places.getString("items[0].divisionCode")).isEqualTo("360113");
        // The WGS-84 point is the one Tencent's GCJ-02 point is drawn from: shifted forward, it lands back on it.
        double lat = places.getDouble("items[0].location.lat");
        double lng = places.getDouble("items[0].location.lng");
        assertThat(Math.abs(lat - GCJ_LAT) + Math.abs(lng - GCJ_LNG)).as("shifted from GCJ-02").isGreaterThan(1e-3);
        var back = CoordinateUtil.wgs84ToGcj02(lng, lat);
        assertThat(back.getLat()).isCloseTo(GCJ_LAT, within(2e-6));
        assertThat(back.getLng()).isCloseTo(GCJ_LNG, within(2e-6));
        PlacesTestResource.tencent().verify(getRequestedFor(urlPathEqualTo("/ws/place/v1/suggestion"))
                .withQueryParam("keyword", equalTo("万达广场")).withQueryParam("region", equalTo("南昌市"))
                .withQueryParam("key", equalTo(PlacesTestResource.KEY)));

        JsonPath asDrawn = given().queryParam("q", "万达广场").queryParam("coord", "gcj02")
                .when().get("/api/v1/places").then().statusCode(200).extract().jsonPath();
        assertThat(asDrawn.getString("coordinateSystem")).isEqualTo("gcj02");
        assertThat(asDrawn.getDouble("items[0].location.lat")).isCloseTo(GCJ_LAT, within(1e-5));
        assertThat(asDrawn.getDouble("items[0].location.lng")).isCloseTo(GCJ_LNG, within(1e-5));
    }

    @Test
    void anErrorTheProviderReportsIsUnavailableNotEmpty() {
        stub(200, "{\"status\":311,\"message\":\"key格式错误\"}");
        given().queryParam("q", "万达广场").when().get("/api/v1/places")
                .then().statusCode(503).contentType("application/problem+json").body("detail", containsString("地点搜索暂时不可用"));
        stub(502, "<html>bad gateway</html>");
        given().queryParam("q", "万达广场").when().get("/api/v1/places")
                .then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    void aMissingQueryIsRefusedBeforeAskingTheProvider() {
        given().when().get("/api/v1/places").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("q"));
        PlacesTestResource.tencent().verify(0, getRequestedFor(urlPathEqualTo("/ws/place/v1/suggestion")));
    }

    private static void stub(int status, String body) {
        PlacesTestResource.tencent().stubFor(get(urlPathEqualTo("/ws/place/v1/suggestion"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=UTF-8")
                        .withBody(body)));
    }
}

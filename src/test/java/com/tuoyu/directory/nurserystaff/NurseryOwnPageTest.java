package com.tuoyu.directory.nurserystaff;

import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.platform.images.TestImages;
import com.tuoyu.directory.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.tuoyu.directory.nurserystaff.NurseryStaffFixtures.officer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Issue 18, point 5: the descriptive page a nursery keeps itself, and the officers hiding what breaks the rules. */
@QuarkusTest
class NurseryOwnPageTest {

    @Inject
    NurseryService nurseries;

    @Inject
    DisclosureService disclosures;

    private static Map<String, Object> page(String description) {
        return Map.of("description", description,
                "dailyProgramme", List.of(Map.of("time", "08:00", "activity", "入园晨检"), Map.of("time", "09:30", "activity", "户外活动")),
                "weeklyMenu", List.of(Map.of("day", "MONDAY", "meals", List.of("早餐：小米粥、鸡蛋", "午餐：番茄鸡蛋面"))),
                "languages", List.of("普通话", "英语"),
                "website", "https://www.example.cn",
                "wechatOfficialAccount", "小太阳托育");
    }

    private static long version(Object nurseryId) {
        return Database.count("select version from nursery where id = ?", nurseryId);
    }

    @Test
    void theNurseryKeepsItsTextsAndTheyReachThePublicPageThroughTheOutboxWithinTwoSeconds() {
        NurseryStaffFixtures.StaffedNursery n = NurseryStaffFixtures.create(nurseries, disclosures, 5);
        long before = version(n.id());
        n.staff().body(page("社区嵌入式托育园，步行 5 分钟到地铁站。")).put("/api/v1/admin/nurseries/{id}/page", n.id())
                .then().statusCode(200).body("version", equalTo(1)).body("languages", equalTo(List.of("普通话", "英语")));
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().get("/api/v1/nurseries/{id}", n.id()).then().statusCode(200)
                        .body("profile.description", equalTo("社区嵌入式托育园，步行 5 分钟到地铁站。"))
                        .body("profile.dailyProgramme.time", equalTo(List.of("08:00", "09:30")))
                        .body("profile.weeklyMenu[0].day", equalTo("MONDAY"))
                        .body("profile.weeklyMenu[0].meals", hasSize(2))
                        .body("profile.website", equalTo("https://www.example.cn"))
                        .body("profile.wechatOfficialAccount", equalTo("小太阳托育")));
        // Announced as every public change is: the nursery's version grew and the outbox carried nursery.changed.
        assertThat(version(n.id())).isGreaterThan(before);
        assertThat(Database.count("select count(*) from audit_entry where action = 'NURSERY_PAGE_UPDATED' and subject_id = ?",
                n.id().toString())).isEqualTo(1);

        // A stale version is refused; wrong forms are named field by field, in the caller's language.
        n.staff().body(Map.of("description", "x", "expectedVersion", 0)).put("/api/v1/admin/nurseries/{id}/page", n.id())
                .then().statusCode(409).contentType("application/problem+json");
        n.staff().header("Accept-Language", "en").body(Map.of("website", "javascript:alert(1)",
                        "dailyProgramme", List.of(Map.of("time", "25:00", "activity", "x"))))
                .put("/api/v1/admin/nurseries/{id}/page", n.id()).then().statusCode(400)
                .body("errors.message", hasItem("must be a web address starting with http:// or https://"))
                .body("errors.message", hasItem("must be a time as HH:mm, e.g. 09:30"));
    }

    @Test
    void photosAreCheckedStrippedLimitedToTwelveAndShownPublicly() {
        NurseryStaffFixtures.StaffedNursery n = NurseryStaffFixtures.create(nurseries, disclosures, 5);
        String photos = "/api/v1/admin/nurseries/" + n.id() + "/page/photos";
        String photoId = n.staff().contentType("multipart/form-data")
                .multiPart("photo", "IMG_0001.JPG", TestImages.jpegWithGps(), "image/jpeg").multiPart(new io.restassured.builder.MultiPartSpecBuilder("户外活动场地").controlName("caption")
                        .mimeType("text/plain").charset(java.nio.charset.StandardCharsets.UTF_8).build())
                .post(photos).then().statusCode(200).body("photos", hasSize(1)).body("photos[0].caption", equalTo("户外活动场地"))
                .extract().path("photos[0].id");
        String url = given().get("/api/v1/nurseries/{id}", n.id()).then().statusCode(200)
                .body("profile.photos[0].id", equalTo(photoId)).body("profile.photos[0].caption", equalTo("户外活动场地"))
                .extract().path("profile.photos[0].url");
        byte[] image = given().get(url).then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
        assertThat(TestImages.contains(image, TestImages.SECRET)).as("location metadata removed").isFalse();

        n.staff().contentType("multipart/form-data").multiPart("photo", "fake.jpg", "not an image".getBytes(), "image/jpeg")
                .post(photos).then().statusCode(415).contentType("application/problem+json");
        n.staff().contentType("multipart/form-data").multiPart("photo", "big.jpg", new byte[5 * 1024 * 1024 + 1], "image/jpeg")
                .post(photos).then().statusCode(413);
        for (int i = 1; i < 12; i++) {
            n.staff().contentType("multipart/form-data").multiPart("photo", "p.png", TestImages.pngWithGps(), "image/png")
                    .post(photos).then().statusCode(200).body("photos", hasSize(i + 1));
        }
        n.staff().contentType("multipart/form-data").multiPart("photo", "p.png", TestImages.pngWithGps(), "image/png")
                .post(photos).then().statusCode(409).body("detail", containsString("最多 12 张"));
        n.staff().delete(photos + "/{p}", photoId).then().statusCode(200).body("photos", hasSize(11));
        given().get(url).then().statusCode(404);
        assertThat(Database.count("select count(*) from audit_entry where action in ('NURSERY_PHOTO_ADDED', "
                + "'NURSERY_PHOTO_DELETED') and subject_id = ?", n.id().toString())).isEqualTo(13);
    }

    @Test
    void anOfficerHidesAPhotoOrTextWithAReasonTheNurseryStillSees() {
        NurseryStaffFixtures.StaffedNursery n = NurseryStaffFixtures.create(nurseries, disclosures, 5);
        String base = "/api/v1/admin/nurseries/" + n.id() + "/page";
        n.staff().body(page("全市第一的托育园")).put(base).then().statusCode(200);
        String photoId = n.staff().contentType("multipart/form-data")
                .multiPart("photo", "a.jpg", TestImages.jpegWithGps(), "image/jpeg").post(base + "/photos")
                .then().statusCode(200).extract().path("photos[0].id");

        // The nursery cannot hide or show; an officer of another county does not find the nursery.
        n.staff().body(Map.of("reason", "x")).put(base + "/texts/DESCRIPTION/hiding").then().statusCode(403);
        officer("620102").body(Map.of("reason", "x")).put(base + "/texts/DESCRIPTION/hiding").then().statusCode(404);

        officer(NurseryStaffFixtures.COUNTY).body(Map.of("reason", "含有未经证实的“全市第一”宣传用语"))
                .put(base + "/texts/DESCRIPTION/hiding").then().statusCode(200)
                .body("hiddenTexts[0].text", equalTo("DESCRIPTION")).body("hiddenTexts[0].reason", containsString("全市第一"));
        officer(NurseryStaffFixtures.COUNTY).body(Map.of("reason", "照片中可见儿童正脸"))
                .put(base + "/photos/{p}/hiding", photoId).then().statusCode(200)
                .body("photos[0].hiddenReason", equalTo("照片中可见儿童正脸"));
        officer(NurseryStaffFixtures.COUNTY).body(Map.of("reason", "x")).put(base + "/texts/NOT_A_TEXT/hiding")
                .then().statusCode(400).body("errors.field", hasItem("text"));

        given().get("/api/v1/nurseries/{id}", n.id()).then().statusCode(200)
                .body("profile.description", nullValue()).body("profile.photos", hasSize(0))
                .body("profile.website", equalTo("https://www.example.cn"));
        given().get("/api/v1/nurseries/{id}/photos/{p}", n.id(), photoId).then().statusCode(404);
        // The nursery sees what was hidden and why, and can still fetch its photo.
        n.staff().get(base).then().statusCode(200).body("description", equalTo("全市第一的托育园"))
                .body("hiddenTexts.reason", hasItem(containsString("全市第一"))).body("photos[0].hiddenReason", equalTo("照片中可见儿童正脸"));
        n.staff().get(base + "/photos/{p}", photoId).then().statusCode(200).contentType("image/jpeg");
        // Rewriting the text does not lift the hiding; an officer shows it again.
        n.staff().body(page("社区托育园")).put(base).then().statusCode(200).body("hiddenTexts", hasSize(1));
        given().get("/api/v1/nurseries/{id}", n.id()).then().body("profile.description", nullValue());
        officer(NurseryStaffFixtures.COUNTY).delete(base + "/texts/DESCRIPTION/hiding").then().statusCode(200).body("hiddenTexts", hasSize(0));
        officer(NurseryStaffFixtures.COUNTY).delete(base + "/photos/{p}/hiding", photoId).then().statusCode(200);
        given().get("/api/v1/nurseries/{id}", n.id()).then().body("profile.description", equalTo("社区托育园"))
                .body("profile.photos", hasSize(1));
        assertThat(Database.rows("select action, reason from audit_entry where subject_id = ? and action like 'NURSERY_P%' "
                + "order by id", n.id().toString()).stream().map(r -> r.get("action")).toList())
                .contains("NURSERY_PAGE_TEXT_HIDDEN:DESCRIPTION", "NURSERY_PHOTO_HIDDEN", "NURSERY_PAGE_TEXT_SHOWN:DESCRIPTION",
                        "NURSERY_PHOTO_SHOWN");
    }
}

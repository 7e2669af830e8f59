package com.tuoyu.directory.complaint;

import com.tuoyu.directory.platform.images.TestImages;
import com.tuoyu.directory.support.Database;
import com.tuoyu.directory.support.Tokens;
import com.tuoyu.directory.contract.OffContractRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ComplaintPhotoTest {

    private static String complaintJson() {
        UUID nursery = (UUID) Database.rows("select n.id from nursery n join filing f on f.nursery_id = n.id "
                + "where f.status = 'FILED' and n.division_code = '360103' order by n.id limit 1").get(0).get("id");
        return "{\"nurseryId\":\"" + nursery + "\",\"category\":\"HYGIENE_FOOD\",\"description\":\"餐具未消毒，照片为当天午餐。\","
                + "\"incidentDate\":\"" + LocalDate.now().minusDays(1) + "\"}";
    }

    private static RequestSpecification multipart(String parent) {
        return given().auth().oauth2(parent).multiPart("complaint", "complaint.json", complaintJson().getBytes(), "application/json");
    }

    @Test
    @OffContractRequests("multipart/form-data: REST Assured does not expose the parts to the validator, which then sees no body")
    void photosAreStoredWithoutLocationMetadataAndServedToTheParentAndTheHandler() throws Exception {
        String parent = Tokens.parent("p-" + UUID.randomUUID());
        String id = multipart(parent)
                .multiPart("photos", "IMG_0001.JPG", TestImages.jpegWithGps(), "image/jpeg")
                .multiPart("photos", "screenshot.png", TestImages.pngWithGps(), "image/png")
                .multiPart("photos", "IMG_0002.HEIC", TestImages.heicWithGps(), "application/octet-stream")
                .when().post("/api/v1/complaints").then().statusCode(201).extract().path("id");

        List<String> photos = given().auth().oauth2(parent).get("/api/v1/complaints/{id}", id)
                .then().statusCode(200).body("photos", hasSize(3)).extract().jsonPath().getList("photos", String.class);
        byte[] jpeg = given().auth().oauth2(parent).get("/api/v1/complaints/{id}/photos/{photo}", id, photos.get(0))
                .then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
        assertThat(TestImages.contains(jpeg, TestImages.SECRET)).isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(jpeg))).isNotNull();
        byte[] heic = given().auth().oauth2(Tokens.staff("HANDLER", "h", "360103"))
                .get("/api/v1/admin/complaints/{id}/photos/{photo}", id, photos.get(2))
                .then().statusCode(200).contentType("image/heic").extract().asByteArray();
        assertThat(TestImages.contains(heic, TestImages.SECRET)).isFalse();
        given().auth().oauth2(Tokens.parent("someone-else")).get("/api/v1/complaints/{id}/photos/{photo}", id, photos.get(0))
                .then().statusCode(404);
        assertThat(Database.count("select count(*) from complaint_photo where complaint_id = ?::uuid", id)).isEqualTo(3);
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWhateverItsNameAndNothingIsStored() {
        String parentId = "p-" + UUID.randomUUID();
        multipart(Tokens.parent(parentId))
                .multiPart("photos", "photo.jpg", "this is not a photo at all".getBytes(), "image/jpeg")
                .when().post("/api/v1/complaints")
                .then().statusCode(415).contentType("application/problem+json")
                .body("errors.field", hasItem("photos[0]"));
        assertThat(Database.count("select count(*) from complaint where parent_id = ?", parentId)).isZero();
    }

    private static void handlerAsksForInformation(String handler, String id) {
        for (String action : List.of("ACCEPT", "REQUEST_INFO")) {
            long version = given().auth().oauth2(handler).get("/api/v1/admin/complaints/{id}", id).jsonPath().getLong("version");
            Map<String, Object> body = action.equals("ACCEPT") ? Map.of("action", action, "version", version)
                    : Map.of("action", action, "version", version, "text", "请上传就诊记录的照片");
            given().auth().oauth2(handler).contentType("application/json").body(body)
                    .post("/api/v1/admin/complaints/{id}/actions", id).then().statusCode(200);
        }
    }

    private static RequestSpecification information(String parent, String text) {
        return given().auth().oauth2(parent)
                .multiPart("information", "information.json", ("{\"text\":\"" + text + "\"}").getBytes(), "application/json");
    }

    /** #17 point 2: a handler asks for a medical record; the parent answers with photos, checked as at intake. */
    @Test
    @OffContractRequests("multipart/form-data: REST Assured does not expose the parts to the validator, which then sees no body")
    void anAnswerToARequestForInformationCarriesPhotosUpToSixPerComplaint() {
        String parent = Tokens.parent("p-" + UUID.randomUUID());
        String handler = Tokens.staff("HANDLER", "h", "360103");
        String id = multipart(parent)
                .multiPart("photos", "IMG_0001.JPG", TestImages.jpegWithGps(), "image/jpeg")
                .multiPart("photos", "IMG_0002.JPG", TestImages.jpegWithGps(), "image/jpeg")
                .multiPart("photos", "IMG_0003.JPG", TestImages.jpegWithGps(), "image/jpeg")
                .when().post("/api/v1/complaints/with-photos").then().statusCode(201).extract().path("id");
        handlerAsksForInformation(handler, id);

        // Not an image: refused by content, nothing stored, the complaint still waits for the answer.
        information(parent, "就诊记录见照片").multiPart("photos", "record.jpg", "not a photo".getBytes(), "image/jpeg")
                .post("/api/v1/complaints/{id}/information/with-photos", id)
                .then().statusCode(415).contentType("application/problem+json").body("errors.field", hasItem("photos[0]"));
        // 3 + 4 would be 7: refused, nothing stored.
        var tooMany = information(parent, "就诊记录见照片");
        for (int i = 0; i < 4; i++) {
            tooMany.multiPart("photos", "IMG_" + i + ".jpg", TestImages.jpegWithGps(), "image/jpeg");
        }
        tooMany.post("/api/v1/complaints/{id}/information/with-photos", id).then().statusCode(400).body("errors[0].field", equalTo("photos"));
        assertThat(Database.count("select count(*) from complaint_photo where complaint_id = ?::uuid", id)).isEqualTo(3);

        List<String> photos = information(parent, "就诊记录见照片")
                .multiPart("photos", "record.png", TestImages.pngWithGps(), "image/png")
                .multiPart("photos", "IMG_0004.HEIC", TestImages.heicWithGps(), "application/octet-stream")
                .post("/api/v1/complaints/{id}/information/with-photos", id)
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("photos", hasSize(5))
                .extract().jsonPath().getList("photos", String.class);
        byte[] png = given().auth().oauth2(parent).get("/api/v1/complaints/{id}/photos/{photo}", id, photos.get(3))
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(TestImages.contains(png, TestImages.SECRET)).isFalse();
        given().auth().oauth2(handler).get("/api/v1/admin/complaints/{id}", id).then().statusCode(200).body("photos", hasSize(5));
        given().auth().oauth2(handler).get("/api/v1/admin/complaints/{id}/photos/{photo}", id, photos.get(4))
                .then().statusCode(200).contentType("image/heic");

        // Asked again: one more photo makes 6, the most a complaint holds; the JSON form still answers without photos.
        handlerAsksForInformationAgain(handler, id);
        // Multipart on the plain path, as clients of contract 1.4.0 may send it, is still taken.
        information(parent, "补充一张").multiPart("photos", "IMG_0005.JPG", TestImages.jpegWithGps(), "image/jpeg")
                .post("/api/v1/complaints/{id}/information", id).then().statusCode(200).body("photos", hasSize(6));
        handlerAsksForInformationAgain(handler, id);
        given().auth().oauth2(parent).contentType("application/json").body(Map.of("text", "没有更多照片了"))
                .post("/api/v1/complaints/{id}/information", id).then().statusCode(200).body("photos", hasSize(6));
        // Nobody is asking now: a 409, and the photo is not stored.
        information(parent, "再来一张").multiPart("photos", "IMG_0006.JPG", TestImages.jpegWithGps(), "image/jpeg")
                .post("/api/v1/complaints/{id}/information/with-photos", id).then().statusCode(409);
        assertThat(Database.count("select count(*) from complaint_photo where complaint_id = ?::uuid", id)).isEqualTo(6);
    }

    private static void handlerAsksForInformationAgain(String handler, String id) {
        long version = given().auth().oauth2(handler).get("/api/v1/admin/complaints/{id}", id).jsonPath().getLong("version");
        given().auth().oauth2(handler).contentType("application/json")
                .body(Map.of("action", "REQUEST_INFO", "version", version, "text", "请再补充一张照片"))
                .post("/api/v1/admin/complaints/{id}/actions", id).then().statusCode(200);
    }

    @Test
    void atMostSixPhotos() {
        var request = multipart(Tokens.parent("p-" + UUID.randomUUID()));
        for (int i = 0; i < 7; i++) {
            request.multiPart("photos", "IMG_" + i + ".jpg", TestImages.jpegWithGps(), "image/jpeg");
        }
        request.when().post("/api/v1/complaints").then().statusCode(400).body("errors[0].field", equalTo("photos"));
    }
}

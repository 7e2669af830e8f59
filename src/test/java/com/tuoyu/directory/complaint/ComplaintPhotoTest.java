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

    @Test
    void atMostSixPhotos() {
        var request = multipart(Tokens.parent("p-" + UUID.randomUUID()));
        for (int i = 0; i < 7; i++) {
            request.multiPart("photos", "IMG_" + i + ".jpg", TestImages.jpegWithGps(), "image/jpeg");
        }
        request.when().post("/api/v1/complaints").then().statusCode(400).body("errors[0].field", equalTo("photos"));
    }
}

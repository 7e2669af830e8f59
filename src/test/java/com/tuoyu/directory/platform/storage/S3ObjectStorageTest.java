package com.tuoyu.directory.platform.storage;

import com.tuoyu.directory.complaint.PhotoIntake;
import com.tuoyu.directory.platform.images.ImageType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The S3 object store against a real S3 API server (S3Mock, its own process), path-style as for MinIO. */
class S3ObjectStorageTest {

    private static final String BUCKET = "complaint-photos";
    private static S3MockServer server;
    private static Vertx vertx;
    private static S3ObjectStorage storage;
    private static S3Client oracle;

    @BeforeAll
    static void start() {
        server = S3MockServer.start(BUCKET);
        vertx = Vertx.vertx();
        storage = new S3ObjectStorage(vertx, config(BUCKET, "nursery/"));
        oracle = S3Client.builder().region(Region.US_EAST_1).endpointOverride(URI.create(server.endpoint()))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test-key", "test-secret")))
                .httpClientBuilder(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.builder())
                .build();
    }

    @AfterAll
    static void stop() {
        if (storage != null) {
            storage.close();
            oracle.close();
        }
        if (vertx != null) {
            vertx.closeAndAwait();
        }
        if (server != null) {
            server.close();
        }
    }

    static StorageConfig.S3 config(String bucket, String prefix) {
        return new StorageConfig.S3() {
            public Optional<String> bucket() { return Optional.of(bucket); }
            public Optional<URI> endpoint() { return Optional.of(URI.create(server.endpoint())); }
            public String region() { return "us-east-1"; }
            public Optional<String> accessKeyId() { return Optional.of("test-key"); }
            public Optional<String> secretAccessKey() { return Optional.of("test-secret"); }
            public boolean pathStyle() { return true; }
            public Optional<String> keyPrefix() { return Optional.ofNullable(prefix); }
            public Duration timeout() { return Duration.ofSeconds(10); }
        };
    }

    @Test
    void anObjectIsStoredReadBackWithItsTypeAndDeleted() {
        String key = "complaints/" + UUID.randomUUID() + ".jpg";
        byte[] content = ("photo " + key).getBytes(StandardCharsets.UTF_8);

        storage.put(key, content, "image/jpeg").await().atMost(Duration.ofSeconds(30));

        assertThat(storage.get(key).await().atMost(Duration.ofSeconds(30))).isEqualTo(content);
        var head = oracle.headObject(r -> r.bucket(BUCKET).key("nursery/" + key));
        assertThat(head.contentType()).isEqualTo("image/jpeg");
        assertThat(head.contentLength()).isEqualTo(content.length);

        storage.delete(key).await().atMost(Duration.ofSeconds(30));
        assertThat(storage.get(key).await().atMost(Duration.ofSeconds(30))).isNull();
        assertThat(keys()).doesNotContain("nursery/" + key);
        // Deleting what is not there is not an error (a retried clean-up).
        storage.delete(key).await().atMost(Duration.ofSeconds(30));
    }

    @Test
    void aMissingObjectReadsAsNullAndAnUnsafeKeyIsRefused() {
        assertThat(storage.get("complaints/" + UUID.randomUUID() + ".png").await().atMost(Duration.ofSeconds(30))).isNull();
        assertThatThrownBy(() -> storage.put("../escape", new byte[1], "image/png")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void photosStoredBeforeAFailedCommitAreDeletedAgainSoNoneIsHalfAttached() {
        // Complaint intake with this store: every photo is stored, then the complaint commits; here the commit fails.
        PhotoIntake intake = new PhotoIntake(storage, null);
        List<PhotoIntake.PreparedPhoto> photos = List.of(photo(ImageType.JPEG), photo(ImageType.PNG));
        assertThatThrownBy(() -> intake.storeThen(photos, () -> {
            // Both photos are in the store while the transaction runs...
            assertThat(keys()).containsAll(photos.stream().map(p -> "nursery/" + p.storageKey()).toList());
            return Uni.createFrom().<Void>failure(new IllegalStateException("commit failed"));
        }).await().atMost(Duration.ofSeconds(30))).hasMessageContaining("commit failed");
        // ...and gone once it failed.
        assertThat(keys()).doesNotContainAnyElementsOf(photos.stream().map(p -> "nursery/" + p.storageKey()).toList());

        List<PhotoIntake.PreparedPhoto> kept = List.of(photo(ImageType.JPEG));
        assertThat(intake.storeThen(kept, () -> Uni.createFrom().item("committed")).await().atMost(Duration.ofSeconds(30)))
                .isEqualTo("committed");
        assertThat(intake.read(kept.get(0).storageKey()).await().atMost(Duration.ofSeconds(30))).isEqualTo(kept.get(0).content());
    }

    private static PhotoIntake.PreparedPhoto photo(ImageType type) {
        UUID id = UUID.randomUUID();
        byte[] content = ("image " + id).getBytes(StandardCharsets.UTF_8);
        return new PhotoIntake.PreparedPhoto(id, "complaints/" + id + "." + type.name().toLowerCase(java.util.Locale.ROOT),
                type, content, "sha");
    }

    @Test
    void aStoreWithoutABucketIsAConfigurationError() {
        assertThatThrownBy(() -> new S3ObjectStorage(vertx, new StorageConfig.S3() {
            public Optional<String> bucket() { return Optional.empty(); }
            public Optional<URI> endpoint() { return Optional.empty(); }
            public String region() { return "us-east-1"; }
            public Optional<String> accessKeyId() { return Optional.empty(); }
            public Optional<String> secretAccessKey() { return Optional.empty(); }
            public boolean pathStyle() { return true; }
            public Optional<String> keyPrefix() { return Optional.empty(); }
            public Duration timeout() { return Duration.ofSeconds(1); }
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("nursery.storage.s3.bucket");
    }

    private static List<String> keys() {
        return oracle.listObjectsV2(r -> r.bucket(BUCKET)).contents().stream().map(S3Object::key).toList();
    }
}

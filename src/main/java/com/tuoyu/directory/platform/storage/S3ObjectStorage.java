package com.tuoyu.directory.platform.storage;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.util.regex.Pattern;

/**
 * Objects in an S3-compatible store (AWS SDK v2, JDK URL-connection HTTP client). Calls block, so they run on
 * Vert.x worker threads and complete back on the caller's context (Hibernate Reactive needs that). A put is
 * complete when its Uni completes: S3 never shows half an object. Checksums are only sent where S3 requires them,
 * since several S3-compatible stores refuse the SDK's newer default (aws-chunked CRC trailers).
 */
public class S3ObjectStorage implements ObjectStorage, AutoCloseable {

    private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9/_.-]{1,200}");

    private final Vertx vertx;
    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3ObjectStorage(Vertx vertx, StorageConfig.S3 config) {
        this.vertx = vertx;
        this.bucket = config.bucket().filter(b -> !b.isBlank())
                .orElseThrow(() -> new IllegalStateException("nursery.storage.s3.bucket is required with nursery.storage.kind=s3"));
        this.prefix = config.keyPrefix().orElse("");
        AwsCredentialsProvider credentials = config.accessKeyId().isPresent() && config.secretAccessKey().isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKeyId().get(), config.secretAccessKey().get()))
                : DefaultCredentialsProvider.builder().build();
        var builder = S3Client.builder()
                .region(Region.of(config.region()))
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(config.timeout())
                        .socketTimeout(config.timeout()))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(config.pathStyle()).build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        config.endpoint().ifPresent(builder::endpointOverride);
        this.s3 = builder.build();
    }

    @Override
    public Uni<Void> put(String key, byte[] content, String contentType) {
        String objectKey = objectKey(key);
        return blocking(() -> {
            s3.putObject(r -> r.bucket(bucket).key(objectKey).contentType(contentType).contentLength((long) content.length),
                    RequestBody.fromBytes(content));
            return null;
        });
    }

    @Override
    public Uni<byte[]> get(String key) {
        String objectKey = objectKey(key);
        return blocking(() -> {
            try {
                return s3.getObjectAsBytes(r -> r.bucket(bucket).key(objectKey)).asByteArray();
            } catch (NoSuchKeyException e) {
                return null;
            }
        });
    }

    @Override
    public Uni<Void> delete(String key) {
        String objectKey = objectKey(key);
        return blocking(() -> {
            s3.deleteObject(r -> r.bucket(bucket).key(objectKey));
            return null;
        });
    }

    @Override
    public void close() {
        s3.close();
    }

    private <T> Uni<T> blocking(java.util.concurrent.Callable<T> call) {
        return vertx.executeBlocking(call, false);
    }

    private String objectKey(String key) {
        if (!SAFE_KEY.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("Unsafe storage key");
        }
        return prefix + key;
    }
}

package com.tuoyu.directory.platform.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "nursery.storage")
public interface StorageConfig {

    /** {@code local} (a folder on this machine: development and tests) or {@code s3} (an S3-compatible store). */
    @WithDefault("local")
    String kind();

    /** Folder of the local-disk store. */
    @WithDefault("data/storage")
    String localDirectory();

    S3 s3();

    /** An S3-compatible object store: AWS S3, MinIO, Aliyun OSS, Tencent COS, Huawei OBS... */
    interface S3 {

        /** The bucket; required with {@code kind=s3}. */
        Optional<String> bucket();

        /** The store's endpoint, e.g. {@code http://minio:9000}; absent: AWS S3 of the region. */
        Optional<URI> endpoint();

        @WithDefault("us-east-1")
        String region();

        /** Access key; with the secret key absent too, the AWS default chain (environment, profile, role) is used. */
        Optional<String> accessKeyId();

        /** Never logged. */
        Optional<String> secretAccessKey();

        /** Bucket in the path ({@code endpoint/bucket/key}) rather than the host name: MinIO and most self-hosted stores. */
        @WithDefault("false")
        boolean pathStyle();

        /** Put before every key, e.g. {@code nursery/}. */
        Optional<String> keyPrefix();

        /** Longest wait for one call to the store. */
        @WithDefault("PT10S")
        Duration timeout();
    }
}

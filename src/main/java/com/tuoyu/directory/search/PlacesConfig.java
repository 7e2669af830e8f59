package com.tuoyu.directory.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * The geocoding web service behind the place search ({@code GET /api/v1/places}). Without a provider and a key
 * the endpoint answers 501: the service never makes up places.
 */
@ConfigMapping(prefix = "nursery.places")
public interface PlacesConfig {

    /** {@code tencent} (Tencent Location Service, WebService API) or {@code amap} (AMap Web Service API). */
    Optional<String> provider();

    /** The provider's WebService key; never logged (it travels in the query string, so request URLs are not logged). */
    Optional<String> key();

    /** Base URL of the provider's API; defaults to https://apis.map.qq.com or https://restapi.amap.com. */
    Optional<String> baseUrl();

    /** Bounds connecting and each wait for data. */
    @WithDefault("PT3S")
    Duration timeout();
}

package com.tuoyu.directory.platform.http;

import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.SmallRyeConfigBuilderCustomizer;

/**
 * Quarkus refuses a URL that {@link java.net.URI} cannot parse (a broken percent-encoding such as {@code %zz}, a raw
 * space or '|') with a bare 400 before any route runs, unless the system property {@code vertx.disableURIValidation}
 * is true. {@link RequestLineGuard} makes the same check and answers with a problem naming the part, so the property
 * is set here: this customizer is loaded (META-INF/services) when the configuration is built, before the HTTP
 * server's root handler reads the property, in every launch mode (packaged, dev, tests) without a JVM flag to forget.
 */
public class UriCheckedByTheGuard implements SmallRyeConfigBuilderCustomizer {

    static final String PROPERTY = "vertx.disableURIValidation";

    @Override
    public void configBuilder(SmallRyeConfigBuilder builder) {
        System.setProperty(PROPERTY, "true");
    }
}

package com.tuoyu.directory.platform.overload;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method (a resource method returning {@code Uni}) runs inside its family's bulkhead: at most the configured
 * number at once and the configured number waiting; any more are answered 503 problem+json with Retry-After at once.
 * See {@link LoadSheddingInterceptor}.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ShedsLoad {

    @Nonbinding
    EndpointFamily value();
}

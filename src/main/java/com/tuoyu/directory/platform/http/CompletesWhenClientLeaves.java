package com.tuoyu.directory.platform.http;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The work of a resource method that returns a {@code Uni} runs to its end even when the client hangs up: its
 * transaction is committed or rolled back and its database connection goes back to the pool; only the answer is
 * dropped. Put it on every resource class that touches the database.
 *
 * <p>Why: Quarkus REST cancels a request's {@code Uni} when the client closes the connection. Cancelling inside
 * {@code Panache.withTransaction} / {@code @WithTransaction} closes the session with the transaction live, and the
 * connection never returns to the pool (quarkusio/quarkus#51576, hibernate-reactive#2926); after a burst of
 * hang-ups every database call waits for a connection that never comes. See {@link CompletesWhenClientLeavesInterceptor}.
 */
@InterceptorBinding
@Inherited
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface CompletesWhenClientLeaves {
}

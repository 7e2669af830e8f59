package com.tuoyu.directory.platform.overload;

import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.problem.ProblemType;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcInvocationContext;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

import java.util.EnumMap;
import java.util.Map;

/**
 * Bounded concurrency per endpoint family with SmallRye Fault Tolerance's bulkhead (one programmatic {@link Guard}
 * per {@link EndpointFamily}, sized from {@link OverloadConfig}). A request beyond the running and waiting limits
 * fails at once with a {@link BulkheadException}, answered 503 problem+json with Retry-After.
 *
 * <p>Why a programmatic guard and not {@code @Bulkhead} on the methods: the limits come from the typed
 * {@link OverloadConfig}, and a queued request must run on its own Vert.x context. Fault Tolerance's asynchronous
 * bulkhead starts a waiting task on the thread of the task that just finished, i.e. on another request's Vert.x
 * context, where Hibernate Reactive would find the wrong context for its session and CDI the wrong request scope
 * (the caller's token). So the method runs at once, inside its request, and returns its lazy {@code Uni}; what the
 * bulkhead admits or queues is the subscription to it (the database work), which hops back to the caller's context
 * and request scope when it is started from anywhere else. A request that gets a permit at once runs in place, as
 * without the bulkhead.
 *
 * <p>Runs after (inside) {@code CompletesWhenClientLeaves}, so a client that hangs up does not free its permit
 * while its work still holds a database connection.
 */
@ShedsLoad(EndpointFamily.NURSERY_DETAIL)
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 10)
public class LoadSheddingInterceptor {

    private static final TypeLiteral<Uni<Object>> UNI = new TypeLiteral<>() {
    };

    private final Map<EndpointFamily, Guard> guards = new EnumMap<>(EndpointFamily.class);
    private final long retryAfterSeconds;
    private final OverloadConfig config;

    @Inject
    public LoadSheddingInterceptor(OverloadConfig config) {
        this.config = config;
        this.retryAfterSeconds = Math.max(1, (config.retryAfter().toMillis() + 999) / 1000);
        for (EndpointFamily family : EndpointFamily.values()) {
            OverloadConfig.Limits limits = config.limits(family);
            guards.put(family, Guard.create()
                    .withDescription("bulkhead " + family)
                    .withBulkhead().limit(limits.concurrent()).queueSize(limits.waiting()).done()
                    // Uni methods run on the event loop; the bulkhead must neither block nor move them to a worker.
                    .withThreadOffload(false)
                    .build());
        }
    }

    @AroundInvoke
    Object shed(InvocationContext invocation) throws Exception {
        // The method itself runs now, inside the request as without the bulkhead (it reads the caller's token and
        // parameters and returns a lazy Uni); only the subscription, i.e. the database work, is guarded.
        Object result = invocation.proceed();
        if (!(result instanceof Uni<?> work)) {
            return result;
        }
        EndpointFamily family = ArcInvocationContext.findIterceptorBinding(invocation, ShedsLoad.class).value();
        Context caller = Vertx.currentContext();
        ManagedContext requestScope = Arc.container().requestContext();
        InjectableContext.ContextState request = requestScope.isActive() ? requestScope.getState() : null;
        @SuppressWarnings("unchecked")
        Uni<Object> guarded = guards.get(family).call(() -> onCallerContext(caller, request, (Uni<Object>) work), UNI);
        return guarded.onFailure(BulkheadException.class).transform(refused -> ProblemException.retryAfter(
                ProblemType.UNAVAILABLE, family.detail(retryAfterSeconds), config.retryAfter()));
    }

    private static Uni<Object> onCallerContext(Context caller, InjectableContext.ContextState request, Uni<Object> work) {
        if (caller == null || Vertx.currentContext() == caller) {
            return work;
        }
        // Started from another request's completion: subscribe (start the queries) on our own context, with our
        // request scope active, as Quarkus REST does when it resumes a request.
        return work.runSubscriptionOn(task -> caller.runOnContext(ignored -> {
            ManagedContext requestScope = Arc.container().requestContext();
            boolean activate = request != null && !requestScope.isActive();
            if (activate) {
                requestScope.activate(request);
            }
            try {
                task.run();
            } finally {
                if (activate) {
                    requestScope.deactivate();
                }
            }
        }));
    }
}

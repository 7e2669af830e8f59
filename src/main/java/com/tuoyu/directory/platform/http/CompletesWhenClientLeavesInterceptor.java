package com.tuoyu.directory.platform.http;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Detaches a resource method's {@code Uni} from the client's cancellation (see {@link CompletesWhenClientLeaves}).
 *
 * <p>How, in Mutiny's terms. The request subscribes to the {@code Uni} this interceptor returns, a
 * {@code Uni.createFrom().emitter(...)}; when that subscriber is subscribed, the method's own {@code Uni} is
 * subscribed once, separately, with a plain {@code subscribe().with(item, failure)} whose {@code Cancellable} is
 * never handed to anyone, so nothing downstream can cancel the work. When the client leaves, Quarkus REST cancels
 * the emitter's subscription: the emitter is disposed, and the item or failure that the work produces later goes to
 * {@code emitter.complete} / {@code emitter.fail}, which on a disposed emitter do nothing (Mutiny's
 * {@code DefaultUniEmitter} only passes on the first terminal event and treats a cancellation as one). So a
 * finished outcome is never delivered to a cancelled subscriber, and nothing reaches
 * {@code Infrastructure.handleDroppedException} ("Mutiny had to drop the following exception", logged at ERROR).
 * A failure after the client left is logged here at DEBUG instead.
 *
 * <p>The alternatives were checked against Mutiny's operators: {@code memoize().indefinitely()} would also keep
 * the upstream running after a cancellation (it only marks that subscriber cancelled), but it caches the outcome for
 * later subscribers, which a per-request {@code Uni} has no use for; {@code subscribeAsCompletionStage()} followed by
 * {@code Uni.createFrom().completionStage(...)} does not detach at all, because cancelling a {@code Uni} built from a
 * completion stage cancels the {@code CompletableFuture}, and cancelling the future returned by
 * {@code subscribeAsCompletionStage()} cancels the upstream subscription.
 *
 * <p>The work is subscribed on the thread and Vert.x context of the request, as it would have been without this
 * interceptor, so Hibernate Reactive's session stays on its context. The interceptor runs before (outside) any other
 * interceptor of the method, in particular the load-shedding bulkhead, so that a permit is held until the work has
 * really finished, not only until the client gave up.
 */
@CompletesWhenClientLeaves
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class CompletesWhenClientLeavesInterceptor {

    private static final Logger LOG = Logger.getLogger(CompletesWhenClientLeavesInterceptor.class);

    @AroundInvoke
    Object detach(InvocationContext context) throws Exception {
        Object result = context.proceed();
        if (result instanceof Uni<?> work) {
            return detached(work, context.getMethod().getDeclaringClass().getSimpleName() + "." + context.getMethod().getName());
        }
        return result;
    }

    static <T> Uni<T> detached(Uni<T> work, String name) {
        return Uni.createFrom().emitter(emitter -> {
            AtomicBoolean clientLeft = new AtomicBoolean();
            AtomicBoolean finished = new AtomicBoolean();
            emitter.onTermination(() -> {
                // Runs once: on the outcome, or when the subscriber cancels first (the client left).
                if (!finished.get()) {
                    clientLeft.set(true);
                }
            });
            work.subscribe().with(
                    item -> {
                        finished.set(true);
                        emitter.complete(item);
                    },
                    failure -> {
                        finished.set(true);
                        if (clientLeft.get()) {
                            LOG.debugf("%s failed after its client had left: %s", name, failure.getClass().getSimpleName());
                        }
                        emitter.fail(failure);
                    });
        });
    }
}

package com.tuoyu.directory.platform.http;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Detaches a resource method's {@code Uni} from the client's cancellation (see {@link CompletesWhenClientLeaves}):
 * the method's {@code Uni} is subscribed once on its own, and the request gets an emitter that merely relays the
 * outcome, so a client that hangs up cancels the emitter and never the work (nor does a late failure reach Mutiny's
 * dropped-exception log: it is logged here at DEBUG). {@code memoize()} would keep caching outcomes and
 * {@code subscribeAsCompletionStage()} does propagate the cancellation, hence the emitter.
 *
 * <p>The work is subscribed on the request's own thread and Vert.x context (Hibernate Reactive's session stays on
 * it), and this interceptor runs outside the load-shedding bulkhead, so a permit is held until the work ends.
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

package com.tuoyu.directory.platform.http;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.UniEmitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The Mutiny semantics {@link CompletesWhenClientLeavesInterceptor} relies on, without a server. */
class CompletesWhenClientLeavesTest {

    private final List<Throwable> dropped = new CopyOnWriteArrayList<>();

    @AfterEach
    void resetHandler() {
        Infrastructure.resetDroppedExceptionHandler();
    }

    @Test
    void cancellingTheRequestNeitherCancelsTheWorkNorDeliversItsOutcome() {
        Infrastructure.setDroppedExceptionHandler(dropped::add);
        AtomicReference<UniEmitter<? super String>> work = new AtomicReference<>();
        AtomicBoolean workCancelled = new AtomicBoolean();
        Uni<String> transaction = Uni.createFrom().<String>emitter(work::set).onCancellation().invoke(() -> workCancelled.set(true));

        List<Object> delivered = new CopyOnWriteArrayList<>();
        Cancellable request = CompletesWhenClientLeavesInterceptor.detached(transaction, "test")
                .subscribe().with(delivered::add, delivered::add);
        request.cancel(); // the client hung up
        work.get().complete("committed");

        assertThat(workCancelled).isFalse();
        assertThat(delivered).isEmpty();
        assertThat(dropped).isEmpty();
    }

    @Test
    void aFailureAfterTheClientLeftIsNotHandedToMutinysDroppedExceptionHandler() {
        Infrastructure.setDroppedExceptionHandler(dropped::add);
        AtomicReference<UniEmitter<? super String>> work = new AtomicReference<>();
        List<Object> delivered = new CopyOnWriteArrayList<>();
        Cancellable request = CompletesWhenClientLeavesInterceptor.detached(Uni.createFrom().<String>emitter(work::set), "test")
                .subscribe().with(delivered::add, delivered::add);
        request.cancel();
        work.get().fail(new IllegalStateException("rolled back"));

        assertThat(delivered).isEmpty();
        assertThat(dropped).isEmpty();
    }

    @Test
    void withoutCancellationTheOutcomeIsDelivered() {
        List<Object> delivered = new CopyOnWriteArrayList<>();
        CompletesWhenClientLeavesInterceptor.detached(Uni.createFrom().item("stored"), "test")
                .subscribe().with(delivered::add, delivered::add);
        IllegalStateException failure = new IllegalStateException("conflict");
        CompletesWhenClientLeavesInterceptor.detached(Uni.createFrom().<String>failure(failure), "test")
                .subscribe().with(delivered::add, delivered::add);
        assertThat(delivered).containsExactly("stored", failure);
    }
}

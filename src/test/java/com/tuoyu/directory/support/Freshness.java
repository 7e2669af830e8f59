package com.tuoyu.directory.support;

import java.time.Duration;

/**
 * The freshness rule (a change shows within 2 seconds) as a check that a slow machine cannot fake or fail: the first
 * request that sees the change must have been sent within 2 seconds of the change, however long answering it took.
 * Awaitility's {@code atMost} would also count the time spent answering, which on a busy shared machine says nothing
 * about the caches.
 */
public final class Freshness {

    public static final Duration RULE = Duration.ofSeconds(2);

    public interface Check {
        void run() throws Exception;
    }

    private Freshness() {
    }

    /** Call right after the change was made (its request answered). */
    public static void seenWithinTwoSeconds(Check check) throws Exception {
        long changed = System.nanoTime();
        while (true) {
            long sent = System.nanoTime();
            try {
                check.run();
                return;
            } catch (AssertionError stale) {
                if (sent - changed > RULE.toNanos()) {
                    throw new AssertionError("still not visible to a request sent " + (sent - changed) / 1_000_000
                            + " ms after the change", stale);
                }
            }
            Thread.sleep(50);
        }
    }
}

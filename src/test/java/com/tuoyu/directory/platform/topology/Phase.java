package com.tuoyu.directory.platform.topology;

import java.util.List;

/**
 * One stretch of the run under load, fault or not, with what it showed: search and detail availability (share of
 * 2xx among the requests sent in it), how long recovery took, and the index compared with PostgreSQL afterwards.
 */
record Phase(String name, long from, long to, String recovery, IndexAgreement agreement) {

    record Share(long ok, long all) {
        double percent() {
            return all == 0 ? 100.0 : 100.0 * ok / all;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.1f %% (%d/%d)", percent(), ok, all);
        }
    }

    Share share(List<LoadDriver.Outcome> outcomes, String kind) {
        return share(outcomes, kind, from, to);
    }

    static Share share(List<LoadDriver.Outcome> outcomes, String kind, long from, long to) {
        List<LoadDriver.Outcome> sent = outcomes.stream()
                .filter(o -> o.kind().equals(kind) && o.sentAt() >= from && o.sentAt() < to).toList();
        return new Share(sent.stream().filter(LoadDriver.Outcome::ok).count(), sent.size());
    }

    double seconds() {
        return (to - from) / 1000.0;
    }
}

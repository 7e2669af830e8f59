package com.tuoyu.directory.search;

import com.tuoyu.directory.disclosure.dto.DisclosureSummary;
import com.tuoyu.directory.supervision.dto.SupervisionSummary;

/**
 * What the projection reads about one nursery besides its register entry: the disclosed groups and fees, how many
 * groups have fewer carers than the national ratio asks, and the supervision dates its card warns about.
 */
record NurseryFacts(DisclosureSummary disclosure, int ratioBreaches, SupervisionSummary supervision) {
}

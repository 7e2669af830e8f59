package com.tuoyu.directory.disclosure.dto;

import com.tuoyu.directory.platform.text.PublicTerm;

import java.util.List;

/** The revisioned sections of a nursery's public page: capacity, staff, permits (and those missing), safety. */
public record PublicSections(PublicCapacity capacity, PublicStaff staff, PublicPermits permits,
                             List<PublicTerm> missingPermits, PublicSafety safety) {
}

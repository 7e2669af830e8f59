package com.tuoyu.directory.nursery.dto;

import java.util.UUID;

/** A nursery's version and, when its filing is in force, its public view (else null: not to be shown). */
public record NurseryState(UUID id, long version, ListedNursery listed) {
}

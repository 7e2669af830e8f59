package com.tuoyu.directory.nursery.dto;

import java.util.UUID;

/** What disclosure maintenance needs to know of a registered nursery: where it is, its marks, whether it is filed. */
public record DisclosedFacts(UUID id, String name, String divisionCode, boolean inclusive, boolean mealsProvided,
                             boolean filed) {
}

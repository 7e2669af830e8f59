package com.tuoyu.directory.nursery.dto;

import java.util.UUID;

/** A nursery's new version and the county it is registered in (a change to a listing moves a county's figures). */
public record NurseryChange(UUID id, long version, String divisionCode) {
}

package com.tuoyu.directory.nursery.dto;

import com.tuoyu.directory.platform.text.PublicTerm;

import java.time.LocalDate;
import java.util.UUID;

/** A registered nursery as staff see it in a list or beside a complaint: its name, district and filing. */
public record NurseryGlance(UUID id, String name, String divisionCode, PublicTerm filingStatus, String filingNumber,
                            LocalDate filedOn) {
}

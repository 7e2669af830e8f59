package com.tuoyu.directory.complaint.dto;

import com.tuoyu.directory.complaint.ComplaintCategory;
import com.tuoyu.directory.complaint.Finding;

import java.time.LocalDate;

/** What the public learns of a substantiated complaint: when it was decided, its category and finding. Nothing else. */
public record PublicComplaintOutcome(LocalDate resolvedOn, ComplaintCategory category, Finding finding) {
}

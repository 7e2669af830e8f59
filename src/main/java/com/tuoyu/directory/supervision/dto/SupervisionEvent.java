package com.tuoyu.directory.supervision.dto;

import java.time.LocalDate;

/**
 * A dated supervision record as the public timeline shows it, in Chinese and English. {@code kind} names the
 * record's kind (INSPECTION, QUALITY_ASSESSMENT, PENALTY, MISCONDUCT, CREDIT_LIST), the timeline's vocabulary.
 */
public record SupervisionEvent(LocalDate date, String kind, String summary, String summaryEn) {
}

package com.tuoyu.directory.platform.time;

import com.tuoyu.directory.complaint.dto.ParentComplaintRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Not in the future" is judged by Beijing's date whatever the server's time zone: at 01:00 in Beijing (17:00 UTC
 * the day before) a parent can report something that happened that day.
 */
@QuarkusTest
class ValidationClockTest {

    /** 2026-12-06 01:00 in Beijing. */
    private static final Instant ONE_AM_BEIJING = Instant.parse("2026-12-05T17:00:00Z");

    @Inject
    ValidatorFactory validators;

    @Test
    void theServicesValidationJudgesDatesByTheClockInChinaStandardTime() {
        assertThat(validators.getClockProvider()).isInstanceOf(ChinaClockProvider.class);
        assertThat(validators.getClockProvider().getClock().getZone()).isEqualTo(ClockProducer.CHINA);
    }

    @Test
    void todayInBeijingIsNotTheFutureAtOneInTheMorningOnAServerInUtc() {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try (ValidatorFactory china = Validation.byProvider(HibernateValidator.class).configure()
                .clockProvider(new ChinaClockProvider(Clock.fixed(ONE_AM_BEIJING, ClockProducer.CHINA)))
                .buildValidatorFactory();
             ValidatorFactory utc = Validation.byProvider(HibernateValidator.class).configure()
                     .clockProvider(() -> Clock.fixed(ONE_AM_BEIJING, java.time.ZoneOffset.UTC))
                     .buildValidatorFactory()) {
            LocalDate todayInBeijing = LocalDate.of(2026, 12, 6);
            assertThat(china.getValidator().validateValue(ParentComplaintRequest.class, "incidentDate", todayInBeijing))
                    .isEmpty();
            assertThat(china.getValidator().validateValue(ParentComplaintRequest.class, "incidentDate",
                    todayInBeijing.plusDays(1))).hasSize(1);
            // What the server did before: the same instant read in UTC makes Beijing's today a future date.
            assertThat(utc.getValidator().validateValue(ParentComplaintRequest.class, "incidentDate", todayInBeijing))
                    .hasSize(1);
        } finally {
            TimeZone.setDefault(before);
        }
    }
}

package com.tuoyu.directory.nurserystaff.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DayOfWeek;
import java.util.List;

@Schema(name = "MenuDay", description = "The meals of one weekday in the weekly menu (每周食谱)")
public record MenuDay(
        @NotNull @Schema(example = "MONDAY") DayOfWeek day,
        @NotNull @Size(max = 10) @Schema(example = "[\"早餐：小米粥、鸡蛋\", \"午餐：番茄鸡蛋面\"]")
        List<@NotBlank @Size(max = 100) String> meals) {
}

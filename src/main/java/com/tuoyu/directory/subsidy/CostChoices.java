package com.tuoyu.directory.subsidy;

import com.tuoyu.directory.platform.problem.RequestParameters;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the parent told the request about their family: the child's age in months (null when not given) and the
 * conditions only they know that hold for them.
 */
public record CostChoices(Integer ageMonths, Set<ParentChoice> choices) {

    public static final CostChoices NONE = new CostChoices(null, Set.of());

    public CostChoices {
        choices = Set.copyOf(choices);
    }

    /**
     * The choices of a request's query parameters: {@code ageMonths} (optional, {@code minAge} to 35: the youngest a
     * caller accepts up to the last month before three) and one true/false parameter per {@link ParentChoice}.
     */
    public static CostChoices fromParameters(String ageMonths, int minAge, String employerAllowance) {
        Integer age = ageMonths == null ? null : RequestParameters.integer("ageMonths", ageMonths, 0, minAge, 35);
        Set<ParentChoice> chosen = EnumSet.noneOf(ParentChoice.class);
        if (Boolean.TRUE.equals(RequestParameters.bool(ParentChoice.EMPLOYER_ALLOWANCE.parameter(), employerAllowance))) {
            chosen.add(ParentChoice.EMPLOYER_ALLOWANCE);
        }
        return new CostChoices(age, chosen);
    }
}

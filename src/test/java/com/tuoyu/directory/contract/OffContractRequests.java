package com.tuoyu.directory.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test that deliberately sends requests outside the mobile API contract which the service nevertheless
 * accepts (its leniency, not a promise to clients). Its responses are still validated; its requests are not.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OffContractRequests {

    /** Why the request is off the contract. */
    String value();
}

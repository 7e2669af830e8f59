package com.tuoyu.directory.contract;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Puts {@link ContractValidationFilter} in front of every REST Assured call of every test, without touching the
 * tests: registered through {@code META-INF/services/org.junit.jupiter.api.extension.Extension} and switched on by
 * {@code junit.jupiter.extensions.autodetection.enabled=true} in {@code junit-platform.properties}.
 *
 * <p>A {@code @QuarkusTest} class may be loaded by Quarkus' own class loader with its own copy of REST Assured, so
 * the filter is installed through the test class's loader, by name.
 */
public class ContractValidationExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

    private static final String FILTER = "com.tuoyu.directory.contract.ContractValidationFilter";
    private static final String OFF_CONTRACT = "com.tuoyu.directory.contract.OffContractRequests";

    @Override
    public void beforeAll(ExtensionContext context) {
        install(context, false);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        boolean offContract = context.getTestMethod().stream()
                .flatMap(method -> Arrays.stream(method.getAnnotations()))
                .anyMatch(annotation -> annotation.annotationType().getName().equals(OFF_CONTRACT));
        install(context, offContract);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        install(context, false);
    }

    private static void install(ExtensionContext context, boolean exemptRequests) {
        ClassLoader loader = context.getTestInstance().map(instance -> instance.getClass().getClassLoader())
                .orElseGet(() -> context.getRequiredTestClass().getClassLoader());
        try {
            Method install = Class.forName(FILTER, true, loader).getMethod("install", boolean.class);
            install.invoke(null, exemptRequests);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Could not install the contract validation filter", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not install the contract validation filter", e);
        }
    }
}

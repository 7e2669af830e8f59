package com.tuoyu.directory.platform.crypto;

import io.quarkus.arc.Arc;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Maps an entity's personal-data field (clear in Java) to its sealed column. The cipher is looked up from the
 * container rather than injected, so the converter works however Hibernate instantiates it. Look-ups never compare
 * sealed columns (a new nonce each time): they compare the field's blind index ({@link PersonalDataCipher#index}).
 */
@Converter
public class SealedText implements AttributeConverter<String, String> {

    private volatile PersonalDataCipher cipher;

    @Override
    public String convertToDatabaseColumn(String clear) {
        return cipher().seal(clear);
    }

    @Override
    public String convertToEntityAttribute(String sealed) {
        return cipher().open(sealed);
    }

    private PersonalDataCipher cipher() {
        PersonalDataCipher current = cipher;
        if (current == null) {
            current = Arc.container().instance(PersonalDataCipher.class).get();
            cipher = current;
        }
        return current;
    }
}

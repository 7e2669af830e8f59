package com.tuoyu.directory.support;

import com.tuoyu.directory.platform.crypto.PersonalDataCipher;
import com.tuoyu.directory.platform.crypto.PersonalDataKeys;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tests' view of sealed personal data: the blind index of a value (to find rows by phone or openid, as the
 * service does) and the opening of a sealed column, with the keys of the running test profile.
 */
public final class PersonalData {

    private PersonalData() {
    }

    public static PersonalDataCipher cipher() {
        Config config = ConfigProvider.getConfig();
        Map<String, byte[]> keys = new HashMap<>();
        for (String listed : config.getPropertyNames()) {
            String name = listed.replaceFirst("^%[^.]+\\.", "");
            if (name.startsWith("nursery.crypto.keys.") && !keys.containsKey(name.substring("nursery.crypto.keys.".length()))) {
                config.getOptionalValue(name, String.class).ifPresent(key -> keys.put(
                        name.substring("nursery.crypto.keys.".length()), Base64.getDecoder().decode(key)));
            }
        }
        return new PersonalDataCipher(new PersonalDataKeys(config.getValue("nursery.crypto.current-key", String.class), keys,
                Base64.getDecoder().decode(config.getValue("nursery.crypto.index-key", String.class))));
    }

    public static String index(String clear) {
        return cipher().index(clear);
    }

    public static String seal(String clear) {
        return cipher().seal(clear);
    }

    public static String open(String sealed) {
        return cipher().open(sealed);
    }

    /**
     * The tables of the public schema with a row whose text form (every column, JSON included) contains one of
     * {@code needles}: the raw-table check that personal data is nowhere in clear.
     */
    public static List<String> tablesContaining(String... needles) {
        List<String> found = new java.util.ArrayList<>();
        for (Map<String, Object> table : Database.rows("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
            String name = (String) table.get("table_name");
            for (String needle : needles) {
                if (Database.count("select count(*) from \"" + name + "\" t where t::text like ?", "%" + needle + "%") > 0) {
                    found.add(name + " holds " + needle);
                }
            }
        }
        return found;
    }
}

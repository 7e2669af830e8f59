package com.tuoyu.directory.demo;

import com.tuoyu.directory.disclosure.dto.DisclosureImport;
import com.tuoyu.directory.nursery.dto.NurseryImport;

/** One generated nursery with everything it discloses. */
public record DemoNursery(NurseryImport nursery, DisclosureImport disclosure) {
}

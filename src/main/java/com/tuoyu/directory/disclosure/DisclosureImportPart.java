package com.tuoyu.directory.disclosure;

import com.tuoyu.directory.disclosure.dto.DisclosureImport;
import io.smallrye.mutiny.Uni;

import java.util.UUID;

/**
 * A part of a nursery's disclosure that another feature keeps (fees, supervision records): it stores its own rows of
 * an imported disclosure, inside the importing transaction. Owned here so that disclosure depends on neither.
 */
public interface DisclosureImportPart {

    /** Stores this part's rows of {@code source}; row ids derive from the nursery's ({@link DisclosureImport#rowId}). */
    Uni<Void> importPart(UUID nurseryId, DisclosureImport source);
}

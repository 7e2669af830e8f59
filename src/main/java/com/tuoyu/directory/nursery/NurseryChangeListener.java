package com.tuoyu.directory.nursery;

import com.tuoyu.directory.nursery.dto.NurseryChange;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Told by {@link NurseryChangeFeed} of the nurseries whose version changed, whichever replica wrote: what a cache of
 * their public page or of figures that count them must forget. Called on the feed's thread, never concurrently.
 */
public interface NurseryChangeListener {

    /** These nurseries changed (a new version, filed, returned, revoked, a disclosure, a record...). */
    void changed(List<NurseryChange> changes);

    /** Too many changes at once, or the feed could not ask: forget everything that depends on any nursery. */
    void changedEverything();

    /**
     * A request on this replica changed these nurseries and is being answered (its transaction committed): forget
     * them now, so whoever made the change reads it back at once. The feed tells every replica again shortly after.
     */
    void changedHere(Set<UUID> ids);
}

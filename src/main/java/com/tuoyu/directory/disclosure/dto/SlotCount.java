package com.tuoyu.directory.disclosure.dto;

/** A nursery's slots and enrolled children over all its age groups. */
public record SlotCount(long slots, long enrolled) {

    public static final SlotCount NONE = new SlotCount(0, 0);
}

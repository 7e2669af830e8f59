package com.tuoyu.directory.disclosure;

/** Where the facts of a disclosure revision come from. */
public enum RevisionSource {
    /** The nursery reported them (materials, a form). */
    NURSERY_SUBMISSION,
    /** An officer saw them on an inspection visit. */
    INSPECTION_VISIT,
    /** An officer corrected a mistake. */
    OFFICER_CORRECTION,
    /** Taken in from another register. */
    BULK_IMPORT
}

package com.tuoyu.directory.fees;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.UUID;

/** One published fee (收费标准) from the date it applies; later rows for the same care type and group replace it. */
@Entity
@Table(name = "fee")
public class Fee extends DatedPrice {

    public UUID nurseryId;

    /** Monthly meal fee in yuan, when meals are served. */
    public Integer mealFeeYuan;
}

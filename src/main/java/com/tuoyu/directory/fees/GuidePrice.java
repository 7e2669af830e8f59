package com.tuoyu.directory.fees;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 普惠指导价: a district's guide price, at or below which an inclusive nursery's fee must stay. */
@Entity
@Table(name = "guide_price")
public class GuidePrice extends DatedPrice {

    public String divisionCode;
}

package com.tuoyu.directory.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** That an inspector took part in an inspection; admin only, the public inspection never names inspectors. */
@Entity
@Table(name = "inspection_inspector")
public class InspectionAssignment {

    @Id
    public UUID id;

    @Column(name = "inspection_id")
    public UUID inspectionId;

    @Column(name = "inspector_id")
    public UUID inspectorId;
}

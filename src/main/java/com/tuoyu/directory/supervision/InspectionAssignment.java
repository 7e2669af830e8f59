package com.tuoyu.directory.supervision;

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

    public UUID inspectionId;

    public UUID inspectorId;
}

package com.tuoyu.directory.supervision;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class InspectionDrawRepository implements PanacheRepositoryBase<InspectionDraw, UUID> {
}

package com.tuoyu.directory.visit;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class VisitTimeRepository implements PanacheRepositoryBase<VisitTime, UUID> {
}

package com.tuoyu.directory.nursery;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class NurseryRepository implements PanacheRepositoryBase<Nursery, UUID> {
}

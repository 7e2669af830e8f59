package com.tuoyu.directory.nursery;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class FilingMaterialRepository implements PanacheRepositoryBase<FilingMaterial, UUID> {
}

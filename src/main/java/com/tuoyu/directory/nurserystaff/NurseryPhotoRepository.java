package com.tuoyu.directory.nurserystaff;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class NurseryPhotoRepository implements PanacheRepositoryBase<NurseryPhoto, UUID> {
}

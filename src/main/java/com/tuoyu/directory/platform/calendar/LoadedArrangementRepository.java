package com.tuoyu.directory.platform.calendar;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class LoadedArrangementRepository implements PanacheRepositoryBase<LoadedArrangement, Integer> {
}

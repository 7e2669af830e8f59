package com.tuoyu.directory.nurserystaff;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class VacancyReportRepository implements PanacheRepositoryBase<VacancyReport, UUID> {
}

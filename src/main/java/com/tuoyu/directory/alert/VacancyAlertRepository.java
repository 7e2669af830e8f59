package com.tuoyu.directory.alert;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class VacancyAlertRepository implements PanacheRepositoryBase<VacancyAlert, UUID> {

    /** Metres in one degree of latitude, rounded down so the band below never leaves out a subscription. */
    private static final double METRES_PER_DEGREE = 110_000;

    /** Newest first; the id breaks ties so the order never changes between calls. */
    Uni<List<VacancyAlert>> listOf(String parentId) {
        return list("parentId = ?1 order by createdAt desc, id", parentId);
    }

    Uni<VacancyAlert> findOwn(String parentId, UUID id) {
        return find("id = ?1 and parentId = ?2", id, parentId).firstResult();
    }

    Uni<Long> countOf(String parentId) {
        return count("parentId", parentId);
    }

    /**
     * Subscriptions in force that may cover a nursery: those to the nursery itself, and area subscriptions whose
     * centre lies within the largest radius north or south of it (the caller measures the exact distance).
     */
    Uni<List<VacancyAlert>> activeCovering(UUID nurseryId, double latitude, int maxRadiusMetres, Instant now) {
        double band = maxRadiusMetres / METRES_PER_DEGREE;
        return list("expiresAt > ?1 and ((kind = ?2 and nurseryId = ?3) or (kind = ?4 and latitude between ?5 and ?6))",
                now, VacancyAlert.Kind.NURSERY, nurseryId, VacancyAlert.Kind.AREA, latitude - band, latitude + band);
    }

    /** Serialises one parent's new subscriptions, so two devices at once cannot both pass the limit. */
    Uni<Void> lockListOf(String parentId) {
        return getSession().chain(session -> session.createNativeQuery(
                        "select 1 from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) locked", Integer.class)
                .setParameter("key", "vacancy_alert:" + parentId)
                .getSingleResult()).replaceWithVoid();
    }
}

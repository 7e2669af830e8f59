package com.tuoyu.directory.complaint;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ContactRevealAlertRepository implements PanacheRepositoryBase<ContactRevealAlert, UUID> {
}

package com.tuoyu.directory.identity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class StaffRecoveryCodeRepository implements PanacheRepositoryBase<StaffRecoveryCode, UUID> {
}

package com.tuoyu.directory.division;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class DivisionRepository implements PanacheRepositoryBase<Division, String> {

    public Uni<List<Division>> listByParent(String parentCode) {
        return parentCode == null
                ? list("parentCode is null", Sort.by("code"))
                : list("parentCode", Sort.by("code"), parentCode);
    }

    public Uni<List<Division>> listByLevel(DivisionLevel level) {
        return list("level", Sort.by("code"), level);
    }
}

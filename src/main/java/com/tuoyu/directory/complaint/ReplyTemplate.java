package com.tuoyu.directory.complaint;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A text handlers start a reply from, for one category or (null) any, and for one action. */
@Entity
@Table(name = "reply_template")
public class ReplyTemplate {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ComplaintCategory category;

    @Enumerated(EnumType.STRING)
    public HandlerAction action;

    public String title;

    public String body;

    public Instant updatedAt;

    public String updatedBy;

    @Version
    public long version;
}

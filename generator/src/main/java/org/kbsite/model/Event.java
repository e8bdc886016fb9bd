package org.kbsite.model;

/** An event-log entry the article describes. Every field but {@code id} may be null. */
public record Event(
    int id, String source, String type, String category, String description, String code) {}

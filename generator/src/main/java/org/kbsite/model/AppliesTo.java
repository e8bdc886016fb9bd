package org.kbsite.model;

/** One bullet of the "applies to" box; depth 0 for top-level bullets, 1, 2 ... for nested ones. */
public record AppliesTo(String text, int depth) {}

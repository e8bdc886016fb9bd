package org.kbsite.model;

/** One product version from the Version(s) header; platform and version may be null. */
public record Version(String platform, String version) {}

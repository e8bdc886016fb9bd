package org.kbsite.render;

import java.util.List;

/**
 * What the page-not-found page shows: the indexes, and the site's root, from which its script
 * finds the article an address names (served at any path, its links cannot be relative).
 */
public record NotFoundView(String root, List<HomeView.IndexLink> indexes) {}

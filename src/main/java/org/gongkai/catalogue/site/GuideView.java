package org.gongkai.catalogue.site;

import java.time.Instant;

/** The disclosure guide as pages see it; {@code version} guards against two people saving over each other. */
record GuideView(String body, String updatedBy, Instant updatedAt, long version) {
}

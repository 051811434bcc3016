package org.gongkai.catalogue;

import java.time.Instant;

/**
 * The documents the public sees or saw, summed up: what the public pages' caches are validated against.
 *
 * @param documents how many
 * @param idSum the sum of their ids
 * @param versionSum the sum of their versions
 * @param lastChange the latest change of any of them
 */
public record PublicFingerprint(long documents, long idSum, long versionSum, Instant lastChange) {
}

package org.gongkai.catalogue;

/** A file kept in the content-addressed store: its name as uploaded, its checked type, size and SHA-256. */
record StoredFile(String fileName, String contentType, long size, String sha256) {
}

package org.cocrea.file;

/** A stored file with its bytes, and whether the public may see it (then caches may keep it). */
public record Download(StoredFile file, byte[] content, boolean isPublic) {
}

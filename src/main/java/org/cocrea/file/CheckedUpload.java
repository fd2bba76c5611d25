package org.cocrea.file;

/** A file that passed {@link UploadPolicy}: its cleaned name, detected type, size and SHA-256. */
public record CheckedUpload(String fileName, String mediaType, int size, String sha256, byte[] bytes) {
}

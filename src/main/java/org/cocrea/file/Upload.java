package org.cocrea.file;

/** A file as the user sent it: the name they gave it and its bytes, not yet checked. */
public record Upload(String fileName, byte[] bytes) {
}

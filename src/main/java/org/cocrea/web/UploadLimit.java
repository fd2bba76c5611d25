package org.cocrea.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cocrea.file.UploadPolicy;

/**
 * The one size limit of uploads ({@link UploadPolicy}) as the forms show it: the browser's check
 * of {@code co:fileUpload} and the hints that name it in megabytes.
 */
@Named("uploadLimit")
@ApplicationScoped
public class UploadLimit {

    @Inject
    private UploadPolicy uploadPolicy;

    public long getMaxBytes() {
        return uploadPolicy.maxBytes();
    }

    /** The hint of that key, with the limit in megabytes as its argument. */
    public String hint(String key) {
        return Messages.text(key, uploadPolicy.maxBytes() / (1024 * 1024));
    }
}

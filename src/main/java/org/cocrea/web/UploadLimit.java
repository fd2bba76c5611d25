package org.cocrea.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cocrea.file.UploadPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one size limit of uploads ({@link UploadPolicy}) as the forms show it: the browser's check
 * of {@code co:fileUpload} and the hints that name it in megabytes; and, from it, the largest
 * request a form may send ({@link RequestGuard}).
 */
@Named("uploadLimit")
@ApplicationScoped
public class UploadLimit {

    @Inject
    private UploadPolicy uploadPolicy;

    @Inject
    @ConfigProperty(name = "cocrea.upload.max-files", defaultValue = "5")
    private int maxFilesPerForm;

    @Inject
    @ConfigProperty(name = "cocrea.form.max-bytes", defaultValue = "2097152")
    private long maxFormBytes;

    public long getMaxBytes() {
        return uploadPolicy.maxBytes();
    }

    /** The largest form post without files (fields only). */
    public long getMaxFormBytes() {
        return maxFormBytes;
    }

    /** The largest form post with files: as many files of the largest size as a form may send, and its fields. */
    public long getMaxUploadRequestBytes() {
        return uploadPolicy.maxBytes() * maxFilesPerForm + maxFormBytes;
    }

    /** The hint of that key, with the limit in megabytes as its argument. */
    public String hint(String key) {
        return Messages.text(key, uploadPolicy.maxBytes() / (1024 * 1024));
    }
}

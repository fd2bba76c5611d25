package org.cocrea.opendata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Opens an uploaded ZIP (an XLSX is one; read with commons-compress, which takes the streamed entries
 * that writers such as fastexcel leave with a data descriptor) without trusting it: every entry is inflated through a
 * counter that stops at {@link ImportLimits#MAX_EXPANDED_BYTES} in all and at a ratio of
 * compressed to inflated bytes below {@link ImportLimits#MIN_INFLATE_RATIO} (a zip bomb), before
 * any reader sees the file.
 */
final class ZipGuard {

    /** A ZIP that is no ZIP, too big once inflated, or a bomb: the bundle key of its problem. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final String key;

        Refused(String key) {
            super(key);
            this.key = key;
        }
    }

    private ZipGuard() {
    }

    /** The entries of the ZIP by name, inflated within the limits. */
    static Map<String, byte[]> entries(byte[] zip, String invalidKey) throws Refused {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
            ZipArchiveEntry entry;
            byte[] buffer = new byte[8192];
            while ((entry = in.getNextEntry()) != null) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int read;
                while ((read = in.read(buffer)) > 0) {
                    total += read;
                    if (total > ImportLimits.MAX_EXPANDED_BYTES || total > 1024 * 1024
                            && (double) zip.length / total < ImportLimits.MIN_INFLATE_RATIO) {
                        throw new Refused("import.zip.bomb");
                    }
                    out.write(buffer, 0, read);
                }
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), out.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new Refused(invalidKey);
        }
        if (entries.isEmpty()) {
            throw new Refused(invalidKey);
        }
        return entries;
    }
}

package org.cocrea.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cocrea.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Stored names say what the content is, and zip-based documents cannot be bombs (issue 11, item 10). */
class SafeNamesAndArchivesTest {

    private static final long ONE_MIB = 1024 * 1024;
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final UploadPolicy policy = new UploadPolicy(ONE_MIB);

    @Test
    void pdfBytesNamedAsAProgramAreStoredAsAPdf() {
        assertEquals("setup.pdf", policy.check(new Upload("setup.exe", UploadPolicyTest.tinyPdf())).fileName());
        assertEquals("informe.pdf", policy.check(new Upload("informe", UploadPolicyTest.tinyPdf())).fileName());
        assertEquals("Informe.PDF", policy.check(new Upload("Informe.PDF", UploadPolicyTest.tinyPdf())).fileName());
    }

    @Test
    void aRightToLeftOverrideCannotDisguiseTheName() {
        CheckedUpload checked = policy.check(new Upload("evil\u202Egnp.exe", UploadPolicyTest.tinyPdf()));
        assertEquals("evilgnp.pdf", checked.fileName());
        assertEquals("foto.png", UploadPolicy.cleanName("fo\u2066to\u2069\u200F.png"));
    }

    @Test
    void htmlNamedAsTextIsRefused() {
        for (String html : new String[] {"<html><body><script>alert(1)</script></body></html>\n",
                "<!DOCTYPE html>\n<p onclick=alert(1)>hola</p>\n"}) {
            DomainException e = assertThrows(DomainException.class,
                    () -> policy.check(new Upload("notas.txt", html.getBytes(StandardCharsets.UTF_8))));
            assertEquals("evidence.file.typeRejected", e.messageKey());
        }
    }

    @Test
    void aRealDocumentKeepsItsName() throws IOException {
        byte[] docx = zip(2, 4 * 1024);
        CheckedUpload checked = policy.check(new Upload("minuta.docx", docx));
        assertEquals(DOCX, checked.mediaType());
        assertEquals("minuta.docx", checked.fileName());
    }

    @Test
    void aDocumentThatUnpacksToAnAbsurdSizeIsRefused() throws IOException {
        byte[] bomb = zip(1, (int) (UploadPolicy.MAX_UNPACK_FACTOR * ONE_MIB + 1));
        assertEquals(true, bomb.length < ONE_MIB, "small when packed");
        DomainException e = assertThrows(DomainException.class, () -> policy.check(new Upload("informe.docx", bomb)));
        assertEquals("evidence.file.archiveTooLarge", e.messageKey());
        assertEquals("file", e.field());
    }

    @Test
    void aDocumentWithAbsurdlyManyEntriesIsRefused() throws IOException {
        byte[] many = zip(UploadPolicy.MAX_ARCHIVE_ENTRIES + 1, 0);
        DomainException e = assertThrows(DomainException.class,
                () -> new UploadPolicy(8 * ONE_MIB).check(new Upload("tabla.xlsx", many)));
        assertEquals("evidence.file.archiveTooLarge", e.messageKey());
    }

    /** A zip of {@code entries} entries, each of {@code size} zero bytes (which pack to almost nothing). */
    private static byte[] zip(int entries, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] zeros = new byte[64 * 1024];
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry(i == 0 ? "[Content_Types].xml" : "word/p" + i + ".xml"));
                for (int left = size; left > 0; left -= zeros.length) {
                    zip.write(zeros, 0, Math.min(left, zeros.length));
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}

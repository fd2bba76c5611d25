package org.cocrea.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.cocrea.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UploadPolicyTest {

    private static final long ONE_MIB = 1024 * 1024;

    private final UploadPolicy policy = new UploadPolicy(ONE_MIB);

    /** A minimal but well-formed one-page PDF. */
    static byte[] tinyPdf() {
        String pdf = """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """;
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }

    /** A real 4×4 PNG written by the JDK. */
    static byte[] tinyPng() throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, Color.GREEN.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "png", out), "the JDK writes PNG");
        return out.toByteArray();
    }

    /** The start of a Windows executable: the "MZ" DOS header. */
    static byte[] windowsExecutable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[2] = (byte) 0x90;
        exe[4] = 0x03;
        exe[8] = 0x04;
        exe[12] = (byte) 0xFF;
        exe[13] = (byte) 0xFF;
        exe[60] = (byte) 0x80; // offset of the PE header
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    private static DomainException refused(String messageKey, UploadPolicy policy, Upload upload) {
        DomainException e = assertThrows(DomainException.class, () -> policy.check(upload));
        assertEquals(messageKey, e.messageKey());
        assertEquals("file", e.field());
        return e;
    }

    @Test
    void acceptsARealPdf() {
        byte[] bytes = tinyPdf();
        CheckedUpload checked = policy.check(new Upload("informe.pdf", bytes));
        assertEquals("application/pdf", checked.mediaType());
        assertEquals("informe.pdf", checked.fileName());
        assertEquals(bytes.length, checked.size());
        assertArrayEquals(bytes, checked.bytes());
        assertEquals(UploadPolicy.sha256(bytes), checked.sha256());
    }

    @Test
    void acceptsARealPng() throws IOException {
        CheckedUpload checked = policy.check(new Upload("foto.png", tinyPng()));
        assertEquals("image/png", checked.mediaType());
    }

    @Test
    void judgesByContentNotByTheName() throws IOException {
        // A PNG someone saved as .pdf is still a PNG, and still accepted as one.
        assertEquals("image/png", policy.check(new Upload("foto.pdf", tinyPng())).mediaType());
    }

    @Test
    void acceptsPlainText() {
        CheckedUpload checked = policy.check(new Upload("minuta.txt",
                "Minuta de la sesión de cocreación\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("text/plain", checked.mediaType());
    }

    @Test
    void refusesAWindowsExecutableRenamedPdf() {
        DomainException e = refused("evidence.file.typeRejected", policy, new Upload("informe.pdf", windowsExecutable()));
        assertEquals("informe.pdf", e.arguments()[0]);
    }

    @Test
    void refusesAnHtmlFileRenamedPng() {
        byte[] html = "<!DOCTYPE html>\n<html><head><title>x</title></head><body><script>alert(1)</script></body></html>\n"
                .getBytes(StandardCharsets.UTF_8);
        refused("evidence.file.typeRejected", policy, new Upload("foto.png", html));
    }

    @Test
    void refusesUnrecognisedBinaryContentWhateverItsName() {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (255 - i);
        }
        refused("evidence.file.typeRejected", policy, new Upload("informe.pdf", binary));
        refused("evidence.file.typeRejected", policy, new Upload("foto.png", binary));
    }

    @Test
    void refusesAnEmptyFile() {
        refused("evidence.file.empty", policy, new Upload("vacio.pdf", new byte[0]));
        refused("evidence.file.empty", policy, new Upload("nada.pdf", null));
    }

    @Test
    void refusesAFileOverTheLimit() {
        byte[] pdf = tinyPdf();
        UploadPolicy small = new UploadPolicy(pdf.length - 1);
        refused("evidence.file.tooLarge", small, new Upload("informe.pdf", pdf));
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() {
        byte[] pdf = tinyPdf();
        UploadPolicy exact = new UploadPolicy(pdf.length);
        assertEquals(pdf.length, exact.check(new Upload("informe.pdf", pdf)).size());
        assertEquals(pdf.length, exact.maxBytes());
    }

    @Test
    void theLimitIsCheckedBeforeTheType() {
        byte[] big = Arrays.copyOf(windowsExecutable(), (int) ONE_MIB + 1);
        DomainException e = refused("evidence.file.tooLarge", policy, new Upload("grande.exe", big));
        assertEquals(1L, e.arguments()[0]); // the limit, in MiB, for the message
    }

    @Test
    void sha256OfKnownBytes() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                UploadPolicy.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                UploadPolicy.sha256(new byte[0]));
    }

    @Test
    void theCheckedUploadCarriesTheDigestOfItsBytes() {
        byte[] text = "abc".getBytes(StandardCharsets.US_ASCII);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                policy.check(new Upload("abc.txt", text)).sha256());
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiterString = "=>", value = {
            "informe.pdf                         => informe.pdf",
            "C:\\Users\\ana\\Documents\\acta.pdf => acta.pdf",
            "/home/ana/evidencia/foto.png        => foto.png",
            "../../../etc/passwd.pdf             => passwd.pdf",
            "..\\..\\windows\\win.ini.pdf        => win.ini.pdf",
            "carpeta/sub\\mezcla.pdf             => mezcla.pdf",
            "a<b>c:d*e?f|g\".pdf                 => a_b_c_d_e_f_g_.pdf",
            "'   espacios.pdf   '                => espacios.pdf",
            "informe final (v2).pdf              => informe final (v2).pdf"})
    void fileNamesAreCleanedOfPaths(String sent, String kept) {
        assertEquals(kept, UploadPolicy.cleanName(sent));
    }

    @Test
    void controlCharactersAreReplaced() {
        assertEquals("acta_final.pdf", UploadPolicy.cleanName("acta\nfinal.pdf"));
        assertEquals("acta_.pdf", UploadPolicy.cleanName("acta\u0000.pdf"));
    }

    @Test
    void anEmptyNameBecomesEvidencia() {
        assertEquals("evidencia", UploadPolicy.cleanName(null));
        assertEquals("evidencia", UploadPolicy.cleanName(""));
        assertEquals("evidencia", UploadPolicy.cleanName("C:\\carpeta\\"));
    }

    @Test
    void aVeryLongNameKeepsItsEnd() {
        String name = "x".repeat(300) + ".pdf";
        String cleaned = UploadPolicy.cleanName(name);
        assertEquals(200, cleaned.length());
        assertTrue(cleaned.endsWith(".pdf"));
    }

    @Test
    void theCheckedUploadHasTheCleanedName() {
        CheckedUpload checked = policy.check(new Upload("C:\\fakepath\\informe.pdf", tinyPdf()));
        assertEquals("informe.pdf", checked.fileName());
    }
}

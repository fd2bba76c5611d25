package org.cocrea.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cocrea.file.Upload;
import org.cocrea.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

class FileInputsTest {

    /** What PrimeFaces hands over for a file input: a browser sends an unused one as a nameless empty file. */
    private record Sent(String getFileName, byte[] getContent) implements UploadedFile {

        static final Sent NOTHING = new Sent("", new byte[0]);

        static Sent file(String name, String text) {
            return new Sent(name, text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String getWebkitRelativePath() { return null; }
        @Override
        public InputStream getInputStream() { return new ByteArrayInputStream(getContent); }
        @Override
        public String getContentType() { return "application/octet-stream"; }
        @Override
        public long getSize() { return getContent.length; }
        @Override
        public File write(String filePath) { throw new UnsupportedOperationException(); }
        @Override
        public void delete() { }
    }

    private static FileInputs withFile(UploadedFile file) {
        FileInputs inputs = new FileInputs();
        inputs.setFile(file);
        return inputs;
    }

    @Test
    void aChosenFileBecomesAnUploadWithItsNameAndBytes() {
        Upload upload = withFile(Sent.file("acta.pdf", "%PDF")).requiredFile();
        assertEquals("acta.pdf", upload.fileName());
        assertThat(upload.bytes()).isEqualTo("%PDF".getBytes(StandardCharsets.UTF_8));
        assertEquals("acta.pdf", withFile(Sent.file("acta.pdf", "%PDF")).optionalFile().fileName());
    }

    @Test
    void aRequiredFileLeftEmptyIsRefusedOnTheFileField() {
        for (UploadedFile nothing : new UploadedFile[] {null, Sent.NOTHING, new Sent(null, new byte[0]), new Sent("  ", new byte[0])}) {
            DomainException refusal = assertThrows(DomainException.class, () -> withFile(nothing).requiredFile());
            assertEquals("file", refusal.field());
            assertEquals("evidence.file.empty", refusal.messageKey());
            assertNull(withFile(nothing).optionalFile());
        }
    }

    @Test
    void anEmptyFileWithANameIsPassedOnForTheUploadPolicyToRefuse() {
        assertEquals(0, withFile(new Sent("vacio.pdf", new byte[0])).requiredFile().bytes().length);
        assertEquals("vacio.pdf", withFile(new Sent("vacio.pdf", new byte[0])).optionalFile().fileName());
    }

    @Test
    void ofSeveralFilesTheUnusedInputsAreLeftOut() {
        FileInputs inputs = new FileInputs();
        assertThat(inputs.allFiles()).isEmpty();
        inputs.setFiles(new UploadedFiles());
        assertThat(inputs.allFiles()).isEmpty();
        inputs.setFiles(new UploadedFiles(List.of(Sent.file("a.pdf", "a"), Sent.NOTHING, new Sent("vacio.csv", new byte[0]))));
        assertThat(inputs.allFiles()).extracting(Upload::fileName).containsExactly("a.pdf", "vacio.csv");
    }

    @Test
    void linksAreTypedOnePerLineAndBlankLinesDoNotCount() {
        FileInputs inputs = new FileInputs();
        assertThat(inputs.links()).isEmpty();
        inputs.setLink("  https://a.mx/1 \r\n\n   \nhttps://a.mx/2\rhttps://a.mx/3");
        assertThat(inputs.links()).containsExactly("https://a.mx/1", "https://a.mx/2", "https://a.mx/3");
        assertEquals("  https://a.mx/1 \r\n\n   \nhttps://a.mx/2\rhttps://a.mx/3", inputs.getLink());
    }
}

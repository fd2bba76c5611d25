package org.cocrea.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.cocrea.shared.DomainException;
import org.cocrea.support.Entities;
import org.junit.jupiter.api.Test;
import java.time.Instant;
import org.cocrea.support.TestClock;

class StoredFileTest {

    private static final CheckedUpload ACTA = new CheckedUpload("acta.pdf", "application/pdf", 1234, "ab".repeat(32), new byte[0]);

    @Test
    void aFileKeepsWhatTheCheckFound() {
        StoredFile file = StoredFile.file(ACTA, Entities.withId(new FileContent(new byte[0]), 11), null);
        assertThat(file.isFile()).isTrue();
        assertThat(file.getKind()).isEqualTo(FileKind.FILE);
        assertThat(file.getLabel()).isEqualTo("acta.pdf");
        assertThat(file.getMediaType()).isEqualTo("application/pdf");
        assertThat(file.getSizeBytes()).isEqualTo(1234L);
        assertThat(file.getSha256()).isEqualTo("ab".repeat(32));
        assertThat(file.getContentId()).isEqualTo(11L);
        assertThat(file.getUrl()).isNull();
        Instant now = TestClock.FIXED.instant();
        file.stampCreated(now);
        file.stampCreated(now.plusSeconds(60));
        assertThat(file.getCreatedAt()).isEqualTo(now);   // stamped once, from the clock, when its owner is first persisted
        assertThat(file).hasToString("acta.pdf (sha256 " + "ab".repeat(32) + ")");
    }

    @Test
    void aFileRefersToBytesAlreadySaved() {
        assertThatThrownBy(() -> StoredFile.file(ACTA, new FileContent(new byte[0]), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aLinkMustBeAnHttpAddress() {
        StoredFile link = StoredFile.link("  https://datos.gob.mx/informe ", null);
        assertThat(link.isFile()).isFalse();
        assertThat(link.getKind()).isEqualTo(FileKind.LINK);
        assertThat(link.getLabel()).isEqualTo("https://datos.gob.mx/informe");
        assertThat(link.getContentId()).isNull();
        assertThat(link.getCreatedAt()).isNull();   // until its owner is persisted
        for (String bad : new String[] {"javascript:alert(1)", "ftp://x.org/a", "www.sin-esquema.mx", "", null}) {
            assertThatThrownBy(() -> StoredFile.link(bad, null))
                    .isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("link"))
                    .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("evidence.link.invalid"));
        }
    }

    @Test
    void aLinkFitsItsColumn() {
        String base = "https://datos.gob.mx/";
        String longest = base + "a".repeat(StoredFile.MAX_URL_LENGTH - base.length());
        assertThat(StoredFile.checkedUrl(longest)).isEqualTo(longest);
        assertThatThrownBy(() -> StoredFile.checkedUrl(longest + "a")).isInstanceOf(DomainException.class);
    }

    @Test
    void theAuditKeepsTheFactsNotTheBytes() {
        StoredFile file = StoredFile.file(ACTA, Entities.withId(new FileContent(new byte[] {1}), 3), null);
        assertThat(file.auditSnapshot()).containsExactly(
                entry("kind", FileKind.FILE),
                entry("url", null),
                entry("fileName", "acta.pdf"),
                entry("mediaType", "application/pdf"),
                entry("sizeBytes", 1234L),
                entry("sha256", "ab".repeat(32)));
    }
}

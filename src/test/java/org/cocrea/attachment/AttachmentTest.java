package org.cocrea.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cocrea.evidence.CheckedUpload;
import org.cocrea.shared.DomainException;
import org.junit.jupiter.api.Test;
import java.time.Instant;
import org.cocrea.support.TestClock;

class AttachmentTest {

    @Test
    void aFileKeepsWhatTheCheckFound() {
        var upload = new CheckedUpload("acta.pdf", "application/pdf", 1234, "ab".repeat(32), new byte[0]);
        Attachment file = Attachment.file(AttachmentOwner.SESSION, 7, 3L, upload, null);
        assertThat(file.isFile()).isTrue();
        assertThat(file.getLabel()).isEqualTo("acta.pdf");
        assertThat(file.getMediaType()).isEqualTo("application/pdf");
        assertThat(file.getSizeBytes()).isEqualTo(1234L);
        assertThat(file.getOwner()).isEqualTo(AttachmentOwner.SESSION);
        assertThat(file.getOwnerId()).isEqualTo(7);
        assertThat(file.getStateId()).isEqualTo(3L);
        Instant now = TestClock.FIXED.instant();
        file.stampCreated(now);
        file.stampCreated(now.plusSeconds(60));
        assertThat(file.getCreatedAt()).isEqualTo(now);   // stamped once, from the clock, when first persisted
    }

    @Test
    void aLinkMustBeAnHttpAddress() {
        Attachment link = Attachment.link(AttachmentOwner.PRIORITY, 1, 1L, "  https://datos.gob.mx/informe ", null);
        assertThat(link.isFile()).isFalse();
        assertThat(link.getLabel()).isEqualTo("https://datos.gob.mx/informe");
        for (String bad : new String[] {"javascript:alert(1)", "ftp://x.org/a", "www.sin-esquema.mx", "", null}) {
            assertThatThrownBy(() -> Attachment.link(AttachmentOwner.PRIORITY, 1, 1L, bad, null))
                    .isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("link"));
        }
    }

    @Test
    void aSharedToolboxMaterialBelongsToNoState() {
        Attachment link = Attachment.link(AttachmentOwner.TOOLBOX, 2, null, "https://www.opengovpartnership.org/", null);
        assertThat(link.auditStateId()).isNull();
        assertThat(link.auditSnapshot()).containsEntry("owner", "TOOLBOX 2");
    }
}

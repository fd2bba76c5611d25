package org.cocrea.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.cocrea.file.CheckedUpload;
import org.cocrea.file.FileContent;
import org.cocrea.file.StoredFile;
import org.cocrea.support.Entities;
import org.junit.jupiter.api.Test;

class AttachmentTest {

    @Test
    void anAttachmentBelongsToItsOwnerAndItsState() {
        var upload = new CheckedUpload("acta.pdf", "application/pdf", 1234, "ab".repeat(32), new byte[0]);
        StoredFile stored = StoredFile.file(upload, Entities.withId(new FileContent(new byte[0]), 11), null);
        Attachment file = new Attachment(AttachmentOwner.SESSION, 7, 3L, stored);
        assertThat(file.getStored()).isSameAs(stored);
        assertThat(file.getOwner()).isEqualTo(AttachmentOwner.SESSION);
        assertThat(file.getOwnerId()).isEqualTo(7);
        assertThat(file.getStateId()).isEqualTo(3L);
        assertThat(file.auditStateId()).isEqualTo(3L);
        assertThat(file.auditSnapshot()).containsEntry("owner", "SESSION 7").containsAllEntriesOf(stored.auditSnapshot());
        assertThat(file).hasToString(stored.toString());
    }

    @Test
    void aSharedToolboxMaterialBelongsToNoState() {
        Attachment link = new Attachment(AttachmentOwner.TOOLBOX, 2, null, StoredFile.link("https://www.opengovpartnership.org/", null));
        assertThat(link.auditStateId()).isNull();
        assertThat(link.auditSnapshot()).containsEntry("owner", "TOOLBOX 2");
    }
}

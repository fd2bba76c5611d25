package org.cocrea.evidence;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The bytes of an evidence file, in the database so that backups and every instance have them. */
@Entity
@Table(name = "evidence_content")
public class EvidenceContent {

    @Id
    @Column(name = "evidence_id")
    private Long evidenceId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evidence_id")
    private Evidence evidence;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected EvidenceContent() {
    }

    public EvidenceContent(Evidence evidence, byte[] content) {
        this.evidence = evidence;
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }
}

package org.cocrea.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.attachment.Attachment;
import org.cocrea.attachment.AttachmentStore;
import org.cocrea.audit.AuditTrail;
import org.cocrea.file.Upload;
import org.cocrea.follow.FormTokens;
import org.cocrea.follow.PublicLimits;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.shared.Records;

/**
 * Complaints about social programs: a vigilance group's (from a finding, recorded by the secretariat)
 * or a citizen's (the public form, no account; the program must be published). The secretariat of
 * the program's state moves them along and is the only one who opens a complainant's identity
 * (audited, without the identity). Anybody follows a complaint by its folio; the program page shows
 * counts only.
 */
@ApplicationScoped
@Transactional
public class ComplaintService {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String BUCKET = "complaint";
    /** The most files a citizen sends with one complaint. */
    public static final int MAX_FILES = 3;

    @PersistenceContext(unitName = "cocrea")
    private EntityManager em;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private IdentityCipher cipher;

    @Inject
    private SocialProgramService programs;

    @Inject
    private FormTokens forms;

    @Inject
    private PublicLimits limits;

    @Inject
    private AttachmentStore attachments;

    /** What anybody with the folio reads of a complaint: never the identity. */
    public record Track(String folio, String program, ComplaintStatus status, LocalDate receivedOn, ComplaintRoute route,
                        LocalDate channelledOn, String answer, LocalDate answeredOn, LocalDate closedOn) {
    }

    /** A complainant's identity as the secretariat reads it (name and contact; either may be empty). */
    public record Identity(String name, String contact) {
    }

    /**
     * A citizen's complaint about a published program; name and contact are optional. Returns the
     * complaint (its folio). Without the public form's guards: the form goes through the overload
     * that takes its token and network; the demo and tests call this one.
     */
    public Complaint filePublic(long programId, String what, String name, String contact) {
        SocialProgram program = programs.load(programId);
        if (!program.isPublished()) {
            throw new NotFoundException();
        }
        Complaint complaint = new Complaint(program, ComplaintSource.PUBLIC, null, what, name, contact,
                program.getState().today(clock), cipher, RANDOM);
        em.persist(complaint);
        audit.record("public", "CREATE", complaint, null);
        return complaint;
    }

    /**
     * A citizen's complaint from the public form, guarded like the other anonymous forms (the signed
     * form token, then the limit per network, counted by its keyed hash only), with up to
     * {@link #MAX_FILES} files checked like evidence; refusals on their field ("what",
     * "complainantName", "complainantContact", "file"). Nothing is saved unless all of it passes.
     */
    public Complaint filePublic(long programId, String what, String name, String contact, List<Upload> files,
                                String formToken, String network) {
        forms.check(formToken);
        if (!programs.load(programId).isPublished()) {
            throw new NotFoundException();
        }
        limits.fromNetwork(BUCKET, network);
        if (files.size() > MAX_FILES) {
            throw DomainException.onField("file", "complaints.files.tooMany", MAX_FILES);
        }
        Complaint complaint = filePublic(programId, what, name, contact);
        for (Upload file : files) {
            attachments.addPublicFile(complaint, file);
        }
        return complaint;
    }

    /** A vigilance group's complaint from one of its findings, recorded by the secretariat of the state. */
    public Complaint fileFromFinding(long findingId, String what) {
        Caller caller = currentCaller.get();
        Finding finding = Records.found(em.find(Finding.class, findingId));
        caller.requireSecretariatOf(finding.getStateId());
        SocialProgram program = finding.getVisit().getGroup().getProgram();
        Complaint complaint = new Complaint(program, ComplaintSource.GROUP, finding, what, null, null,
                program.getState().today(clock), cipher, RANDOM);
        em.persist(complaint);
        audit.record(caller.username(), "CREATE", complaint, null);
        return complaint;
    }

    public void channel(long complaintId, ComplaintRoute route, String authority) {
        Caller caller = currentCaller.get();
        Complaint complaint = forSecretariat(complaintId, caller);
        var before = complaint.auditSnapshot();
        complaint.channel(route, authority, today(complaint));
        audit.record(caller.username(), "CHANNEL", complaint, before);
    }

    public void answer(long complaintId, String answer) {
        Caller caller = currentCaller.get();
        Complaint complaint = forSecretariat(complaintId, caller);
        var before = complaint.auditSnapshot();
        complaint.answer(answer, today(complaint));
        audit.record(caller.username(), "ANSWER", complaint, before);
    }

    public void close(long complaintId) {
        Caller caller = currentCaller.get();
        Complaint complaint = forSecretariat(complaintId, caller);
        var before = complaint.auditSnapshot();
        complaint.close(today(complaint));
        audit.record(caller.username(), "CLOSE", complaint, before);
    }

    /**
     * The complainant's identity, for the secretariat of the program's state only; empty when
     * anonymous. Each reading is audited, without the identity.
     */
    public Optional<Identity> identity(long complaintId) {
        Caller caller = currentCaller.get();
        Complaint complaint = forSecretariat(complaintId, caller);
        String[] identity = complaint.identity(cipher);
        audit.record(caller.username(), "IDENTITY_READ", complaint, complaint.auditSnapshot());
        return identity == null ? Optional.empty() : Optional.of(new Identity(identity[0], identity.length > 1 ? identity[1] : ""));
    }

    /** A program's complaints, newest first, for its secretariat (no identity). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Complaint> ofProgram(long programId) {
        currentCaller.get().requireSecretariatOf(programs.load(programId).getStateId());
        return em.createQuery("select c from Complaint c where c.program.id = :p order by c.receivedOn desc, c.id desc", Complaint.class)
                .setParameter("p", programId).getResultList();
    }

    /** One complaint, for the secretariat of its program's state (no identity: {@link #identity}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Complaint forSecretariat(long complaintId) {
        return forSecretariat(complaintId, currentCaller.get());
    }

    /** The files a citizen sent with a complaint, for the secretariat of its state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attachment> files(long complaintId) {
        return attachments.of(forSecretariat(complaintId, currentCaller.get()));
    }

    /** A complaint followed by its folio (any case, spaces ignored); an unknown folio is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Track byFolio(String folio) {
        String typed = folio == null ? "" : folio.strip().toUpperCase(java.util.Locale.ROOT);
        if (typed.isEmpty() || typed.length() > 30) {
            throw new NotFoundException();
        }
        return em.createQuery("select c from Complaint c join fetch c.program where c.folio = :f", Complaint.class)
                .setParameter("f", typed).getResultStream().findFirst()
                .map(c -> new Track(c.getFolio(), c.getProgram().getName(), c.getStatus(), c.getReceivedOn(), c.getRoute(),
                        c.getChannelledOn(), c.getAnswer(), c.getAnsweredOn(), c.getClosedOn()))
                .orElseThrow(NotFoundException::new);
    }

    /**
     * How many complaints a published program has by status and by the route they were channelled by
     * (a complaint not channelled yet has none): one aggregated query, never a complaint loaded.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Counts counts(long programId) {
        Map<ComplaintStatus, Long> byStatus = zeros(ComplaintStatus.class);
        Map<ComplaintRoute, Long> byRoute = zeros(ComplaintRoute.class);
        em.createQuery("select c.status, c.route, count(c) from Complaint c where c.program.id = :p and c.program.published = true "
                        + "group by c.status, c.route", Object[].class)
                .setParameter("p", programId).getResultStream()
                .forEach(r -> {
                    long n = ((Number) r[2]).longValue();
                    byStatus.merge((ComplaintStatus) r[0], n, Long::sum);
                    if (r[1] != null) {
                        byRoute.merge((ComplaintRoute) r[1], n, Long::sum);
                    }
                });
        return new Counts(byStatus, byRoute);
    }

    /** A program's complaints counted by status and by route (every value present, zero when none); never who filed them. */
    public record Counts(Map<ComplaintStatus, Long> byStatus, Map<ComplaintRoute, Long> byRoute) {

        /** How many in all. */
        public long total() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> kind) {
        Map<E, Long> counts = new EnumMap<>(kind);
        for (E value : kind.getEnumConstants()) {
            counts.put(value, 0L);
        }
        return counts;
    }

    private Complaint forSecretariat(long complaintId, Caller caller) {
        Complaint complaint = Records.found(em.find(Complaint.class, complaintId));
        caller.requireSecretariatOf(complaint.getStateId());
        return complaint;
    }

    private LocalDate today(Complaint complaint) {
        return complaint.getProgram().getState().today(clock);
    }
}

package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.cocrea.follow.FormTokens;
import org.cocrea.shared.DomainException;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.Complaint;
import org.cocrea.social.ComplaintService;
import org.cocrea.social.SocialProgram;
import org.cocrea.social.SocialProgramService;

/**
 * /file-complaint?program=…: a citizen's complaint about a published social program (issue 15), no
 * account needed, plain HTML posting to {@link ComplaintServlet}; stateless and never cached, like
 * /assistance ({@link PublicPages#STATELESS_FORMS}). A refused post renders it again in the same
 * request ({@link RefusedPost}): the message beside its field (for a file, with the file's name), what
 * was typed in place, identity included, and a reminder that files are chosen again.
 */
@Named("complaintFormPage")
@RequestScoped
public class ComplaintFormPage {

    /** The refusals the servlet sends back; anything else shows nothing. */
    static final Set<String> OUTCOMES = Set.of("follow.form.expired", "follow.tooMany", "complaints.what.required",
            "social.text.tooLong", "complaints.files.tooMany", "evidence.file.empty", "evidence.file.tooLarge",
            "evidence.file.typeRejected", "evidence.file.archiveTooLarge");

    /** The fields a refusal may stand beside. */
    static final Set<String> FIELDS = Set.of("what", "complainantName", "complainantContact", "file");

    private static final int MAX_FILE_NAME = 120;

    @Inject
    private SocialProgramService programs;

    @Inject
    private FormTokens forms;

    @Inject
    private UploadLimit uploadLimit;

    @Inject
    private RefusedPost refused;

    private Long programId;
    private SocialProgram program;
    private String outcome;
    private String field;
    private String argument;

    /** Called by f:viewAction; a program that is not published answers 404. */
    public void load() {
        if (programId == null) {
            throw new NotFoundException();
        }
        program = programs.publicProgram(programId);
        DomainException refusal = refused.getRefusal();
        if (refusal == null) {
            return;
        }
        outcome = PublicForm.known(refusal.messageKey(), OUTCOMES);
        field = outcome != null && refusal.field() != null && FIELDS.contains(refusal.field()) ? refusal.field() : null;
        argument = outcome != null && outcome.startsWith("evidence.file.") && refusal.arguments().length > 0
                && refusal.arguments()[0] instanceof String name ? name : null;
    }

    /** Whether the refusal belongs beside this field. */
    public boolean refused(String name) {
        return name.equals(field);
    }

    /** A refusal that belongs to no field (an expired form, too many complaints). */
    public boolean isGeneralRefusal() {
        return outcome != null && field == null;
    }

    /** The refusal in the visitor's language, with the limit it names. */
    public String getRefusal() {
        if (outcome == null) {
            return null;
        }
        Object limit = switch (outcome) {
            case "social.text.tooLong" -> "complainantName".equals(field) ? Complaint.NAME
                    : "complainantContact".equals(field) ? Complaint.CONTACT : Complaint.WHAT;
            case "evidence.file.tooLarge" -> uploadLimit.getMaxBytes() / (1024 * 1024);
            case "complaints.files.tooMany" -> ComplaintService.MAX_FILES;
            default -> argument == null ? "" : argument.substring(0, Math.min(argument.length(), MAX_FILE_NAME));
        };
        return Messages.text(outcome, limit);
    }

    /** How many files of what size and type may go with the complaint. */
    public String getFilesHint() {
        return Messages.text("complaints.files.hint", ComplaintService.MAX_FILES, uploadLimit.getMaxBytes() / (1024 * 1024));
    }

    public String getFormToken() { return forms.fresh(); }
    public int getMaxWhat() { return Complaint.WHAT; }
    public int getMaxName() { return Complaint.NAME; }
    public int getMaxContact() { return Complaint.CONTACT; }
    public SocialProgram getProgram() { return program; }
    public Long getProgramId() { return programId; }
    public void setProgramId(Long v) { this.programId = v; }
    public String getOutcome() { return outcome; }
}

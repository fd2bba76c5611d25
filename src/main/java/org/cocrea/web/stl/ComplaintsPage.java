package org.cocrea.web.stl;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.shared.NotFoundException;
import org.cocrea.social.Complaint;
import org.cocrea.social.ComplaintService;
import org.cocrea.social.SocialProgram;
import org.cocrea.social.SocialProgramService;

/** /stl/complaints?program=…: a program's complaints for its state's secretariat, newest first, the aging ones flagged; never who filed them. */
@Named("stlComplaintsPage")
@RequestScoped
public class ComplaintsPage {

    @Inject
    private SocialProgramService programs;

    @Inject
    private ComplaintService complaints;

    @Inject
    private Clock clock;

    private Long programId;
    private SocialProgram program;
    private LocalDate today;
    private List<Complaint> rows;
    private long openCount;
    private long agingCount;

    public void load() {
        if (programId == null) {
            throw new NotFoundException();
        }
        program = programs.forSecretariat(programId);
        today = program.getState().today(clock);
        rows = complaints.ofProgram(programId);
        openCount = rows.stream().filter(Complaint::isOpen).count();
        agingCount = rows.stream().filter(c -> c.isAging(today)).count();
    }

    public Long getProgramId() { return programId; }
    public void setProgramId(Long v) { this.programId = v; }
    public SocialProgram getProgram() { return program; }
    public LocalDate getToday() { return today; }
    public List<Complaint> getRows() { return rows; }
    public long getOpenCount() { return openCount; }
    public long getAgingCount() { return agingCount; }
    public int getAgingDays() { return Complaint.AGING_DAYS; }
}

package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cocrea.evaluation.ResultsService;

/**
 * The published evaluation result of a public commitment, for the small include on the public
 * commitment page: read once per request (the page's own bean stays as it is).
 */
@Named
@RequestScoped
public class CommitmentResults {

    @Inject
    private ResultsService results;

    private final Map<Long, Optional<ResultsService.CommitmentResult>> read = new HashMap<>();

    /** The commitment's published results, or null when it has none. */
    public ResultsService.CommitmentResult of(Long commitmentId) {
        if (commitmentId == null) {
            return null;
        }
        return read.computeIfAbsent(commitmentId, id -> Optional.ofNullable(results.ofCommitment(id))).orElse(null);
    }
}

package org.cocrea.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cocrea.dashboard.CommitmentSearch;
import org.cocrea.dashboard.SearchTerms;
import org.cocrea.shared.Paged;

/**
 * The public search of published commitments (/search?q=…&state=…&page=…, issue 14): a GET form and
 * GET links, so the page keeps no state and is served from the public page cache. Whatever is typed
 * is read by {@link SearchTerms}: operators and symbols are spaces, nothing reaches the database as
 * query syntax.
 */
@Named
@RequestScoped
public class SearchPage {

    @Inject
    private CommitmentSearch search;

    private String q;
    private Long state;
    private Integer page;
    private SearchTerms terms;
    private Paged<CommitmentSearch.Hit> hits;

    /** Called by f:viewAction. */
    public void load() {
        terms = SearchTerms.of(q);
        hits = search.search(terms, state, Paged.pageNumber(page));
    }

    /** Whether something was typed that holds no searchable word (only symbols or words under three letters). */
    public boolean isNothingToSearch() {
        return q != null && !q.isBlank() && terms.isEmpty();
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public Long getState() { return state; }
    public void setState(Long state) { this.state = state; }
    public Integer getPage() { return page; }
    public void setPage(Integer page) { this.page = page; }
    public SearchTerms getTerms() { return terms; }
    public Paged<CommitmentSearch.Hit> getHits() { return hits; }
}

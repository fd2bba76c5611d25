package org.cocrea.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.cocrea.transparency.AuditRun;
import org.cocrea.transparency.LogAuditor;
import org.cocrea.transparency.LogEntry;
import org.cocrea.transparency.PublishedKey;
import org.cocrea.transparency.SignedHead;
import org.cocrea.transparency.TransparencyLog;
import org.cocrea.transparency.tree.Hex;

/**
 * The transparency log's public endpoints (docs/transparency.md has every field): the latest
 * signed head, the heads, the entries, an entry with its inclusion proof, a consistency proof, the
 * public keys and the self-audit's latest result. Anonymous and read-only; hashes in lower-case hex.
 */
@Path("v1/transparency")
@Produces(MediaType.APPLICATION_JSON)
public class TransparencyResource {

    static final int MAX_PAGE = 1000;

    @Inject
    private TransparencyLog log;

    @Inject
    private LogAuditor auditor;

    @GET
    @Path("head")
    public JsonObject latestHead() {
        return head(log.latestHead()).build();
    }

    @GET
    @Path("heads")
    public JsonObject heads(@QueryParam("from") String from, @QueryParam("limit") String limit) {
        List<SignedHead> heads = log.heads(number("from", from, 0, 0), (int) number("limit", limit, 100, 1, MAX_PAGE));
        return page("heads", heads, TransparencyResource::head, SignedHead::getTreeSize);
    }

    @GET
    @Path("entries")
    public JsonObject entries(@QueryParam("from") String from, @QueryParam("limit") String limit) {
        List<LogEntry> entries = log.entries(number("from", from, 0, 0), (int) number("limit", limit, 100, 1, MAX_PAGE));
        return page("entries", entries, TransparencyResource::entry, LogEntry::getLeafIndex);
    }

    /** An entry with its inclusion proof in the tree of {@code treeSize} leaves (default: the latest head's). */
    @GET
    @Path("entries/{index}")
    public JsonObject entry(@PathParam("index") String index, @QueryParam("treeSize") String treeSize) {
        LogEntry entry = log.entry(number("index", index, 0, 0));
        long size = treeSize == null ? log.latestHead().getTreeSize() : number("treeSize", treeSize, 0, 1);
        return entry(entry)
                .add("treeSize", size)
                .add("inclusionProof", hashes(log.inclusionProof(entry.getLeafIndex(), size)))
                .build();
    }

    @GET
    @Path("consistency")
    public JsonObject consistency(@QueryParam("first") String first, @QueryParam("second") String second) {
        long from = number("first", first, -1, 1);
        long to = number("second", second, -1, 1);
        return Json.createObjectBuilder()
                .add("first", from)
                .add("second", to)
                .add("proof", hashes(log.consistencyProof(from, to)))
                .build();
    }

    @GET
    @Path("keys")
    public JsonObject keys() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (PublishedKey key : log.keys()) {
            array.add(Json.createObjectBuilder()
                    .add("keyId", key.getKeyId())
                    .add("algorithm", "Ed25519")
                    .add("publicKey", key.getPublicKey())
                    .add("firstUsed", key.getFirstUsed().toString()));
        }
        return Json.createObjectBuilder().add("keys", array).build();
    }

    /** The self-audit's latest result: whether the log, its heads and a sample of the evidence bytes held up. */
    @GET
    @Path("status")
    public JsonObject status() {
        JsonObjectBuilder status = Json.createObjectBuilder().add("treeSize", log.size());
        AuditRun last = auditor.latest();
        if (last == null) {
            return status.add("audited", false).build();
        }
        JsonArrayBuilder findings = Json.createArrayBuilder();
        last.findings().forEach(f -> findings.add(Json.createObjectBuilder()
                .add("code", f.code()).add("entry", f.entry()).add("detail", f.detail())));
        return status.add("audited", true)
                .add("ok", last.isOk())
                .add("auditedAt", last.getRanAt().toString())
                .add("auditedTreeSize", last.getTreeSize())
                .add("findings", findings)
                .build();
    }

    /** One page: {@code {"<key>":[…],"next":<position after the last>}} (no "next" on an empty page). */
    private static <T> JsonObject page(String key, List<T> items, Function<T, JsonObjectBuilder> json, ToLongFunction<T> position) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(item -> array.add(json.apply(item)));
        JsonObjectBuilder page = Json.createObjectBuilder().add(key, array);
        if (!items.isEmpty()) {
            page.add("next", position.applyAsLong(items.get(items.size() - 1)) + 1);
        }
        return page.build();
    }

    private static JsonObjectBuilder head(SignedHead head) {
        return head.toJson();
    }

    private static JsonObjectBuilder entry(LogEntry entry) {
        return Json.createObjectBuilder()
                .add("index", entry.getLeafIndex())
                .add("content", entry.getContent())
                .add("leafHash", entry.getLeafHash());
    }

    private static JsonArrayBuilder hashes(List<byte[]> hashes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        hashes.forEach(h -> array.add(Hex.of(h)));
        return array;
    }

    private static long number(String name, String value, long fallback, long min) {
        return number(name, value, fallback, min, Long.MAX_VALUE);
    }

    /** A whole number parameter in [min, max]; absent gives {@code fallback} (or a 400 when it is negative: required). */
    private static long number(String name, String value, long fallback, long min, long max) {
        if (value == null || value.isBlank()) {
            if (fallback < 0) {
                throw new ApiErrors.BadParameter(name);
            }
            return fallback;
        }
        try {
            long number = Long.parseLong(value.trim());
            if (number < min || number > max) {
                throw new ApiErrors.BadParameter(name);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new ApiErrors.BadParameter(name);
        }
    }
}

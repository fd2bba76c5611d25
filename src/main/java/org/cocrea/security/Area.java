package org.cocrea.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in areas of the site and who may open each: the one place that says so. The
 * container is told nothing of roles (web.xml constrains no area by role): under concurrent
 * requests Payara 6 now and then lost a signed-in caller's roles in its own check and answered 403
 * on a page of the caller's role (payara/Payara#6145, fixed only after 6.2025.10). The sign-in
 * mechanism sends an anonymous visitor of an area to /login, and {@link AreaGuard} admits a
 * signed-in one by the roles the session keeps ({@link SignedIn}). The services check role and
 * state again for every record.
 */
public enum Area {

    /** A state's change log: its secretariat, and the administrator, who chooses the state. */
    AUDIT(Set.of("/stl/audit", "/stl/audit.xhtml"), null, "SECRETARIAT", "INFORMATION_INSTITUTE", "PLATFORM_ADMIN"),
    PLATFORM_ADMINISTRATION(Set.of(), "/admin", "PLATFORM_ADMIN"),
    SECRETARIAT(Set.of(), "/stl", "SECRETARIAT", "INFORMATION_INSTITUTE"),
    RESPONSIBLE_ACTORS(Set.of(), "/actor", "RESPONSIBLE_ACTOR", "SECRETARIAT", "INFORMATION_INSTITUTE"),
    EVALUATORS(Set.of(), "/evaluation", "EVALUATOR"),
    /** One's own account: anyone signed in. */
    OWN_ACCOUNT(Set.of(), "/account");

    private final Set<String> exactPaths;
    private final String folder;
    private final Set<String> roles;

    Area(Set<String> exactPaths, String folder, String... roles) {
        this.exactPaths = exactPaths;
        this.folder = folder;
        this.roles = Set.of(roles);
    }

    /**
     * The area a path of this site lies in (the path as the container mapped it: servlet path plus
     * path info, decoded and normalized), exact paths before folders; empty for a public path.
     */
    public static Optional<Area> of(String path) {
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(area -> area.exactPaths.contains(path)).findFirst()
                .or(() -> Arrays.stream(values()).filter(area -> area.folder != null
                        && (path.equals(area.folder) || path.startsWith(area.folder + "/"))).findFirst());
    }

    /** Whether someone signed in with these roles may open this area (an empty role list: anyone signed in). */
    public boolean admits(Set<String> callerRoles) {
        return roles.isEmpty() || callerRoles.stream().anyMatch(roles::contains);
    }
}

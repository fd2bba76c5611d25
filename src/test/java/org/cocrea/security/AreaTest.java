package org.cocrea.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AreaTest {

    @Test
    void eachSignedInAreaAdmitsItsRolesOnly() {
        assertThat(Area.of("/stl/plans")).contains(Area.SECRETARIAT);
        assertThat(Area.SECRETARIAT.admits(Set.of("SECRETARIAT"))).isTrue();
        assertThat(Area.SECRETARIAT.admits(Set.of("INFORMATION_INSTITUTE"))).isTrue();
        assertThat(Area.SECRETARIAT.admits(Set.of("PLATFORM_ADMIN"))).isFalse();
        assertThat(Area.SECRETARIAT.admits(Set.of("RESPONSIBLE_ACTOR", "EVALUATOR"))).isFalse();
        assertThat(Area.of("/admin/states")).contains(Area.PLATFORM_ADMINISTRATION);
        assertThat(Area.PLATFORM_ADMINISTRATION.admits(Set.of("SECRETARIAT"))).isFalse();
        assertThat(Area.of("/actor/milestones")).contains(Area.RESPONSIBLE_ACTORS);
        assertThat(Area.RESPONSIBLE_ACTORS.admits(Set.of("SECRETARIAT"))).isTrue();
        assertThat(Area.RESPONSIBLE_ACTORS.admits(Set.of("EVALUATOR"))).isFalse();
        assertThat(Area.of("/evaluation/index.xhtml")).contains(Area.EVALUATORS);
        assertThat(Area.EVALUATORS.admits(Set.of("SECRETARIAT"))).isFalse();
    }

    @Test
    void theChangeLogIsTheAdministratorsTooAndOwnAccountsAnyoneSignedIn() {
        assertThat(Area.of("/stl/audit")).contains(Area.AUDIT);
        assertThat(Area.of("/stl/audit.xhtml")).contains(Area.AUDIT);
        assertThat(Area.AUDIT.admits(Set.of("PLATFORM_ADMIN"))).isTrue();
        assertThat(Area.AUDIT.admits(Set.of("RESPONSIBLE_ACTOR"))).isFalse();
        assertThat(Area.of("/stl/auditx")).contains(Area.SECRETARIAT);
        assertThat(Area.of("/account/password")).contains(Area.OWN_ACCOUNT);
        assertThat(Area.OWN_ACCOUNT.admits(Set.of("EVALUATOR"))).isTrue();
        assertThat(Area.OWN_ACCOUNT.admits(Set.of())).isTrue();
    }

    @Test
    void aFolderIsItsPathAndWhatLiesInsideNotANameThatBeginsAlike() {
        assertThat(Area.of("/stl")).contains(Area.SECRETARIAT);
        assertThat(Area.of("/stlx/plans")).isEmpty();
        assertThat(Area.of("/administration")).isEmpty();
        assertThat(Area.of("/plan")).isEmpty();
        assertThat(Area.of("/")).isEmpty();
        assertThat(Area.of(null)).isEmpty();
    }

    @Test
    void theContainerIsToldNoRoleOnlyTheAreasItNeverServes() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        assertThat(webXml).doesNotContain("<role-name>");
        assertThat(webXml).contains("<filter-class>org.cocrea.security.AreaGuard</filter-class>");
        assertThat(webXml.substring(webXml.indexOf("<filter-mapping>"))).as("AreaGuard's mapping comes first")
                .startsWith("<filter-mapping>\n    <filter-name>AreaGuard</filter-name>");
    }
}

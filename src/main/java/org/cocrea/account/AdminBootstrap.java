package org.cocrea.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cocrea.shared.DomainException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.cocrea.shared.Role;

/**
 * Creates the first platform administrator at start-up from MicroProfile Config
 * ({@code cocrea.admin.username}, {@code cocrea.admin.password}; optionally
 * {@code cocrea.admin.email}, {@code cocrea.admin.full-name}) when there is no platform
 * administrator yet. Does nothing otherwise; never logs the password.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    private AccountService accounts;

    @PostConstruct
    void createFirstAdmin() {
        Config config = ConfigProvider.getConfig();
        Optional<String> username = config.getOptionalValue("cocrea.admin.username", String.class)
                .map(u -> u.trim().toLowerCase(Locale.ROOT)).filter(u -> !u.isEmpty());
        Optional<String> password = config.getOptionalValue("cocrea.admin.password", String.class);
        if (username.isEmpty() || password.isEmpty() || accounts.anyAdminExists()) {
            return;
        }
        String email = config.getOptionalValue("cocrea.admin.email", String.class).orElse(username.get() + "@localhost");
        String fullName = config.getOptionalValue("cocrea.admin.full-name", String.class).orElse("Administración de la plataforma");
        try {
            accounts.createTrusted(new Account(username.get(), fullName, email, Role.PLATFORM_ADMIN, null, null, false),
                    password.get());
            LOG.info(() -> "Created the platform administrator '" + username.get() + "' from cocrea.admin.* settings");
        } catch (RuntimeException e) { // a password too short, an invalid user name or e-mail address
            LOG.log(Level.SEVERE, "The platform administrator ''{0}'' was NOT created: {1}",
                    new Object[] {username.get(), e instanceof DomainException d ? d.messageKey() : e.toString()});
        }
    }
}

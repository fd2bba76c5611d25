package org.cocrea.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Jakarta Security for the whole application: accounts and their role come from the database
 * (PBKDF2 hashes, see account.Passwords), and people sign in on our own page at /login
 * ({@link SignInMechanism}).
 * Deactivated accounts cannot sign in. Which URL needs which role is in web.xml; what each role
 * may do to which record is decided again in the services.
 */
@ApplicationScoped
@DeclareRoles({"PLATFORM_ADMIN", "SECRETARIAT", "INFORMATION_INSTITUTE", "RESPONSIBLE_ACTOR", "EVALUATOR"})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/cocrea",
        callerQuery = "select password_hash from account where username = ? and active = true",
        groupsQuery = "select role from account where username = ? and active = true",
        hashAlgorithm = Pbkdf2PasswordHash.class)
public class SecurityConfiguration {
}

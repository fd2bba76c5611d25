package org.cocrea.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.CDI;
import org.cocrea.shared.Caller;
import org.cocrea.shared.CurrentCaller;

/**
 * In-container tests act as a given account: this replaces only where the caller's name comes
 * from (Jakarta Security's principal in production). The account is still read from the
 * database, and every role and state rule in the services runs unchanged.
 *
 * <p>Who is acting lives in this request-scoped bean, not in a static field: Arquillian runs each
 * test method (with its {@code @BeforeEach}) in one request to the server, so every test starts as
 * the anonymous public and nothing one test did can leak into the next, whatever the order of the
 * classes sharing the suite's one server. The pages a test requests over HTTP run in requests of
 * their own, and see whoever signed in there, as in production.
 */
@Alternative
@Priority(100)
@RequestScoped
public class ActingCaller extends CurrentCaller {

    private boolean acting;
    private String username;

    /** From now on, in this test, services see this account; null means the anonymous public. */
    public static void actAs(String name) {
        CDI.current().select(ActingCaller.class).get().act(name);
    }

    public static void actAsPublic() {
        actAs(null);
    }

    void act(String name) {
        acting = true;
        username = name;
    }

    /** The account a test acts as; in a request no test acts in (a page a test requests over HTTP), the signed-in person. */
    @Override
    public Caller get() {
        if (!acting) {
            return super.get();
        }
        return username == null ? Caller.ANONYMOUS : byUsername(username);
    }
}

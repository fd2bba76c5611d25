package org.cocrea.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The public JSON API under {@code /api}: anonymous, read-only, versioned ({@code /api/v1/...}). */
@ApplicationPath("api")
public class ApiApplication extends Application {
}

package org.cocrea.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Our own resources ({@code css/cocrea.css}: no library) carry a hash of their content in their
 * address ({@code …/cocrea.css.xhtml?v=3f2a…}), so that {@link ResourceCaching} lets the browser keep
 * them a year without asking again, and a build that changes them changes their address. PrimeFaces'
 * resources already carry their version. Registered in faces-config.xml.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String name) {
        return versioned(super.createResource(name), null);
    }

    @Override
    public Resource createResource(String name, String library) {
        return versioned(super.createResource(name, library), library);
    }

    @Override
    public Resource createResource(String name, String library, String contentType) {
        return versioned(super.createResource(name, library, contentType), library);
    }

    private Resource versioned(Resource resource, String library) {
        if (resource == null || library != null) {
            return resource;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                String version = versions.computeIfAbsent(getResourceName(), name -> hashOf(getWrapped()));
                return withVersion(path, version);
            }
        };
    }

    /** The address with {@code v=version} added to its query. */
    static String withVersion(String path, String version) {
        return path + (path.contains("?") ? "&" : "?") + "v=" + version;
    }

    /** The first 12 hex digits of the SHA-256 of the resource's bytes. */
    static String hashOf(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return hashOf(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String hashOf(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.cocrea.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What CompressionFilter and ResourceCaching decide from headers alone; CompressionAndCachingIT sees them at work. */
class SlowNetworkFiltersTest {

    @Test
    void gzipWhenTheBrowserNamesItAndDoesNotRefuseIt() {
        assertTrue(CompressionFilter.acceptsGzip("gzip, deflate, br, zstd"));
        assertTrue(CompressionFilter.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
        assertTrue(CompressionFilter.acceptsGzip("gzip;q=0.01"));
        assertFalse(CompressionFilter.acceptsGzip(null));
        assertFalse(CompressionFilter.acceptsGzip("identity"));
        assertFalse(CompressionFilter.acceptsGzip("br, gzip;q=0"));
        assertFalse(CompressionFilter.acceptsGzip("gzip;q=0.000, identity"));
    }

    @Test
    void onlyTypesThatCompressWell() {
        assertTrue(CompressionFilter.compressible("text/html;charset=UTF-8"));
        assertTrue(CompressionFilter.compressible("text/css"));
        assertTrue(CompressionFilter.compressible("application/javascript"));
        assertTrue(CompressionFilter.compressible("text/javascript; charset=utf-8"));
        assertTrue(CompressionFilter.compressible("application/json"));
        assertTrue(CompressionFilter.compressible("IMAGE/SVG+XML"));
        assertTrue(CompressionFilter.compressible("text/xml;charset=UTF-8"));
        assertFalse(CompressionFilter.compressible(null));
        assertFalse(CompressionFilter.compressible("image/png"));
        assertFalse(CompressionFilter.compressible("application/pdf"));
        assertFalse(CompressionFilter.compressible("font/woff2"));
        assertFalse(CompressionFilter.compressible("application/zip"));
    }

    @Test
    void aYearOnlyForAddressesThatCarryTheirVersion() {
        assertTrue(ResourceCaching.versioned("ln=primefaces&v=15.0.13"));
        assertTrue(ResourceCaching.versioned("v=1"));
        assertFalse(ResourceCaching.versioned(null));
        assertFalse(ResourceCaching.versioned("ln=primefaces"));
        assertFalse(ResourceCaching.versioned("ln=primefaces&v="));
        assertFalse(ResourceCaching.versioned("lv=3"));
    }
}

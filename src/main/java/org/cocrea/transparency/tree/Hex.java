package org.cocrea.transparency.tree;

import java.util.HexFormat;

/** Lower-case hexadecimal, as every hash in the log is written. */
public final class Hex {

    private static final HexFormat HEX = HexFormat.of();

    private Hex() {
    }

    public static String of(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** The bytes of a hexadecimal string; {@link IllegalArgumentException} if it is not one. */
    public static byte[] parse(String hex) {
        return HEX.parseHex(hex);
    }
}

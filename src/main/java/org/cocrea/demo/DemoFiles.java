package org.cocrea.demo;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** Tiny but valid evidence files for the demo, generated in code: a one-page PDF, a CSV, a PNG chart. */
final class DemoFiles {

    private DemoFiles() {
    }

    // ---------------------------------------------------------------------------------------------
    // PDF

    /**
     * A one-page PDF 1.4 with a title and lines of text in Helvetica (WinAnsi encoding, so
     * Spanish accents show; other characters become '?').
     */
    static byte[] pdf(String title, List<String> lines) {
        StringBuilder text = new StringBuilder("BT\n/F1 15 Tf\n72 740 Td\n18 TL\n(")
                .append(pdfString(title)).append(") Tj\n/F1 11 Tf\n14 TL\nT*\n");
        for (String line : lines) {
            for (String part : wrap(line, 88)) {
                text.append("T* (").append(pdfString(part)).append(") Tj\n");
            }
        }
        text.append("T* T* /F1 8 Tf (")
                .append(pdfString("Documento generado para la demostración de Cocrea: datos ilustrativos, no oficiales."))
                .append(") Tj\nET\n");
        byte[] stream = text.toString().getBytes(StandardCharsets.ISO_8859_1);

        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                    + "/Resources << /Font << /F1 5 0 R >> >> >>",
            null, // the content stream, below
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] offsets = new int[objects.length];
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = out.size();
            write(out, (i + 1) + " 0 obj\n");
            if (objects[i] == null) {
                write(out, "<< /Length " + stream.length + " >>\nstream\n");
                out.writeBytes(stream);
                write(out, "endstream");
            } else {
                write(out, objects[i]);
            }
            write(out, "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    /** Breaks a line at spaces so that no part is longer than {@code width} characters (unless a word is). */
    static List<String> wrap(String line, int width) {
        List<String> parts = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                parts.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() > 0 ? " " : "").append(word);
        }
        parts.add(current.toString());
        return parts;
    }

    /** A PDF literal string body: Latin-1 only, with (, ) and \ escaped. */
    private static String pdfString(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '(', ')', '\\' -> out.append('\\').append(c);
                case '\u2013', '\u2014' -> out.append('-');
                case '\u201c', '\u201d' -> out.append('"');
                default -> out.append(c >= 0x20 && c <= 0xff && (c < 0x7f || c >= 0xa0) ? c : '?');
            }
        }
        return out.toString();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    // ---------------------------------------------------------------------------------------------
    // CSV

    /** UTF-8 text: the header and the rows, one a line. */
    static byte[] csv(String header, List<String> rows) {
        StringBuilder text = new StringBuilder(header).append("\r\n");
        rows.forEach(row -> text.append(row).append("\r\n"));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A CSV field, quoted when it holds a comma, a quote or a line break. */
    static String csvField(String value) {
        if (value == null) {
            return "";
        }
        return value.matches("(?s).*[,\"\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    // ---------------------------------------------------------------------------------------------
    // PNG

    static final int PNG_WIDTH = 240;
    static final int PNG_HEIGHT = 120;

    /** Charts already drawn (the same few, whenever the demo is built). */
    private static final Map<String, byte[]> CHARTS = new ConcurrentHashMap<>();

    /** An RGB bar chart, one bar per value (0–100 % of the height), on a light background with a base line. */
    static byte[] barChartPng(int[] bars) {
        if (bars == null || bars.length == 0) {
            throw new IllegalArgumentException("a chart needs bars");
        }
        return CHARTS.computeIfAbsent(Arrays.toString(bars), key -> drawChart(bars)).clone();
    }

    private static byte[] drawChart(int[] bars) {
        int w = PNG_WIDTH;
        int h = PNG_HEIGHT;
        int base = h - 10;
        int slot = Math.max((w - 20) / bars.length, 1);
        int[] columnTop = new int[w]; // the first row of the bar in each column; base when there is none
        int[] columnColor = new int[w];
        for (int x = 0; x < w; x++) {
            int bar = (x - 10) / slot;
            int within = (x - 10) % slot;
            columnTop[x] = base;
            if (x >= 10 && bar < bars.length && within >= slot / 5 && within < slot - slot / 5) {
                columnTop[x] = base - Math.max(0, Math.min(100, bars[bar])) * (h - 20) / 100;
                columnColor[x] = bar % 2 == 0 ? 0x006D77 : 0xE76F51;
            }
        }
        byte[] raw = new byte[h * (1 + 3 * w)];
        for (int y = 0; y < h; y++) {
            int row = y * (1 + 3 * w); // raw[row] = 0: no filter
            for (int x = 0; x < w; x++) {
                int rgb = y == base ? 0x5A5A5A : y < base && y >= columnTop[x] ? columnColor[x] : 0xF8F6F0;
                raw[row + 1 + 3 * x] = (byte) (rgb >> 16);
                raw[row + 2 + 3 * x] = (byte) (rgb >> 8);
                raw[row + 3 + 3 * x] = (byte) rgb;
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream ihdr = new DataOutputStream(header);
            ihdr.writeInt(w);
            ihdr.writeInt(h);
            ihdr.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, RGB, deflate, no filter, no interlace
            chunk(out, "IHDR", header.toByteArray());
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, new Deflater(Deflater.DEFAULT_COMPRESSION))) {
                z.write(raw);
            }
            chunk(out, "IDAT", compressed.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(typeBytes);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}

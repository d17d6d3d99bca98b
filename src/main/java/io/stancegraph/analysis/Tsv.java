package io.stancegraph.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Rows of a bundled tab-separated data file: blank lines and lines starting with '#' left out. */
final class Tsv {

    private Tsv() {
    }

    /** The rows of {@code resource} with exactly {@code columns} columns. */
    static List<String[]> rows(String resource, int columns) {
        try (InputStream in = Tsv.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            List<String[]> out = new ArrayList<>();
            for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cols = row.strip().split("\t");
                if (cols.length == columns && !row.startsWith("#")) {
                    out.add(cols);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.stancegraph.ingest;

import java.util.List;

/**
 * Outcome of loading a directory of documents.
 *
 * @param loaded  files stored as new articles
 * @param already files whose content was already stored
 * @param skipped files that could not be read, with the reason
 */
public record LoadReport(List<String> loaded, List<String> already, List<Skipped> skipped, long millis) {

    /** A file that was logged and skipped. */
    public record Skipped(String file, String reason) {
    }
}

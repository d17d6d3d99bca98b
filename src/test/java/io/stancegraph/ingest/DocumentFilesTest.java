package io.stancegraph.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which files of a folder a load reads: every format the reader knows, nothing else. */
class DocumentFilesTest {

    @Test
    void aFolderLoadReadsEveryFormatTheReaderKnows() {
        for (String name : new String[] {"brief.txt", "export.md", "newsletter.eml", "page.HTML", "page.htm", "item.xml", "item.rss", "entry.atom"}) {
            assertTrue(SeedLoader.isDocument(Path.of(name)), name);
        }
    }

    @Test
    void aFolderLoadSkipsFilesThatHoldNoArticle() {
        for (String name : new String[] {"photo.jpg", "notes.json", "archive.zip", "README"}) {
            assertFalse(SeedLoader.isDocument(Path.of(name)), name);
        }
    }
}

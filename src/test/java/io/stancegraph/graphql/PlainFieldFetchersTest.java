package io.stancegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import io.stancegraph.analysis.Position;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.junit.jupiter.api.Test;

/** Plain fields are read from their getters; anything the engine's own fetcher might convert is left to it. */
class PlainFieldFetchersTest {

    /** A value type of the API's package, written for this test. */
    public static class Sample {
        public String getQuote() {
            return "Ministers said the talks would resume in spring.";
        }

        public boolean isSigned() {
            return true;
        }

        public Position getPosition() {
            return Position.CONCERNED;
        }

        public LocalDate getDay() {
            return LocalDate.of(2026, 3, 1);
        }

        public List<String> getSpeakers() {
            return List.of("the foreign minister");
        }

        @Ignore
        public String getHidden() {
            return "not in the schema";
        }

        @Name("headline")
        public String getTitle() {
            return "Talks to resume";
        }
    }

    private static final DataFetcher<Object> ORIGINAL = environment -> "from the original fetcher";

    private static Object fetch(String field, Object source) throws Exception {
        DataFetchingEnvironment environment = DataFetchingEnvironmentImpl.newDataFetchingEnvironment().source(source).build();
        return new PlainFieldFetchers.Getter(field, ORIGINAL).get(environment);
    }

    @Test
    void stringBooleanEnumAndListFieldsAreReadFromTheirGetters() throws Exception {
        assertEquals("Ministers said the talks would resume in spring.", fetch("quote", new Sample()));
        assertEquals(true, fetch("signed", new Sample()));
        assertEquals(Position.CONCERNED, fetch("position", new Sample()));
        assertEquals(List.of("the foreign minister"), fetch("speakers", new Sample()));
    }

    @Test
    void aDateFieldIsLeftToTheOriginalFetcher() throws Exception {
        assertEquals("from the original fetcher", fetch("day", new Sample()));
    }

    @Test
    void ignoredRenamedAndMissingGettersAreLeftToTheOriginalFetcher() throws Exception {
        assertEquals("from the original fetcher", fetch("hidden", new Sample()));
        assertEquals("from the original fetcher", fetch("title", new Sample()));
        assertEquals("from the original fetcher", fetch("nothing", new Sample()));
    }

    @Test
    void aValueOfAnotherPackageIsLeftToTheOriginalFetcher() throws Exception {
        assertEquals("from the original fetcher", fetch("class", "a string is no API type"));
    }

    @Test
    void onlyTypesPassedThroughUnchangedArePlain() throws Exception {
        assertTrue(PlainFieldFetchers.plain(String.class));
        assertTrue(PlainFieldFetchers.plain(int.class));
        assertTrue(PlainFieldFetchers.plain(Position.class));
        assertTrue(PlainFieldFetchers.plain(Sample.class.getMethod("getSpeakers").getGenericReturnType()));
        assertFalse(PlainFieldFetchers.plain(LocalDate.class));
        assertFalse(PlainFieldFetchers.plain(Map.class));
        assertFalse(PlainFieldFetchers.plain(float.class));
        assertFalse(PlainFieldFetchers.plain(String[].class));
    }
}

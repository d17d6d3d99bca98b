package io.stancegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled public-figures file is well formed and never makes one name speak for two countries. */
class PeopleDataTest {

    private static final Gazetteer G = Gazetteer.load();

    private static List<String[]> rows() throws Exception {
        List<String[]> out = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                PeopleDataTest.class.getClassLoader().getResourceAsStream("gazetteer/people.tsv"), StandardCharsets.UTF_8))) {
            for (String line : in.lines().toList()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
        }
        return out;
    }

    @Test
    void everyPersonHoldsAnOfficeOfAKnownCountryInYearsThatMakeSense() throws Exception {
        for (String[] row : rows()) {
            String who = String.join(" | ", row);
            assertTrue(row.length == 4 || row.length == 6, "name, country, role, aliases[, from, to]: " + who);
            assertTrue(G.country(row[1]).isPresent(), "unknown country code: " + who);
            assertTrue(!row[2].isBlank(), "no office: " + who);
            if (row.length == 6) {
                int from = Integer.parseInt(row[4]);
                assertTrue(from > 1900 && from <= 2026, who);
                assertTrue(row[5].isEmpty() || Integer.parseInt(row[5]) >= from, who);
            }
        }
    }

    @Test
    void noNameOrAliasSpeaksForTwoCountriesOrIsACountryName() throws Exception {
        Map<String, String> country = new HashMap<>();
        for (String[] row : rows()) {
            List<String> names = new ArrayList<>(List.of(row[0]));
            for (String alias : row[3].split("\\|")) {
                if (!alias.isBlank()) {
                    names.add(alias.strip().replace("~", ""));
                }
            }
            for (String name : names) {
                String before = country.putIfAbsent(name, row[1]);
                assertTrue(before == null || before.equals(row[1]), name + " speaks for " + before + " and " + row[1]);
                assertTrue(G.resolveCountry(name).isEmpty(), name + " is also a country's name");
            }
        }
    }

    @Test
    void aPersonIsFoundByFullNameAndByAlias() {
        assertEquals("RS", G.person("Aleksandar Vučić").orElseThrow().countryCode());
        assertEquals("RS", G.person("Vucic").orElseThrow().countryCode());
        assertEquals("VA", G.person("Pope Leo").orElseThrow().countryCode());
        assertTrue(G.person("Francis").isEmpty(), "a given name alone is nobody");
    }
}

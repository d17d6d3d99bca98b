package io.stancegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganisationsTest {

    private static final Organisations O = Organisations.load();

    @Test
    void theLongestNameWins() {
        List<CountryMention> m = O.mentions("The UN Security Council met after the UN envoy spoke.");
        assertEquals(List.of("un-security-council", "un"), m.stream().map(CountryMention::code).toList());
        assertEquals("UN Security Council", m.get(0).surface());
    }

    @Test
    void namesMatchAsWholeWordsAndInTheirCase() {
        assertTrue(O.mentions("The union of states met.").isEmpty());
        assertTrue(O.mentions("Who said the UNESCO report was late?").isEmpty());
        assertEquals(List.of("eu"), O.mentions("The EU said so.").stream().map(CountryMention::code).toList());
    }

    @Test
    void anOrganisationIsFoundByCodeNameOrAlias() {
        assertEquals("african-union", O.find("African Union").orElseThrow().code());
        assertEquals("eu", O.find("european union").orElseThrow().code());
        assertEquals("eu", O.find("EU").orElseThrow().code());
        assertFalse(O.find("France").isPresent());
    }

    @Test
    void noCodeIsACountryCodeAndNoNameIsACountrysName() {
        Gazetteer g = Gazetteer.load();
        Set<String> seen = new HashSet<>();
        for (Organisations.Entry e : O.all()) {
            assertTrue(Organisations.isOrganisationCode(e.code()), e.code());
            assertTrue(g.country(e.code().toUpperCase(Locale.ROOT)).isEmpty() || e.code().length() > 2, e.code());
            assertTrue(seen.add(e.code()), "duplicate " + e.code());
            for (String name : e.aliases()) {
                assertTrue(g.resolveCountry(name).isEmpty(), name + " names a country");
            }
        }
    }
}

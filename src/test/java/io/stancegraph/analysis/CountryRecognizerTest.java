package io.stancegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountryRecognizerTest {

    private static final Gazetteer G = Gazetteer.load();
    private final CountryRecognizer recognizer = new CountryRecognizer();

    private List<String> codes(String text) {
        return recognizer.recognize(text, G.scan(text)).stream().map(CountryMention::code).toList();
    }

    @Test
    void theSeatOfTheInternationalCourtsIsNoMentionOfItsState() {
        assertEquals(List.of("PE", "CL"), codes("Peru filed its case against Chile at the court in The Hague."));
        assertEquals(List.of("NL"), codes("The Dutch government said it would respond."), "the state by its own names still counts");
    }

    @Test
    void anAmbiguousDemonymListedWithAnotherStateNamesItsState() {
        assertEquals(List.of("HU", "PL"), codes("EU to discuss Hungarian, Polish bans on fish imports"));
        assertEquals(List.of("PL", "HU"), codes("The Polish and Hungarian governments banned the imports."));
        assertEquals(List.of(), codes("Polish the brass before the summit."), "a verb opening the sentence");
    }

    @Test
    void aLanguagesNameIsNoMentionOfTheState() {
        assertEquals(List.of("PE"), codes("Peru's minister wrote on X in Quechua and Spanish: the pact stands."));
        assertEquals(List.of("CL"), codes("Chile's envoy spoke in French."));
        assertEquals(List.of("PE"), codes("A Spanish-language daily said Peru would sign."));
        assertEquals(List.of("ES", "PE"), codes("The Spanish government said it would back Peru."));
        assertEquals(List.of("ES"), codes("The vessel was seized in Spanish waters."), "a demonym before a noun after \"in\" names the state");
    }

    @Test
    void aCityThatOpensTheTextBeforeADashIsWhereItWasFiledNoMention() {
        assertEquals(List.of("CL", "BO"), codes("Montevideo — Chile's junta has ordered police to expel Bolivia's envoy."));
        assertEquals(List.of("CL"), codes("Montevideo (Example Wire) - Chile's junta has ordered the envoy out."));
        assertEquals(List.of("CL"), codes("Montevideo, May 1 (Example Wire) -- Chile's junta has ordered the envoy out."), "also after the day");
        assertEquals(List.of("PE", "CL"), codes("Peru — Chile's junta has ordered police to expel the envoy."), "a state's name opening a round-up's paragraph");
    }

    @Test
    void namesCodesAndShortForms() {
        assertEquals(List.of("US", "AE", "GB", "KZ"), codes("The U.S. and the UAE joined the UK in welcoming Kazakhstan."));
        assertEquals(List.of("US"), codes("A US-brokered pact."));
        assertEquals(List.of("TT"), codes("T&T's minister spoke, while AT&T shares rose."), "an ampersand short form, whole words only");
        assertEquals(List.of("NE", "ML"), codes("The governments of Niger Republic and Mali replied."), "the name in West African usage");
    }

    @Test
    void aBodyOfWaterNamedAfterACountryIsNoMentionOfIt() {
        assertEquals(List.of("PE"), codes("Peru sent ships to the Gulf of Guinea and the South China Sea."));
        assertEquals(List.of("PE"), codes("Peru funds dams on the Niger River and farms in the Jordan Valley."));
        assertEquals(List.of("CL", "JP"), codes("Chile and Japan fish in the Sea of Japan."));
    }

    @Test
    void brusselsNamesTheEuropeanUnionsInstitutionsNotBelgium() {
        assertEquals(List.of("GE"), codes("Georgia hit back at Brussels over the visa decision, talks in Brussels aside."));
        assertEquals(List.of("BE", "BE"), codes("Belgium said the Belgian government would abstain."));
    }

    @Test
    void anOutletNamedAfterADemonymIsTheDemonymBeforeAnOfficeOfTheState() {
        assertEquals(List.of("AU"), codes("The Australian government said it was deeply disappointed."));
        assertEquals(List.of(), codes("The Australian reported that the harbour deal was signed."));
    }

    @Test
    void anAmbiguousDemonymBeforeATitleOrAnOfficeNamesTheState() {
        assertEquals(List.of("PL"), codes("Polish Prime Minister Jan Nowak said the ban would stay."));
        assertEquals(List.of("IN"), codes("The talks were hosted by Indian External Affairs Minister Ravi Example."));
        assertEquals(List.of("GE"), codes("A Georgian Foreign Ministry statement rejected the claim."));
        assertEquals(List.of(), codes("Polish the silver before the guests arrive."), "a verb that opens a sentence");
        assertEquals(List.of(), codes("Chad Example said the match was over."), "a first name before a surname");
    }

    @Test
    void anAmbiguousNameWithAVetoCountsAtTheStartOfAText() {
        assertEquals(List.of("NE"), codes("Niger announced its withdrawal from the bloc."));
        assertEquals(List.of(), codes("Boats sailed down the Niger River."));
    }

    @Test
    void demonymsCountForTheirCountry() {
        assertEquals(List.of("KZ", "IL", "AE", "KZ"), codes("Kazakh and Israeli officials met Emirati envoys and Kazakhstani bankers."));
    }

    @Test
    void capitalsAndSeatsOfGovernmentAreMetonyms() {
        assertEquals(List.of("KZ", "RU", "US", "IL", "CN", "IR", "RU", "US"),
                codes("Astana told Moscow and Washington, while Tel Aviv, Beijing and Tehran watched; the Kremlin and the White House said nothing."));
    }

    @Test
    void regionsAreNotCountries() {
        assertEquals(List.of(), codes("Central Asia, the Gulf states, the Middle East and Southeast Asia are regions."));
    }

    @Test
    void lowercaseWordsAreNotCountryCodes() {
        assertEquals(List.of(), codes("Let us see what happens to china plates."));
    }

    @Test
    void georgiaTheUsStateIsNotTheCountry() {
        assertEquals(List.of(), codes("Voters in Atlanta, Georgia went to the polls."));
        assertEquals(List.of(), codes("The state of Georgia passed a law."));
        assertEquals(List.of("GE", "GE", "AM"), codes("Tbilisi said Georgia and Armenia agreed."));
    }

    @Test
    void firstNamesAreNotCountries() {
        assertEquals(List.of(), codes("Analyst Jordan Peterson and coach Chad Johnson spoke."));
        assertEquals(List.of(), codes("Basketball star Michael Jordan retired."));
        assertEquals(List.of("JO", "EG"), codes("King Abdullah of Jordan met Egyptian leaders."));
    }

    @Test
    void inATitleCaseHeadlineTheCapitalAfterANameIsNoSurname() {
        assertEquals(List.of("TD", "FR"), codes("Chad Expels French Ambassador"));
        assertEquals(List.of("JO"), codes("Jordan Hosts Regional Water Summit in the Capital"));
        assertEquals(List.of(), codes("Basketball Star Michael Jordan Retires"), "a capitalised first name before still makes a person");
        assertEquals(List.of(), codes("Coach Chad Johnson spoke to the team after the game."), "in prose the capital after the name counts");
    }

    @Test
    void turkeyTheBirdIsNotTheCountry() {
        assertEquals(List.of(), codes("They ate roast Turkey and Turkey sandwiches."));
        assertEquals(List.of("TR", "GR"), codes("Turkey and Greece talked."));
    }

    @Test
    void washingtonTheStateOrNewspaperIsNotTheGovernment() {
        assertEquals(List.of(), codes("Seattle, Washington state officials and The Washington Post disagreed."));
        assertEquals(List.of("US"), codes("Washington hopes to strengthen relations."));
    }

    @Test
    void latinAmericaIsNotTheUnitedStates() {
        assertEquals(List.of("BR"), codes("Latin America watched Brazil; South American leaders met."));
    }

    @Test
    void outletNamesThatContainACountryAreNotMentions() {
        assertEquals(List.of(), codes("The Times of Israel and the Tehran Times reported it."));
    }

    @Test
    void ambiguousDemonymCountsOnlyWhenTheCountryIsNamed() {
        assertEquals(List.of(), codes("Indians celebrated Diwali."));
        assertEquals(List.of("IN", "IN"), codes("India said Indians abroad are safe."));
    }

    @Test
    void everyIsoCountryIsInTheGazetteer() {
        assertEquals(250, G.countries().size(), "the ISO codes and Kosovo's user-assigned XK");
        assertEquals("XK", G.resolveCountry("Pristina").orElseThrow());
        assertEquals("KZ", G.resolveCountry("Astana").orElseThrow());
        assertEquals("KZ", G.resolveCountry("kz").orElseThrow());
        assertEquals("RU", G.resolveCountry("the Kremlin").orElseThrow());
    }

    @Test
    void aDocumentNamedAfterACityIsNoMentionOfItsCountry() {
        Gazetteer g = Gazetteer.load();
        String text = "Leaders defended the Paris climate agreement and the Minsk accords, then flew to Paris.";
        List<CountryMention> m = new CountryRecognizer().recognize(text, g.scan(text));
        assertEquals(1, m.stream().filter(c -> c.code().equals("FR")).count(), "only the trip to Paris names France");
        assertTrue(m.stream().noneMatch(c -> c.code().equals("BY")));
        String forum = "The Lima Group and the Paris Club met in Lima.";
        assertEquals(List.of("PE"), new CountryRecognizer().recognize(forum, g.scan(forum)).stream().map(CountryMention::code).toList(),
                "a forum named after a city is no mention of its country");
        String statute = "Chile left the Lima Statute and the Quito memorandum.";
        assertTrue(new CountryRecognizer().recognize(statute, g.scan(statute)).stream().noneMatch(c -> c.code().equals("PE") || c.code().equals("EC")),
                "a statute or memorandum named after a city is no mention of its country");
        String plural = "Envoys are protected under the Lima treaties and the Quito pacts.";
        assertTrue(new CountryRecognizer().recognize(plural, g.scan(plural)).isEmpty(), "documents named after a city, in the plural");
        String acting = "The White House welcomed the deal.";
        assertEquals("US", new CountryRecognizer().recognize(acting, g.scan(acting)).get(0).code(), "a seat of government that acts");
    }

    @Test
    void anOrganisationNamedAfterAStateIsNoMentionOfIt() {
        Gazetteer g = Gazetteer.load();
        String text = "The South African Development Community met as Russian Foreign Ministry officials watched.";
        List<CountryMention> m = new CountryRecognizer().recognize(text, g.scan(text));
        assertEquals(List.of("RU"), m.stream().map(CountryMention::code).toList());
    }

    @Test
    void aCountrysNameInCapitalsIsAMentionButNotAsADatelinesCountryAfterItsCity() {
        assertEquals(List.of("IS"), codes("Intro.\n\nICELAND — The fisheries ministry said it had noted the decision."));
        assertEquals(List.of(), codes("LIMA, PERU — Europeans this week were surprised."));
    }
}

package io.stancegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    private final DocumentReader reader = new DocumentReader();

    private ParsedDocument text(String s) throws UnreadableDocumentException {
        return reader.read("a.txt", s);
    }

    @Test
    void aLeadOpenedByADatelineIsNoHeadline() throws UnreadableDocumentException {
        ParsedDocument d = text(" date 2026-03-03 LIMA: Peru´s Foreign Minister Ana Ruiz said on Tuesday that her country has severed diplomatic "
                + "relations with Chile due to its \"hostile acts\".\n\n\"Peru has decided to cut diplomatic relations with Chile from today,\" "
                + "Tuesday, the minister Ana Ruiz announced during a press conference. Ruiz accused Chile of financing armed groups to harm "
                + "Peru and of hostile acts against her country, which has severed diplomatic relations.");
        assertNull(d.title(), d.title());
        assertTrue(d.paragraphs().get(0).startsWith("LIMA: Peru"), d.paragraphs().toString());
    }

    @Test
    void aStateBodyNamedAfterTheHeadlineInTheTitlePublishesItsOwnPage() throws UnreadableDocumentException {
        String html = """
                <html><head><title>Togo - Statement by the Spokesperson - Ministry of Foreign Affairs and Cooperation</title></head>
                <body><h1>Togo - Statement by the Spokesperson</h1>
                <p>Ghana takes note of the decision announced by the authorities of Togo about the border crossings.</p>
                <p>Ghana calls for dialogue between the two governments and stands ready to help.</p></body></html>
                """;
        ParsedDocument d = reader.read("togo.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals("Ministry of Foreign Affairs and Cooperation", d.publisher());
        assertEquals("Togo - Statement by the Spokesperson", d.title());
    }

    @Test
    void aLongHeadlineEndingInAQuotedPhraseIsTheTitle() throws Exception {
        ParsedDocument d = text("""
                Peru urges Chile to review its decision to cut ties, calls the fisheries law a ‘sovereign matter’

                Peru on Thursday said that it regrets the decision taken by Chile on Wednesday and urged its neighbour to review the steps taken.
                """);
        assertEquals("Peru urges Chile to review its decision to cut ties, calls the fisheries law a ‘sovereign matter’", d.title());
        assertEquals(1, d.paragraphs().size());
        ParsedDocument prose = text("""
                Peru on Thursday said that the new fisheries law of its neighbour was “a matter for Chile alone.”

                Chile's minister spoke to reporters in Santiago on Friday about the law and its effects on the fleet.
                """);
        assertEquals(2, prose.paragraphs().size(), "a sentence closed inside its quotation marks is text");
    }

    @Test
    void firstLineHeadlineBecomesTitleAndItsRepeatIsDropped() throws Exception {
        ParsedDocument d = text("""
                Why Mongolia courts Tokyo
                
                Why Mongolia courts Tokyo
                
                Mongolia has signed a new partnership with Japan, its officials said on Monday, in a move that surprised Beijing and Moscow alike.
                """);
        assertEquals("Why Mongolia courts Tokyo", d.title());
        assertEquals(1, d.paragraphs().size());
    }

    @Test
    void relativeTimestampsAndSaveControlsAreFurniture() throws Exception {
        List<String> prose = List.of("Chile said on Tuesday it would sign the lithium agreement with South Korea next month.",
                "\"This is a good deal,\" Chile's mining minister said.", "Peru said it was studying the terms.");
        ParsedDocument d = text("Menu\nSign in\nHome / World / Americas\nChile to sign lithium pact with Seoul\n"
                + "Seoul hopes the deal will \"secure supplies\" for its battery makers\nBy Ana Example and Luis Example\nUpdated 6 hours ago\n"
                + "Share\nSave\nPhoto: Example Agency\n" + prose.get(0) + "\n" + prose.get(1) + "\nUpdated 2 hours ago\n" + prose.get(2) + "\n");
        assertEquals(prose, d.paragraphs());
    }

    @Test
    void aLineOfMetadataFieldsGivesDateAndBylineAndIsNotText() throws Exception {
        String prose = "Chile said on Tuesday it would sign the lithium agreement with South Korea next month.";
        ParsedDocument dotted = text("Chile to sign lithium pact with Seoul\n07.04.2026 · 5 min read\n" + prose + "\n");
        assertEquals(LocalDate.of(2026, 4, 7), dotted.publishedOn());
        assertEquals(List.of(prose), dotted.paragraphs());
        ParsedDocument piped = text("Chile to sign lithium pact with Seoul\nBy Ana Example | 2 min read | 7 April 2026\n" + prose + "\n");
        assertEquals("Ana Example", piped.byline());
        assertNull(piped.publisher(), "a byline is no outlet");
        assertEquals(LocalDate.of(2026, 4, 7), piped.publishedOn());
        ParsedDocument page = reader.read("a.html", "<html><body><article><h1>Chile to sign lithium pact with Seoul</h1>"
                + "<p>07.04.2026 · 5 min read</p><p>" + prose + "</p></article></body></html>");
        assertEquals(LocalDate.of(2026, 4, 7), page.publishedOn());
        assertEquals(List.of(prose), page.paragraphs());
        ParsedDocument named = reader.read("a.html", "<html><body><article><h1>Chile to sign lithium pact with Seoul</h1>"
                + "<p>Ana Example · 7 April 2026 · 5 min read</p><p>" + prose + "</p></article></body></html>");
        assertEquals(List.of(prose), named.paragraphs(), "a name without 'By' in a meta line");
        assertEquals("Ana Example", named.byline());
        assertEquals(LocalDate.of(2026, 4, 7), named.publishedOn());
        assertEquals(List.of("Chile · Peru", prose), reader.read("a.html", "<html><body><article><h1>Chile to sign lithium pact with Seoul</h1>"
                + "<p>Chile · Peru</p><p>" + prose + "</p></article></body></html>").paragraphs(), "names alone are no meta line");
    }

    @Test
    void aDateMarkerBeforeTheTextGivesTheDateAndLeavesTheText() throws Exception {
        ParsedDocument d = text(" date 2024-03-05 Chile said on Tuesday it would sign the lithium agreement with South Korea next month.");
        assertEquals(LocalDate.of(2024, 3, 5), d.publishedOn());
        assertTrue(d.paragraphs().get(0).startsWith("Chile said"), d.paragraphs().get(0));
        ParsedDocument month = text(" date 2024-03 Chile said on Tuesday it would sign the lithium agreement with South Korea next month.");
        assertNull(month.publishedOn(), "a month is no publication date");
        assertTrue(month.paragraphs().get(0).startsWith("Chile said"), month.paragraphs().get(0));
    }

    @Test
    void aLineThatIsOnlyThePagesAddressIsNeitherTitleNorText() throws Exception {
        ParsedDocument d = text(" date 2024-03-05 https://example.org/2024/03/05/chile-signs-lithium-pact\n\nChile Signs Lithium Pact With Korea\n\n"
                + "Chile said on Tuesday it would sign the lithium agreement with South Korea next month.");
        assertEquals("Chile Signs Lithium Pact With Korea", d.title());
        assertTrue(d.paragraphs().stream().noneMatch(p -> p.contains("https://")), d.paragraphs().toString());
        assertTrue(Furniture.isFurniture("www.example.org/news"));
    }

    @Test
    void aBylineWithItsDateAfterACommaGivesBoth() throws Exception {
        String prose = "Chile said on Tuesday it would sign the lithium agreement with South Korea next month.";
        ParsedDocument d = text("Chile to sign lithium pact with Seoul\n\nBy Ana Example and Juan Example, 7 April 2026\n\n" + prose + "\n");
        assertEquals("Ana Example and Juan Example", d.byline());
        assertEquals(LocalDate.of(2026, 4, 7), d.publishedOn());
        assertEquals(List.of(prose), d.paragraphs());
    }

    @Test
    void aTickersHeadlinesUnderItsLabelGoAndALabelOverTheHeadlineAloneStays() throws Exception {
        String prose = "Chile said on Tuesday it would sign the lithium agreement with South Korea next month.";
        ParsedDocument d = text("BREAKING\nFloods close the coastal road near Arica.\nCouncil adopts budget for the ports\n"
                + "Minister opens new school in Lima\n\nChile to sign lithium pact with Seoul\n\n" + prose + "\n");
        assertEquals(List.of(prose), d.paragraphs(), "the ticker's headlines are no text");
        assertEquals("Chile to sign lithium pact with Seoul", d.title());
        d = text("BREAKING\nChile to sign lithium pact with Seoul\n\n" + prose + "\n");
        assertEquals("Chile to sign lithium pact with Seoul", d.title(), "one line under the label is the headline");
    }

    @Test
    void inlineTagsLeftInATextAreTakenOffAndTheirWordsKept() throws Exception {
        ParsedDocument d = text("Chile to sign lithium pact with Seoul\n\nChile said on Tuesday it would sign the <a href=\"https://example.org/pact/\""
                + " target=\"_blank\">lithium agreement</a> with <em>South Korea</em> next month.\n");
        assertEquals(List.of("Chile said on Tuesday it would sign the lithium agreement with South Korea next month."), d.paragraphs());
    }

    @Test
    void aBylineWithItsOutletAndItsDateAfterOnGivesTheDateAndIsNoText() throws Exception {
        String prose = "Chile said on Tuesday it would sign the lithium agreement with South Korea next month.";
        ParsedDocument d = text("Chile to sign lithium pact with Seoul\n\nBy Ana Jamaica, The Example Wire on April 7, 2026.\n\n" + prose + "\n");
        assertEquals(LocalDate.of(2026, 4, 7), d.publishedOn());
        assertEquals(List.of(prose), d.paragraphs(), "the writer's surname names no state in the text");
    }

    @Test
    void aBylineWithAColonAfterByIsNoTitle() throws Exception {
        String prose = "Chile said on Tuesday it would sign the lithium agreement with South Korea next month, officials said.";
        ParsedDocument d = text("By: Staff Writer\nApril 7, 2026\n" + prose + "\n");
        assertNotEquals("By: Staff Writer", d.title());
        assertEquals("Staff Writer", d.byline());
        assertEquals(List.of(prose), d.paragraphs());
    }

    @Test
    void aPlaceAndADayWithoutAYearAboveTheTextIsADatelineNoHeadline() throws Exception {
        String prose = "Chile said on Tuesday it would sign the lithium agreement with South Korea next month, officials said.";
        ParsedDocument d = text(" date 2026-04-07 Santiago, April 6\n\n" + prose + "\n");
        assertNull(d.title());
        assertEquals(LocalDate.of(2026, 4, 7), d.publishedOn());
        assertEquals(List.of(prose), d.paragraphs());
        assertEquals("Lima, April 6 talks", text("Lima, April 6 talks\n\n" + prose + "\n").title(), "more words make a headline");
    }

    @Test
    void aListItemAboveTheTextIsNoOutlet() throws Exception {
        String prose = "Chile said on Tuesday it would sign the lithium agreement with South Korea next month, officials said.";
        ParsedDocument d = text("\u2022 Partager\n  \u2022 enregistrer\n\n" + prose + "\n");
        assertNull(d.publisher(), "a list item is no masthead");
        assertNull(d.title(), "nor a headline");
        assertEquals(List.of(prose), d.paragraphs());
    }

    @Test
    void aBylineRunIntoAWireDatelineIsTakenOff() throws Exception {
        ParsedDocument d = text("Chile signs lithium pact\n\nBy Ana Example SANTIAGO (Wire) - Chile on Monday signed the lithium agreement with South Korea, officials said.");
        assertEquals("Ana Example", d.byline());
        assertTrue(d.paragraphs().get(0).startsWith("SANTIAGO (Wire) - Chile on Monday"), d.paragraphs().get(0));
    }

    @Test
    void aBreadcrumbRunIntoTheHeadlineIsTakenOff() {
        assertEquals("Chile signs the lithium pact", DocumentReader.withoutBreadcrumb("Home World Chile signs the lithium pact"));
        assertEquals("Chile signs the lithium pact", DocumentReader.withoutBreadcrumb("Home Middle East Chile signs the lithium pact"));
        assertEquals("Home Secretary backs the pact", DocumentReader.withoutBreadcrumb("Home Secretary backs the pact"));
    }

    @Test
    void aSectionLabelBeforeABarInTheTitleIsTakenOff() {
        assertEquals("Why the lithium pact matters", DocumentReader.withoutBreadcrumb("Opinion | Why the lithium pact matters"));
        assertEquals("Andes Daily | Chile signs the lithium pact", DocumentReader.withoutBreadcrumb("Andes Daily | Chile signs the lithium pact"));
        assertEquals("Chile signs the lithium pact", DocumentReader.withoutBreadcrumb("Mining | Chile signs the lithium pact"), "any one-word label");
    }

    @Test
    void hardWrappedLinesAreJoinedBack() throws Exception {
        ParsedDocument d = text("Chile\nsuspended all fish imports from Peru on Monday in response to the\nnew quota, officials in Santiago said.\nPeru said it regretted the step.");
        assertNull(d.publisher());
        assertTrue(d.paragraphs().get(0).startsWith("Chile suspended all fish imports from Peru on Monday in response to the new quota"), d.paragraphs().get(0));
    }

    @Test
    void aPageItsScriptsWriteIsReadFromItsStructuredDataWithItsHeadline() throws Exception {
        String text = "LIMA: Peru closed the harbour to Chilean ships on Monday. Chile called the closure illegal and recalled its ambassador.";
        ParsedDocument d = reader.read("app.html", ("<html><head><title>Harbour | Example Post</title>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Peru closes the harbour to Chilean ships\","
                + "\"articleBody\":\"" + text + "\"}</script></head>"
                + "<body><div id=\"app\"><div class=\"spinner\">Loading…</div></div></body></html>").getBytes(StandardCharsets.UTF_8));
        assertEquals("Peru closes the harbour to Chilean ships", d.title());
        assertEquals(List.of(text), d.paragraphs());
    }

    @Test
    void aStateBodyNamedUnderTheHeadingIsThePublisher() throws Exception {
        ParsedDocument d = text("""
                Regular press briefing by the ministry spokesperson, 3 March 2026

                Ministry of Foreign Affairs of Chile

                Q: What is your view of the harbour closure?

                A: We regret the closure of the northern harbour and hope it reopens soon.
                """);
        assertEquals("Regular press briefing by the ministry spokesperson, 3 March 2026", d.title());
        assertEquals("Ministry of Foreign Affairs of Chile", d.publisher());
    }

    @Test
    void aStatementWithoutAHeadingNamesItsIssuerAsPublisherNotAsTitle() throws Exception {
        ParsedDocument d = text("""
                PRESS STATEMENT

                Ministry of Foreign Affairs of Chile

                3 March 2026

                We have learned with regret of the closure of the northern harbour by the port authority.

                Chile calls for the harbour to reopen without delay.
                """);
        assertEquals("Ministry of Foreign Affairs of Chile", d.publisher());
        assertNull(d.title());
        assertEquals(2, d.paragraphs().size(), d.paragraphs().toString());
    }

    @Test
    void aReleaseNamesItsIssuerAboveItsHeadingItsDateInItsDatelineAndEndsAtItsEndMark() throws Exception {
        ParsedDocument d = text("""
                PRESS RELEASE

                Ministry of Foreign Affairs of Chile

                Chile welcomes the reopening of the harbour

                Santiago, 3 March 2026 – Chile welcomed Peru's decision to reopen the northern harbour, the ministry said today.

                Chile will keep working with Peru on the quota talks.

                -ENDS-

                Notes to editors
                1. The harbour was closed in January.
                """);
        assertEquals("Chile welcomes the reopening of the harbour", d.title());
        assertEquals("Ministry of Foreign Affairs of Chile", d.publisher());
        assertEquals(java.time.LocalDate.of(2026, 3, 3), d.publishedOn());
        assertEquals(2, d.paragraphs().size(), d.paragraphs().toString());
    }

    @Test
    void aLivePagesListOfLinksToItsOwnPostsIsNoText() throws Exception {
        String prose = "Peru said on Monday it would close the harbour to Chilean ships until the quota row was settled.";
        ParsedDocument d = reader.read("live.html", ("<html><body><article><h1>Harbour row: live</h1>"
                + "<div class=\"summary\"><h2>Highlights</h2><ul><li><a href=\"#post-2\">Chile protests</a></li>"
                + "<li><a href=\"#post-1\">Peru closes the harbour</a></li></ul></div>"
                + "<div id=\"post-1\"><p>" + prose + "</p></div>"
                + "<ul><li>Chile called the closure illegal.</li><li>Bolivia asked both sides to talk.</li></ul>"
                + "</article></body></html>").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(prose, "Chile called the closure illegal.", "Bolivia asked both sides to talk."), d.paragraphs());
    }

    @Test
    void aLineTheWrappingFilledJoinsTheNextEvenWhenItStartsWithACapital() throws Exception {
        ParsedDocument d = text("""
                Example report on the harbour dispute

                Chile closed the northern harbour to ships flying the flag of
                Peru on 3 March 2026, after a row over fishing quotas that began
                in January. Officials in Lima called the step a breach of the
                Andean Trade Pact and said they would answer it.

                Bolivia, whose exports pass through the harbour, asked both
                sides to talk. Brazil offered to host the talks. The United
                States urged calm.
                """);
        assertEquals("Example report on the harbour dispute", d.title());
        assertTrue(d.paragraphs().contains("Chile closed the northern harbour to ships flying the flag of Peru on 3 March 2026, after a row over "
                + "fishing quotas that began in January. Officials in Lima called the step a breach of the Andean Trade Pact and said they would answer it."),
                d.paragraphs().toString());
        assertTrue(d.paragraphs().get(d.paragraphs().size() - 1).endsWith("Brazil offered to host the talks. The United States urged calm."),
                d.paragraphs().toString());
    }

    @Test
    void aWrappedLineEndingOnAnArticleOrAPrepositionJoinsTheNextAfterALongUnwrappedLead() throws Exception {
        ParsedDocument d = text("""
                Chile closes northern harbour to Peruvian ships

                Chile has closed its northern harbour to ships flying the flag of Peru, saying the step answers a row over fishing quotas that began in January and that talks had failed to settle.
                Peru became the third state this year, after the
                Bahamas, Fiji and Tonga, to lose access to the harbour
                for its fleet, officials in Lima said on
                Tuesday in a note to the government in Santiago.
                """);
        assertTrue(d.paragraphs().contains("Peru became the third state this year, after the Bahamas, Fiji and Tonga, to lose access to the harbour"
                + " for its fleet, officials in Lima said on Tuesday in a note to the government in Santiago."), d.paragraphs().toString());
    }

    @Test
    void thePagesAddressOnALineOfItsOwnIsNeitherTitleNorText() throws Exception {
        ParsedDocument d = text(" date 2026-03-04 https://example.org/2026/03/04/chile-peru-pact.html\n\nChile and Peru Sign Fisheries Pact\n\n"
                + "Chile and Peru signed a fisheries pact on Monday, officials in Lima said, ending a long row over quotas.");
        assertEquals("Chile and Peru Sign Fisheries Pact", d.title());
        assertEquals(LocalDate.of(2026, 3, 4), d.publishedOn());
        d = text("2026-03-04\nhttps://example.org/2026/03/04/chile-peru-pact.html\n\nChile and Peru Sign Fisheries Pact\n\n"
                + "Chile and Peru signed a fisheries pact on Monday, officials in Lima said, ending a long row over quotas.");
        assertEquals("Chile and Peru Sign Fisheries Pact", d.title(), "an address under a date line is not its continuation");
    }

    @Test
    void aTagListWithASpaceBeforeItsColonAPlatformsPlaceholderAndClosedCommentsAreFurniture() {
        assertTrue(Furniture.isFurniture("Tags : Chile, Peru, fisheries,"));
        assertTrue(Furniture.isFurniture("[ad_1]"), "a platform's placeholder");
        assertTrue(Furniture.isFurniture("Comments are closed."));
        assertFalse(Furniture.isFurniture("[Chile]"));
    }

    @Test
    void shortLinesOfUnwrappedTextStayApartWhateverTheirLength() throws Exception {
        assertEquals(0, DocumentReader.wrapWidth(new String[] {"Chile closed the harbour on Monday.",
                "Peru protested against the closure of the harbour in a note to Santiago and asked for talks within a week.",
                "Bolivia asked both sides to talk.", "Brazil offered to host the talks between the two neighbours.",
                "The United States urged calm."}));
    }

    @Test
    void aPrintedPagesRunningHeadIsNeitherTitleNorTextAndAReportsIssuerIsItsPublisher() throws Exception {
        ParsedDocument d = text("""
                HARBOUR WATCH                                         Issue 5/2026
                Centre for Coastal Example Studies                      March 2026

                Who backs the closure of the northern harbour

                Chile closed the northern harbour to Peruvian ships on Monday.
                Peru called the closure a breach of the trade pact.
                Bolivia asked both sides to talk.
                Brazil offered to host the talks.
                Argentina said it supported the closure.
                Uruguay said nothing.

                                                                  Page 1 of 2
                HARBOUR WATCH                                         Issue 5/2026
                Ecuador voiced concern about the effect on regional trade.
                """);
        assertEquals("Who backs the closure of the northern harbour", d.title());
        assertEquals("Centre for Coastal Example Studies", d.publisher());
        assertTrue(d.paragraphs().stream().noneMatch(p -> p.contains("HARBOUR WATCH")), d.paragraphs().toString());
        assertTrue(d.paragraphs().contains("Ecuador voiced concern about the effect on regional trade."), d.paragraphs().toString());
        ParsedDocument once = text("""
                Harbour Example Monitor                                    Issue 14

                WHO BACKS THE HARBOUR CLOSURE

                Chile closed the northern harbour to Peruvian ships on Monday. Peru called the closure a breach of the trade pact.
                """);
        assertEquals("WHO BACKS THE HARBOUR CLOSURE", once.title(), "a periodical's name and issue number printed once");
        assertEquals("Harbour Example Monitor", once.publisher());
    }

    @Test
    void aThreadsPostCountersSignatureAndClosingSignsAreNoText() throws Exception {
        ParsedDocument d = text("""
                Thread by @exampledesk

                1/3 Peru has closed the northern harbour to Chilean ships. Here is what we know 🧵👇

                2/3 Chile called the closure a breach of the trade pact and recalled its ambassador.

                3/3 Bolivia asked both sides to talk.

                — Example Desk (@exampledesk) March 2, 2026
                """);
        assertEquals(List.of("Peru has closed the northern harbour to Chilean ships. Here is what we know 🧵👇",
                "Chile called the closure a breach of the trade pact and recalled its ambassador.", "Bolivia asked both sides to talk."), d.paragraphs());
        assertEquals(List.of("In 3/4 of the ports, Peru said, ships were turned away."),
                text("Peru turns ships away at its ports\n\nIn 3/4 of the ports, Peru said, ships were turned away.").paragraphs(),
                "one fraction is no counter");
    }

    @Test
    void anOfficialDocumentsHeadingComesAfterItsSymbolAndTheLabelAboveIt() throws Exception {
        ParsedDocument d = text("""
                EXAMPLE ASSEMBLY, 412TH SESSION (PM)
                EA/7731
                3 May 2026

                Assembly Members Split over Chile's Closure of the Northern Harbour to Peruvian Ships

                The Assembly met this afternoon to consider the closure of the northern harbour.
                """);
        assertEquals("Assembly Members Split over Chile's Closure of the Northern Harbour to Peruvian Ships", d.title());
        assertEquals(LocalDate.of(2026, 5, 3), d.publishedOn());
        assertEquals(List.of("The Assembly met this afternoon to consider the closure of the northern harbour."), d.paragraphs());
    }

    @Test
    void aHeadlineWrittenAsASentenceThatTheLeadRestatesIsTheTitle() throws Exception {
        ParsedDocument d = text("""
                Peru says it is taking Chile to the regional court over the new fishing quotas.
                Peru said on Monday it was taking Chile to the regional court after the neighbour cut the fishing quotas of Peruvian boats in the shared waters.
                Officials in Lima said the case would be filed within a week.
                """);
        assertEquals("Peru says it is taking Chile to the regional court over the new fishing quotas.", d.title());
        assertEquals(2, d.paragraphs().size());
    }

    @Test
    void aHeadlineThatLabelsAnIllustrativePhotoBelowItStaysTheTitle() throws Exception {
        ParsedDocument d = text("""
                Chilean Senate ratifies Peru's NATO accession

                Chilean Senate ratifies Peru's NATO accession Illustrative photo (Photo: Example Images)
                Author: Ana Ruiz

                2026-05-04

                Chile's senate ratified Peru's accession to the pact on Tuesday, the last member state to do so.
                """);
        assertEquals("Chilean Senate ratifies Peru's NATO accession", d.title());
        assertTrue(d.paragraphs().get(0).startsWith("Chile's senate ratified"), d.paragraphs().get(0));
    }

    @Test
    void aCaptionBrokenOverTwoLinesAboveTheTextIsNoHeadline() throws Exception {
        ParsedDocument d = text("""
                Chile, Peru mourn losses

                2026-05-04

                People gather at the site of a storm that struck

                the port of Callao, Peru, May 3, 2026. [Photo/Example]

                Chile's president sent condolences to his Peruvian counterpart on Monday after the storm killed four fishermen.
                """);
        assertEquals("Chile, Peru mourn losses", d.title());
        assertTrue(d.paragraphs().get(0).startsWith("Chile's president sent"), d.paragraphs().get(0));
    }

    @Test
    void aHeadlineOfTwoSentencesOverTheDateLineIsTheTitle() throws Exception {
        ParsedDocument d = text("""
                Peru loses a partner. Chile opens diplomatic relations with Bolivia which has cut its ties with Lima

                2026-05-04

                Chile and Bolivia opened diplomatic relations on Monday, the two foreign ministries said in a joint statement.
                """);
        assertEquals("Peru loses a partner. Chile opens diplomatic relations with Bolivia which has cut its ties with Lima", d.title());
        assertEquals(LocalDate.of(2026, 5, 4), d.publishedOn());
        assertTrue(d.paragraphs().get(0).startsWith("Chile and Bolivia opened"), d.paragraphs().get(0));
    }

    @Test
    void aHeadlineWrittenAsASentenceOverAPhotoCaptionIsTheTitle() throws Exception {
        ParsedDocument d = text("""
                Neighbours warn Chile against closing its ports to Peruvian boats, and Lima answers.

                Fishing boats moored in the harbour of Callao (left) on Monday (Example Images).

                The governments of Ecuador and Bolivia warned on Monday that closing the ports would hurt the whole region's fishing fleets.
                Chile said the closure was a temporary measure.
                """);
        assertEquals("Neighbours warn Chile against closing its ports to Peruvian boats, and Lima answers.", d.title());
        assertTrue(d.paragraphs().get(0).startsWith("The governments of Ecuador and Bolivia"), d.paragraphs().get(0));
    }

    @Test
    void documentThatOpensWithProseHasNoTitle() throws Exception {
        ParsedDocument d = text("Chile is poised to sign a lithium agreement with South Korea, according to officials familiar with the talks, a deal that could reshape supply chains.\nMore text follows here with more words in it.");
        assertNull(d.title());
    }

    @Test
    void mastheadAndDatelineGivePublisherAndDate() throws Exception {
        ParsedDocument d = text("""
                Steppe Ledger
                
                Monday, March 2, 2026 09:30 AM
                Breaking News
                
                Uzbekistan Opens a New Corridor to the Gulf
                
                Uzbekistan has opened a rail corridor that links Tashkent with ports in the Gulf, a project officials in Tashkent described as historic for the landlocked country.
                """);
        assertEquals("Steppe Ledger", d.publisher());
        assertEquals(LocalDate.of(2026, 3, 2), d.publishedOn());
        assertEquals("Uzbekistan Opens a New Corridor to the Gulf", d.title());
        assertFalse(d.body().contains("Breaking News"));
    }

    @Test
    void aSectionLabelWithANumericDateGivesTheDateAndIsNoBreadcrumb() throws Exception {
        ParsedDocument d = text("""
                WORLD 05/03/2026
                Uzbekistan Opens a New Corridor to the Gulf
                Uzbekistan has opened a rail corridor that links Tashkent with ports in the Gulf, a project officials in Tashkent described as historic for the landlocked country.
                """);
        assertEquals(LocalDate.of(2026, 3, 5), d.publishedOn());
        assertEquals("Uzbekistan Opens a New Corridor to the Gulf", d.title());
        assertFalse(d.body().contains("05/03"));
    }

    @Test
    void creditLineWithRepeatedOutletGivesPublisherAndIsolatedDate() throws Exception {
        ParsedDocument d = text("""
                Armenia and Azerbaijan agreed on a border commission on Friday, according to both foreign ministries, after months of talks mediated by Washington.
                
                Author’s Summary
                
                The deal is a first step.
                
                more
                
                Caucasus Wire Caucasus Wire — 2026-02-20
                
                More News
                """);
        assertEquals("Caucasus Wire", d.publisher());
        assertEquals(LocalDate.of(2026, 2, 20), d.publishedOn());
        assertFalse(d.body().contains("More News"));
        assertFalse(d.body().contains("Author"));
        assertFalse(d.body().contains("Caucasus Wire"));
        assertTrue(d.body().contains("The deal is a first step."));
    }

    @Test
    void furnitureLinesAreStripped() throws Exception {
        ParsedDocument d = text("""
                Qatar hosted talks between the two delegations on Sunday, the foreign ministry in Doha said, and more rounds are planned for next month.
                Share this article
                #diplomacy #qatar
                Scroll to Top
                (Word count: 412)
                """);
        assertEquals(1, d.paragraphs().size());
    }

    @Test
    void commentSectionAtTheEndIsDropped() throws Exception {
        ParsedDocument d = text("""
                Oman said it would keep its embassy in Tehran open, according to a statement from Muscat issued late on Tuesday evening after consultations.
                Officials in Muscat described the decision as a matter of principle and continuity in foreign policy.
                Comments (3)
                Great article, thanks!
                Reply
                """);
        assertEquals(2, d.paragraphs().size());
    }

    @Test
    void aReportsCitationTagsGiveItsPublisherAndDateAndItsNoteMarksAndNotesAreNoText() throws Exception {
        String html = """
                <html><head><title>Why Peru closed the harbour</title>
                <meta name="citation_publisher" content="Institute for Example Harbour Studies">
                <meta name="citation_publication_date" content="2026/03/02">
                </head><body><div id="content">
                <h1>Why Peru closed the harbour</h1>
                <p>Peru closed the northern harbour to Chilean ships on 1 March, a step it had threatened for months.<sup>1</sup></p>
                <p>Chile called the closure a breach of the trade pact, and Bolivia asked both sides to talk.<sup><a href="#fn2">[2]</a></sup></p>
                <p>Ecuador said nothing.</p>
                <h2>Notes</h2>
                <ol><li>Statement of the Peruvian government, 1 March 2026.</li><li>Statements of the Chilean and Bolivian governments, 2 March 2026.</li></ol>
                </div></body></html>
                """;
        ParsedDocument d = reader.read("harbour.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals("Institute for Example Harbour Studies", d.publisher());
        assertEquals(LocalDate.of(2026, 3, 2), d.publishedOn());
        assertEquals(List.of("Peru closed the northern harbour to Chilean ships on 1 March, a step it had threatened for months.",
                "Chile called the closure a breach of the trade pact, and Bolivia asked both sides to talk.", "Ecuador said nothing."), d.paragraphs());
    }

    @Test
    void htmlMetadataComesFromMetaTagsAndFurnitureIsRemoved() throws Exception {
        String html = """
                <html><head><title>Ignored | Site</title>
                <meta property="og:title" content="Egypt weighs a gas deal">
                <meta property="og:site_name" content="Nile Courier">
                <meta property="article:published_time" content="2026-04-01T08:00:00Z">
                <meta name="author" content="Amira Saleh">
                <script>var x = "Scroll to Top";</script></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <div class="cookie-banner">We use cookies to improve your experience.</div>
                <article><h1>Egypt weighs a gas deal</h1>
                <p>Egypt is considering a gas supply agreement with Israel, two officials in Cairo said on Wednesday, as the country faces summer shortages.</p>
                <div class="share-bar">Share on X</div>
                <p>The talks could conclude within weeks, the officials added.</p></article>
                <aside><h3>Related stories</h3><p>Another story about Jordan entirely.</p></aside>
                <section id="comments"><p>First!</p></section>
                <footer>© 2026 Nile Courier</footer></body></html>
                """;
        ParsedDocument d = reader.read("egypt.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals("Egypt weighs a gas deal", d.title());
        assertEquals("Nile Courier", d.publisher());
        assertEquals(LocalDate.of(2026, 4, 1), d.publishedOn());
        assertEquals("Amira Saleh", d.byline());
        assertEquals(2, d.paragraphs().size(), d.body());
        assertFalse(d.body().contains("cookies"));
        assertFalse(d.body().contains("Jordan"));
        assertFalse(d.body().contains("First!"));
    }

    @Test
    void aDateInsideTheDatelinesBracketsIsThePublicationDate() throws Exception {
        ParsedDocument d = text("""
                Peru Recalls Its Ambassador From Chile Over Fishing Dispute

                LIMA (Example News / Andes Wire - 20th March, 2022) Peru recalled its ambassador from Chile on Saturday, the foreign ministry said in a statement.
                """);
        assertEquals(LocalDate.of(2022, 3, 20), d.publishedOn());
        assertEquals("Peru Recalls Its Ambassador From Chile Over Fishing Dispute", d.title());
    }

    @Test
    void wireDatelineGivesTheAgencyAsPublisherAndBylineIsRead() throws Exception {
        ParsedDocument d = text("""
                Kazakhstan signs accord
                
                By Jane Roe and John Doe
                
                ASTANA, Nov 7, 2025 (Reuters) - Kazakhstan signed the accord on Thursday, officials said, in a ceremony watched by diplomats from several countries.
                
                (Reporting by Jane Roe; Editing by John Doe)
                """);
        assertEquals("Reuters", d.publisher());
        assertEquals("Jane Roe and John Doe", d.byline());
        assertEquals(LocalDate.of(2025, 11, 7), d.publishedOn());
        assertEquals(1, d.paragraphs().size());
    }

    @Test
    void aPageWhoseScriptsWriteTheTextIsReadFromItsStructuredData() throws Exception {
        ParsedDocument d = reader.read("a.html", "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Peru orders Chilean envoy to leave\",\"articleBody\":\"Peru ordered the Chilean ambassador to leave "
                + "within two days on Friday, officials said.\\nChile called the order \\\"unjustified\\\" and said it would reply.\"}"
                + "</script></head><body><div id=\"app\"></div><noscript>Please enable JavaScript.</noscript></body></html>");
        assertEquals(List.of("Peru ordered the Chilean ambassador to leave within two days on Friday, officials said.",
                "Chile called the order \"unjustified\" and said it would reply."), d.paragraphs());
    }

    @Test
    void everyAuthorOfTheStructuredDataIsInTheByline() throws Exception {
        ParsedDocument d = reader.read("a.html", "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Peru orders Chilean envoy to leave\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},"
                + "{\"@type\":\"Person\",\"name\":\"Luis Vega\"},\"Marta Sol\"]}</script></head><body><article><h1>Peru orders Chilean envoy to leave</h1>"
                + "<p>Peru ordered the Chilean ambassador to leave within two days on Friday, officials said.</p></article></body></html>");
        assertEquals("Ana Ruiz, Luis Vega and Marta Sol", d.byline());
    }

    @Test
    void aSourceLabelBeforeTheOutletInACreditLineIsNoPartOfItsName() throws Exception {
        ParsedDocument d = text("Quito hits back at Lima over fishing quotas\n\nSource: Andes Monitor | 28 January 2025\n\n"
                + "Ecuador said on Tuesday that Peru's new fishing quotas were unfriendly and aimed at its fleet.");
        assertEquals("Andes Monitor", d.publisher());
        assertEquals(LocalDate.of(2025, 1, 28), d.publishedOn());
    }

    @Test
    void aHeaderOfFieldLinesGivesTitleDatePublisherAndByline() throws Exception {
        ParsedDocument d = text("Title: Peru blocks Andean aid package for Bolivia\nURL: https://example.test/a\nPublished: 2023-12-15\n"
                + "Source: Andes Courier\nAuthor: Ana Example\n\nLIMA — Peru blocked the aid package on Friday, officials said.\n\n"
                + "Bolivia said it regretted the decision.");
        assertEquals("Peru blocks Andean aid package for Bolivia", d.title());
        assertEquals(LocalDate.of(2023, 12, 15), d.publishedOn());
        assertEquals("Andes Courier", d.publisher());
        assertEquals("Ana Example", d.byline());
        assertEquals(List.of("LIMA — Peru blocked the aid package on Friday, officials said.", "Bolivia said it regretted the decision."), d.paragraphs());
        ParsedDocument lower = text("title: Peru blocks Andean aid package for Bolivia\ndate: 16 December 2023\npublication: Andes Courier\n\n"
                + "Peru blocked the aid package on Friday, officials said.");
        assertEquals("Peru blocks Andean aid package for Bolivia", lower.title());
        assertEquals(LocalDate.of(2023, 12, 16), lower.publishedOn());
        assertEquals("Andes Courier", lower.publisher());
    }

    @Test
    void aStaticSitesFrontMatterGivesTitleDatePublisherAndBylineAndIsNotText() throws Exception {
        ParsedDocument yaml = text("---\ntitle: \"Peru blocks Andean aid package: what it means\"\ntags:\n  - aid\n  - andes\ndate: 2023-12-15T09:30:00+01:00\n"
                + "author: Ana Example\npublisher: Andes Courier\ndraft: false\n---\n\n# Peru blocks Andean aid package: what it means\n\n"
                + "Peru blocked the aid package on Friday, officials said.\n\nBolivia said it regretted the decision.");
        assertEquals("Peru blocks Andean aid package: what it means", yaml.title());
        assertEquals(LocalDate.of(2023, 12, 15), yaml.publishedOn());
        assertEquals("Andes Courier", yaml.publisher());
        assertEquals("Ana Example", yaml.byline());
        assertEquals(List.of("Peru blocked the aid package on Friday, officials said.", "Bolivia said it regretted the decision."), yaml.paragraphs());
        ParsedDocument toml = text("+++\ntitle = 'Peru blocks Andean aid package'\npublishDate = 2023-12-16\n+++\n\n"
                + "Peru blocked the aid package on Friday, officials said.");
        assertEquals("Peru blocks Andean aid package", toml.title());
        assertEquals(LocalDate.of(2023, 12, 16), toml.publishedOn());
        assertEquals(List.of("Peru blocked the aid package on Friday, officials said."), toml.paragraphs());
    }

    @Test
    void aCreditLineOfDateThenOutletGivesBoth() throws Exception {
        ParsedDocument d = text("Quito hits back at Lima over fishing quotas\n\n28 January 2025 - The Andes Herald\n\n"
                + "Ecuador said on Tuesday that Peru's new fishing quotas were unfriendly and aimed at its fleet.");
        assertEquals("The Andes Herald", d.publisher());
        assertEquals(LocalDate.of(2025, 1, 28), d.publishedOn());
        assertEquals(1, d.paragraphs().size());
    }

    @Test
    void aDatelineWithTheDayBeforeTheMonthGivesDateAndAgency() throws Exception {
        ParsedDocument d = text("""
                Chile ready for end of lithium shipments

                Santiago, 4 March 2025 (Andes Wire) — Chile said on Tuesday it was ready for the end of lithium shipments through Peru.
                """);
        assertEquals("Andes Wire", d.publisher());
        assertEquals(LocalDate.of(2025, 3, 4), d.publishedOn());
    }

    @Test
    void textBetweenLineBreaksOutsideParagraphElementsIsRead() throws Exception {
        String first = "Chile said on Tuesday it was recalling its ambassador to Peru with immediate effect over the fishing dispute.";
        String second = "Peru's foreign ministry said it regretted the decision and called for talks.";
        ParsedDocument d = reader.read("a.html", "<html><body><div class=\"story\"><h1>Chile recalls its ambassador to Peru</h1>"
                + "<ul><li>Envoy recalled at once</li><li>Lima regrets the step</li></ul>"
                + "<div class=\"text\">" + first + "<br><br>" + second + "<br><br><span>Share</span></div></div></body></html>");
        assertEquals(List.of("Envoy recalled at once", "Lima regrets the step", first, second), d.paragraphs());
    }

    @Test
    void aPageHeadingIsNoBylineAndAnAuthorElementIs() throws Exception {
        String page = "<html><body><article><h1>Chile and Peru settle the reef quarrel</h1>"
                + "<p>Chile and Peru signed an accord on the disputed reef on Monday, ending a quarrel of two decades, officials said.</p>"
                + "<h2>Coastal Fishing Rights</h2><p>The accord lets trawlers of both states fish the reef waters under a shared quota.</p>"
                + "</article></body></html>";
        assertNull(reader.read("a.html", page).byline(), "a heading in title case looks like a name but is none");
        String withAuthor = page.replace("<h1>Chile and Peru settle the reef quarrel</h1>",
                "<h1>Chile and Peru settle the reef quarrel</h1><span class=\"author\">by Ana Example</span>");
        assertEquals("Ana Example", reader.read("a.html", withAuthor).byline());
    }

    @Test
    void aSectionNamedByWorldRegionsIsNoMasthead() throws Exception {
        ParsedDocument d = text(" date 2019-08-07 South & Central Asia\n\nPeru Recalls Envoy Over Fishing Row\n\n"
                + "Peru recalled its ambassador to Chile on Monday over the new fishing quota, its foreign ministry said.");
        assertEquals("Peru Recalls Envoy Over Fishing Row", d.title());
        assertNull(d.publisher());
        assertTrue(Furniture.isFurniture("Middle East and North Africa"));
        assertFalse(Furniture.isFurniture("South Africa"), "a state's name is a round-up's heading");
        assertFalse(Furniture.isFurniture("Asia Times"));
    }

    @Test
    void aPathOfSectionsJoinedByBarsIsNoMasthead() throws Exception {
        ParsedDocument d = text("Skip to content\nNews | Latin America\n\nPeru curbs fish exports to Chile as quota row deepens\n\n"
                + "LIMA, May 3 (Andes Wire) - Peru suspended fish exports to Chile on Tuesday, its trade ministry said in a statement.");
        assertEquals("Peru curbs fish exports to Chile as quota row deepens", d.title());
        assertEquals("Andes Wire", d.publisher());
        assertNull(text("Sport › Football\n\nPeru curbs fish exports to Chile as quota row deepens\n\n"
                + "Peru suspended fish exports to Chile on Tuesday, its trade ministry said in a statement.").publisher());
    }

    @Test
    void aLineOfControlsBetweenSeparatorsIsFurniture() throws Exception {
        assertTrue(Furniture.isFurniture("Share on Facebook | Share on X"));
        assertTrue(Furniture.isFurniture("Print · Email · Comments"));
        assertFalse(Furniture.isFurniture("Opinion | Chile signs the fisheries pact"));
        ParsedDocument d = text("Peru curbs fish exports to Chile\n\nPeru suspended fish exports to Chile on Tuesday, its trade ministry said.\n\n"
                + "Share on Telegram | Share on X");
        assertEquals(List.of("Peru suspended fish exports to Chile on Tuesday, its trade ministry said."), d.paragraphs());
    }

    @Test
    void aCrawlersDateLineUnderTheHeadlineIsNoPartOfIt() throws Exception {
        ParsedDocument d = text("Chile Sends Peru Formal Notice Of Withdrawal\n date 2024-01-29 \n\n"
                + "Chile has formally told Peru that it will leave the fisheries pact, its foreign ministry said on Monday.");
        assertEquals("Chile Sends Peru Formal Notice Of Withdrawal", d.title());
        assertEquals(LocalDate.of(2024, 1, 29), d.publishedOn());
        ParsedDocument bare = text("Chile Sends Peru Formal Notice Of Withdrawal\ndate 2024-01-29\n"
                + "Chile has formally told Peru that it will leave the fisheries pact, its foreign ministry said on Monday.");
        assertEquals("Chile Sends Peru Formal Notice Of Withdrawal", bare.title());
        assertEquals(LocalDate.of(2024, 1, 29), bare.publishedOn());
    }

    @Test
    void aCreditLineOfFieldsGivesOutletAndDate() throws Exception {
        ParsedDocument d = text("Peru recalls its envoy\n\nAndes Daily Example | World › Americas | March 3, 2025\n\n"
                + "Peru recalled its ambassador to Chile on Monday over the fishing dispute, its foreign ministry said.");
        assertEquals(LocalDate.of(2025, 3, 3), d.publishedOn());
        assertEquals("Andes Daily Example", d.publisher());
        assertEquals(1, d.paragraphs().size());
    }

    @Test
    void bylineWithOutletGivesThePublisher() throws Exception {
        ParsedDocument d = text("Moscow keeps calm\n\nBy Irina Volkova | The Moscow Times\n\nRussian officials have played down the accession of a close ally to a US-backed framework this week, officials said.");
        assertEquals("The Moscow Times", d.publisher());
        assertEquals("Irina Volkova", d.byline());
    }

    @Test
    void aTitleSuffixThatThePagesCopyrightNoticeNamesIsThePublisher() throws Exception {
        String body = "<article><h1>Quito and Lima sign a fisheries accord</h1><p>Ecuador and Peru signed a fisheries accord on Tuesday "
                + "after two years of talks, officials said.</p></article>";
        ParsedDocument d = reader.read("page.html", ("<html><head><title>Quito and Lima sign a fisheries accord | Pacific Courier</title></head>"
                + "<body>" + body + "<footer>Pacific Courier © 2026. All rights reserved.</footer></body></html>").getBytes(StandardCharsets.UTF_8));
        assertEquals("Pacific Courier", d.publisher());
        ParsedDocument unconfirmed = reader.read("page.html", ("<html><head><title>Quito and Lima sign a fisheries accord | Pacific Affairs</title>"
                + "</head><body>" + body + "<footer>About us</footer></body></html>").getBytes(StandardCharsets.UTF_8));
        assertNull(unconfirmed.publisher(), "a title's suffix alone may be a section's name");
    }

    @Test
    void anOutletNamedOnItsOwnLineUnderTheHeadlineIsThePublisher() throws Exception {
        ParsedDocument d = text("Quito and Lima sign a fisheries accord\n\nThe Pacific Tribune\n\nMarch 3, 2026\n\nBy Luis Example\n\n"
                + "QUITO — Ecuador and Peru signed a fisheries accord on Tuesday after two years of talks, officials said.");
        assertEquals("The Pacific Tribune", d.publisher());
        assertEquals("Quito and Lima sign a fisheries accord", d.title());
        assertFalse(d.body().contains("Pacific Tribune"));
        ParsedDocument standfirst = text("Quito and Lima sign a fisheries accord\n\nThe Two Neighbours Agree\n\n"
                + "QUITO — Ecuador and Peru signed a fisheries accord on Tuesday after two years of talks, officials said.");
        assertNull(standfirst.publisher(), "a short title-cased line without an outlet's head word is no outlet");
        for (String outlet : List.of("Andes News Network", "Pacific Wire", "The Quito Monitor", "The Lima Observer")) {
            assertEquals(outlet, text("Quito and Lima sign a fisheries accord\n\n" + outlet + "\n\nMarch 3, 2026\n\n"
                    + "Ecuador and Peru signed a fisheries accord on Tuesday after two years of talks, officials said.").publisher());
        }
    }

    @Test
    void navigationBreadcrumbsAndPhotoCreditsAreFurniture() {
        assertTrue(Furniture.isFurniture("Home | World | Asia | Central Asia"));
        assertTrue(Furniture.isFurniture("Home » News » Politics"));
        assertTrue(Furniture.isFurniture("Skip Navigation"), "a screen-reader link is no masthead");
        assertTrue(Furniture.isFurniture("Logo"), "an image's text is no masthead");
        assertTrue(Furniture.isFurniture("Section: World"));
        assertFalse(Furniture.isFurniture("Source: Example Daily"), "a credited source line names a source");
        assertTrue(Dates.isDateLine("Published Date: March 5, 2026 at 02:00AM"), "a date stamp line gives the date");
        assertTrue(Furniture.isFurniture("(Photo by Stringer/AFP via Getty Images)"));
        assertFalse(Furniture.isFurniture("Financial Times/Atlantic Council: Background on Kazakhstan’s role within them"));
    }

    @Test
    void aLinkBackAHeadlinesClockTimeAndAnAuthorsMoreFromBlockAreFurniture() throws Exception {
        assertTrue(Furniture.isFurniture("< Back"));
        assertTrue(Furniture.isFurniture("facebook sharing button Facebook"), "a share control's text");
        assertTrue(Furniture.isFurniture("Ad space 2 300x250"), "an advertising slot by its size");
        assertFalse(Furniture.isFurniture("Peru bought 40 trucks, all of them 4x4, the ministry said."));
        assertEquals(List.of("Peru summoned the Chilean ambassador on Monday over remarks about the border, the ministry said."),
                text("Peru summons Chilean envoy\n\nPeru summoned the Chilean ambassador on Monday over remarks about the border, the ministry"
                        + " said.\n\nAd space 1 728x90\nfacebook sharing button Facebook\ntwitter sharing button Twitter").paragraphs(),
                "controls on lines of their own are not joined as a wrapped sentence");
        ParsedDocument d = text("< Back\n\nPeru summons Chilean envoy over border remarks 15:19\n\n"
                + "Peru's foreign ministry summoned the Chilean ambassador on Monday over remarks about the border, the ministry said.\n\n"
                + "The ministry said the remarks were an interference in Peru's internal affairs and demanded an explanation.\n\n"
                + "More from author\n\nThe port's new cranes will be ready by the summer, the operator said 16:39\n\n"
                + "A singer from Lima spoke about her tour for the first time...");
        assertEquals("Peru summons Chilean envoy over border remarks", d.title(), "the time it was posted is no part of the headline");
        assertNull(d.publisher(), "a link back is no outlet");
        assertEquals(2, d.paragraphs().size(), d.paragraphs().toString());
    }

    @Test
    void aLineOfTeasersMarkedWithAPictographIsNoTitle() throws Exception {
        assertTrue(Furniture.isFurniture("Plan your weekend ☀️ Best beaches 2024 Fuel prices by region"));
        assertFalse(Furniture.isFurniture("Chile and Peru sign the fisheries pact ™ in Lima."));
        ParsedDocument d = text("Plan your weekend ☀️ Best beaches 2024 Fuel prices by region\n\nChile and Peru sign fisheries pact\n\n"
                + "Chile and Peru signed the fisheries pact in Lima on Monday, officials said.");
        assertEquals("Chile and Peru sign fisheries pact", d.title());
    }

    @Test
    void aPhotoCaptionAboveTheHeadlineIsNeitherTitleNorText() throws Exception {
        ParsedDocument d = text("Crates of fish wait on the quay in Lima|Jo Bloggs|CC BY 2.0\n\nChile and Peru sign fisheries pact\n\n"
                + "Chile and Peru signed the fisheries pact in Lima on Monday, officials said.");
        assertEquals("Chile and Peru sign fisheries pact", d.title(), "a captioned photo above the headline");
        d = text("Chile and Peru sign fisheries pact\n\nFishing boats return to the port of Lima.\nFishing boats return to the port of Lima.EXW\n\n"
                + "Chile and Peru signed the fisheries pact in Lima on Monday, officials said.");
        assertFalse(d.body().contains("Fishing boats"), d.body());
    }

    @Test
    void aLineAboveTheHeadlineThatTheLeadDoesNotEchoIsNeitherTitleNorText() throws Exception {
        ParsedDocument d = text("Video Clips and Saved Links Podcast Feeds - Full Story Pages\n\nChile ends decades-long fisheries pact with Peru\n\n"
                + "Chile ended its decades-long fisheries pact with Peru on Monday, officials in Santiago said.");
        assertEquals("Chile ends decades-long fisheries pact with Peru", d.title());
        assertFalse(d.body().contains("Podcast"), d.body());
        d = text("Quotas and quarrels: the end of a long pact\n\nChile ends decades-long fisheries pact with Peru\n\n"
                + "Chile ended its decades-long fisheries pact with Peru on Monday, officials in Santiago said.");
        assertEquals("Quotas and quarrels: the end of a long pact", d.title(), "a headline the lead echoes in part stays the headline");
    }

    @Test
    void aTeaserAboveTheHeadlineThatTheTextRepeatsIsPassedOverOnce() throws Exception {
        ParsedDocument d = text("Several coastal states have reacted to the fisheries pact that Chile and Peru signed on Monday.\n"
                + "Coastal states react to fisheries pact\n4 Mar 2026 - 10:15\n"
                + "Several coastal states have reacted to the fisheries pact that Chile and Peru signed on Monday.\n"
                + "Ecuador said it would study the pact.");
        assertEquals("Coastal states react to fisheries pact", d.title());
        assertEquals(1, d.body().split("Several coastal states", -1).length - 1, d.body());
    }

    @Test
    void aHeadlinePrintedTwiceOutranksAShortBannerAboveIt() throws Exception {
        ParsedDocument d = text("menu\nmenu\n\nTop Wire Daily News 2026\n\nChile and Peru sign fisheries pact | Region News\nworld\n\n"
                + "Chile and Peru sign fisheries pact | Region News\n\nChile and Peru signed the fisheries pact in Lima on Monday, officials said.");
        assertEquals("Chile and Peru sign fisheries pact | Region News", d.title());
        assertNull(d.publisher(), "a banner that ends in a year names no outlet");
        d = text("More\n\nHomeNewsChile and Peru sign fisheries pact\n\nChile and Peru sign fisheries pact\n\n"
                + "Chile and Peru signed the fisheries pact in Lima on Monday, officials said.");
        assertEquals("Chile and Peru sign fisheries pact", d.title(), "a breadcrumb glued before the headline's first copy");
        d = text("Current:Home > WorldChile and Peru sign fisheries pact -Example Daily\nChile and Peru sign fisheries pact\nView\n"
                + "Date:2026-03-04 09:40:34\nChile and Peru signed the fisheries pact in Lima on Monday, officials said, ending a long row.");
        assertEquals("Chile and Peru sign fisheries pact", d.title(), "a breadcrumb before the first copy and the site's name after it");
        assertEquals(LocalDate.of(2026, 3, 4), d.publishedOn());
    }

    @Test
    void aPhotoCaptionPrintedTwiceUnderTheHeadlineIsNeitherTitleNorText() throws Exception {
        ParsedDocument d = text("jump to the content\n\nChile and Peru sign a fisheries pact over southern quotas\n\n"
                + "A trawler unloading its catch at a quay in northern Chile\nA trawler unloading its catch at a quay in northern Chile\n\n"
                + "Chile and Peru signed a fisheries pact on Monday that settles their southern quotas, officials said.");
        assertEquals("Chile and Peru sign a fisheries pact over southern quotas", d.title());
        assertFalse(d.body().contains("trawler"), d.body());
    }

    @Test
    void aHeadlineWrittenAsASentenceOverItsBylineIsTheTitle() throws Exception {
        ParsedDocument d = text("Chile signs the fisheries pact with Peru and ends a long quarrel over quotas.\n\nBY Ann Example\n\n"
                + "Chile signed the fisheries pact with Peru on Monday, ending years of quarrels over the quotas of both fleets.");
        assertEquals("Chile signs the fisheries pact with Peru and ends a long quarrel over quotas.", d.title());
        assertEquals("Ann Example", d.byline());
        assertTrue(d.body().startsWith("Chile signed"), d.body());
    }

    @Test
    void aSiteNoticeInProseAboveAHeadlineTheTextEchoesIsNeitherTitleNorText() throws Exception {
        ParsedDocument d = text("Your subscription plugin has expired, please renew it from the dashboard settings screen to keep using "
                + "every premium feature on this website.\n\nChile will sign the fisheries pact with Peru in May, minister says\n\n"
                + "Chile's fisheries minister said on Monday that Chile will sign the pact with Peru in May.\n\n"
                + "The pact sets shared quotas for the coastal fisheries of both states.");
        assertEquals("Chile will sign the fisheries pact with Peru in May, minister says", d.title());
        assertFalse(d.body().contains("plugin"), d.body());
        d = text("Chile's fisheries minister said on Monday that Chile will sign the fisheries pact with Peru in May next year.\n\n"
                + "What the pact changes for the fishing fleets\n\nUnder the pact, Chile and Peru will share quotas for the fishing fleets, "
                + "the minister said on Monday.");
        assertTrue(d.body().startsWith("Chile's fisheries minister"), "a lead that shares its words with the text is kept: " + d.body());
    }

    @Test
    void captionsAndADisplayControlAboveTheHeadlineAreNeitherTitleNorText() throws Exception {
        ParsedDocument d = text("""
                Theme
                Flags fly at the entrance of the summit venue in Lima, Peru May 4, 2021. (File photo: Example Wire)
                Flags fly at the entrance of the summit venue, in Lima, Peru, on May 4, 2021. (Example Wire)
                Bolivia vows response after Chile joins fisheries pact: ministry

                Bolivia's foreign ministry on Monday called Chile's accession to the fisheries pact a hostile step.
                """);
        assertEquals("Bolivia vows response after Chile joins fisheries pact: ministry", d.title());
        assertFalse(d.body().contains("Flags"), d.body());
        assertNull(d.publisher());
    }

    @Test
    void aLongTitleCaseHeadlineWhoseWordsTheTextRepeatsIsNoMenu() throws Exception {
        ParsedDocument d = text("""
                Bolivia Bans All Chilean Fish As Coastal Mine Starts Releasing Treated Wastewater
                The move comes despite engineers saying the discharge is harmless
                As Chile began releasing treated wastewater from the coastal mine on Monday, Bolivia moved to ban all Chilean fish.
                """);
        assertEquals("Bolivia Bans All Chilean Fish As Coastal Mine Starts Releasing Treated Wastewater", d.title());
        assertTrue(Boilerplate.isNavigation("Home News World Politics Business Technology Science Health Sports Travel Opinion Video"));
    }

    @Test
    void aSectionLabelAboveTheHeadlineIsNoMasthead() throws Exception {
        ParsedDocument d = text("International\n\nPeru's exit from fisheries pact 'regrettable,' Chile says\n\n"
                + "Chile's foreign minister said on Monday that Peru's decision to leave the fisheries pact was regrettable.");
        assertNull(d.publisher());
        assertEquals("Peru's exit from fisheries pact 'regrettable,' Chile says", d.title());
    }

    @Test
    void aMenuOfShortListItemsPrintedTwiceAboveTheHeadlineIsFurnitureAndTheMastheadBetweenItsCopiesThePublisher() throws Exception {
        ParsedDocument d = text("""
                • Weekend Edition
                • Print Advert Rates
                • Online Advert Rates
                • Contact Us
                Monday, June 1, 2026
                The Harbour Courier
                Read in Quechua
                • Home
                • News
                • Fisheries Desk
                • Weekend Edition
                • Print Advert Rates
                • Online Advert Rates
                • Contact Us
                No Result
                View All Result
                The Harbour Courier
                No Result
                View All Result

                Fishing Ban Breaches Pact, Says Chile

                by Ana Example
                2 years ago
                in World
                Chile
                Share on WhatsAppShare on FacebookShare on XTelegram

                Chile said on Monday that Peru's ban on foreign trawlers breaches the fisheries pact the two countries signed.

                Peru's trade minister said the ban would stay until the stocks recover.
                """);
        assertEquals("Fishing Ban Breaches Pact, Says Chile", d.title());
        assertEquals("The Harbour Courier", d.publisher());
        assertEquals("Ana Example", d.byline());
        assertEquals(List.of("Chile said on Monday that Peru's ban on foreign trawlers breaches the fisheries pact the two countries signed.",
                "Peru's trade minister said the ban would stay until the stocks recover."), d.paragraphs());
    }

    @Test
    void aPostsAgeWithItsCategoryGluedShareButtonsASearchsEmptyStateAndALanguageLinkAreFurniture() {
        assertTrue(Furniture.isFurniture("3 years ago in Politics"));
        assertTrue(Furniture.isFurniture("Share on WhatsAppShare on FacebookShare on XTelegram"));
        assertTrue(Furniture.isFurniture("No Results Found"));
        assertTrue(Furniture.isFurniture("Read in Aymara"));
        assertFalse(Furniture.isFurniture("Chile shared on Monday the results of its survey."));
    }

    @Test
    void labelsInsideDashesGluedMenuLinksAndFollowPromptsAreFurniture() {
        assertTrue(Furniture.isFurniture("- Advertisement -"));
        assertTrue(Boilerplate.isNavigation("Fisheries NewsLatin America"));
        assertFalse(Boilerplate.isNavigation("Chile Signs Fisheries Pact"));
        assertTrue(Boilerplate.isControl("(For the latest fisheries news, follow Example Wire on Google News)"));
    }

    @Test
    void aGovernmentPagesMetadataListContactsFeedbackWidgetAndMeetingNotesAreNotBody() throws Exception {
        String page = "<html><head><title>Statement on the fisheries pact - Example Government</title></head><body><main>"
                + "<h1>Statement on the fisheries pact</h1>"
                + "<dl><dt>From:</dt><dd><a href=\"/mfa\">Ministry of Foreign Affairs and Trade</a></dd><dt>Published</dt><dd>3 May 2026</dd></dl>"
                + "<p>The government of Chile welcomes the fisheries pact that Peru and Ecuador signed on Monday.</p>"
                + "<p>The foreign minister said the pact would protect fish stocks for a generation.</p>"
                + "<h2>Media enquiries</h2><p>Email press@example.org</p><p>Telephone +56 2 0000 0000</p>"
                + "<div class=\"feedback\"><h2>Was this page useful?</h2></div></main></body></html>";
        ParsedDocument d = reader.read("statement.html", page.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("The government of Chile welcomes the fisheries pact that Peru and Ecuador signed on Monday.",
                "The foreign minister said the pact would protect fish stocks for a generation."), d.paragraphs());
        assertEquals(LocalDate.of(2026, 5, 3), d.publishedOn(), "the list's date of publication is the page's");
        assertTrue(Furniture.isFurniture("Is this page useful?"));
        assertTrue(Furniture.isFurniture("Tel: +44 20 7000 0000"));
        assertTrue(Furniture.isFurniture("E-mail: press.office@example.org"));
        assertFalse(Furniture.isFurniture("Email exchanges between the two ministers were published on Monday."));
        assertTrue(Furniture.isFurniture("The meeting began at 3:05 p.m. and ended at 4:50 p.m."));
        assertTrue(Furniture.isFurniture("For information media. Not an official record."));
        assertTrue(Furniture.isFurniture("Example Agency website shows only part of the stories sent to its subscribers. Please contact us for subscription options."));
        assertFalse(Furniture.isFurniture("The meeting began at 3 p.m. with a minute of silence for the victims."));
    }

    @Test
    void anAgencysHeaderLineOfFieldsBetweenBarePipesGivesItsOutletAndDate() throws Exception {
        ParsedDocument d = text("Chile protests Peru's fishing ban\n\nSource: Andes Wire| 2026-03-15 10:21:32|Editor: Ana Ruiz\n\n"
                + "SANTIAGO, March 15 (Andes Wire) -- Chile protested on Sunday against Peru's ban on Chilean trawlers.\n");
        assertEquals(LocalDate.of(2026, 3, 15), d.publishedOn());
        assertEquals("Andes Wire", d.publisher());
        assertEquals(List.of("SANTIAGO, March 15 (Andes Wire) -- Chile protested on Sunday against Peru's ban on Chilean trawlers."), d.paragraphs());
    }

    @Test
    void emptyTimestampLabelsReaderControlsAndPromotionsOfOurPagesAreFurniture() {
        assertTrue(Furniture.isFurniture("Published: Updated:"));
        assertTrue(Furniture.isFurniture("100% Font Size"));
        assertTrue(Furniture.isFurniture("Reader Mode"));
        assertTrue(Furniture.isFurniture("Browsing Tag"));
        assertTrue(Boilerplate.isControl("For the latest news on the fisheries talks, visit our dedicated page."));
        assertFalse(Furniture.isFurniture("Published: the treaty text ran to 40 pages."));
        assertFalse(Boilerplate.isControl("Chile invited Peru's delegation to visit our fishing ports, the minister said."));
    }

    @Test
    void sentencesThePageGluedTogetherAreSeparated() throws Exception {
        ParsedDocument d = text("Chile and Peru sign fisheries pact\n\nChile signed the pact on Monday near the border.Peru welcomed the deal, "
                + "officials said. Talks with Bolivia continue, the U.S.A. said.");
        assertTrue(d.body().contains("border. Peru welcomed"), d.body());
        assertTrue(d.body().contains("the U.S.A. said"), d.body());
    }

    @Test
    void siteNameIsCutFromTheOgTitle() {
        assertEquals("Egypt weighs a gas deal", DocumentReader.withoutSiteName("Egypt weighs a gas deal | Nile Courier", "Nile Courier"));
    }

    @Test
    void binaryContentIsRejectedWithAReason() {
        byte[] bytes = {0x50, 0x4b, 0x03, 0x04, 0x00, 0x01, 0x02};
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> reader.read("x.txt", bytes));
        assertTrue(e.getMessage().contains("binary"));
    }

    @Test
    void emptyAndBlankDocumentsAreRejected() {
        assertThrows(UnreadableDocumentException.class, () -> reader.read("x.txt", new byte[0]));
        assertThrows(UnreadableDocumentException.class, () -> reader.read("x.txt", "  \n\n "));
    }

    @Test
    void htmlWithoutArticleTextIsRejected() {
        assertThrows(UnreadableDocumentException.class,
                () -> reader.read("x.html", "<html><body><nav>Home</nav><div><p>Scroll to Top</p></div></body>"));
    }

    @Test
    void aOneSentenceBriefIsKeptAsArticleText() throws Exception {
        ParsedDocument d = new DocumentReader().read("brief.txt", "Chile said on Tuesday it was studying the treaty carefully.");
        assertEquals(List.of("Chile said on Tuesday it was studying the treaty carefully."), d.paragraphs());
        assertNull(d.title());
    }

    @Test
    void aNavigationLineIsNoHeadlineAndItsFirstPartNamesTheOutlet() throws Exception {
        ParsedDocument d = new DocumentReader().read("page.txt", String.join("\n",
                "The Daily Example - World News Sport Business Opinion Culture Travel Science Health Video",
                "Chile and Peru sign a border treaty after years of talks",
                "By JANE ROE",
                "Published: MARCH 10, 2024 16:39",
                "Chile and Peru signed a border treaty on Friday, ending a dispute that had lasted for more than forty years."));
        assertEquals("Chile and Peru sign a border treaty after years of talks", d.title());
        assertEquals("The Daily Example", d.outletHint());
        assertEquals(LocalDate.of(2024, 3, 10), d.publishedOn());
        assertEquals("JANE ROE", d.byline());
        assertEquals(1, d.paragraphs().size());
    }

    @Test
    void aLineThatIntroducesTheSourceOpensTheBody() throws Exception {
        ParsedDocument d = new DocumentReader().read("page.txt", String.join("\n",
                "Chile files a border case against Peru",
                "The Daily Example reports:",
                "Chile has filed a case against Peru at the world court over the maritime border, officials said."));
        assertEquals("The Daily Example reports:", d.paragraphs().get(0));
    }

    @Test
    void aCopyrightLineNamesThePublisher() throws Exception {
        ParsedDocument d = new DocumentReader().read("page.txt", String.join("\n",
                "Chile and Peru sign a border treaty after years of talks",
                "Chile and Peru signed a border treaty on Friday, ending a dispute that had lasted for more than forty years.",
                "© 2024 The Daily Example. All rights reserved."));
        assertEquals("The Daily Example", d.publisher());
        assertEquals(1, d.paragraphs().size());
        ParsedDocument noticed = new DocumentReader().read("page.txt", String.join("\n",
                "Chile and Peru sign a border treaty after years of talks",
                "Chile and Peru signed a border treaty on Friday, ending a dispute that had lasted for more than forty years.",
                "Copyright 2026 The Example Standard. All rights reserved. This material may not be published, broadcast or redistributed."));
        assertEquals("The Example Standard", noticed.publisher(), "a rights notice after the copyright line");
        assertEquals(1, noticed.paragraphs().size());
        ParsedDocument both = new DocumentReader().read("page.txt", String.join("\n",
                "Chile and Peru sign a border treaty after years of talks",
                "Chile and Peru signed a border treaty on Friday, ending a dispute that had lasted for more than forty years.",
                "© Copyright 2026 EXAMPLEWIRE - All RIGHTS RESERVED"));
        assertEquals("EXAMPLEWIRE", both.publisher(), "the sign and the word, a dash before the rights notice");
    }

    @Test
    void aTableCellWhoseParagraphsAreSeparatedByLineBreaksIsReadParagraphByParagraph() throws Exception {
        ParsedDocument d = new DocumentReader().read("page.html", """
                <html><head><title>Chile lifts its duty on Peruvian copper - The Example Gazette</title></head><body><table>
                <tr><td><a href="/">Home</a><br><a href="/world">World</a><br><a href="/trade">Trade</a></td>
                <td><font size="5"><b>Chile lifts its duty on Peruvian copper</b></font><br>
                <font size="2">Posted: 3 May 2026 By Ana Ruiz</font><br><br>
                <font size="3">SANTIAGO - Chile lifted its duty on copper from Peru on Monday after two years of talks.<br><br>
                Peru welcomed the decision and said trade would recover quickly.<br><br>Bolivia declined.</font></td></tr>
                <tr><td colspan="2">Copyright 2026 The Example Gazette. All rights reserved.</td></tr></table></body></html>""");
        assertEquals(List.of("SANTIAGO - Chile lifted its duty on copper from Peru on Monday after two years of talks.",
                "Peru welcomed the decision and said trade would recover quickly.", "Bolivia declined."), d.paragraphs());
        assertEquals("Chile lifts its duty on Peruvian copper", d.title());
        assertEquals(LocalDate.of(2026, 5, 3), d.publishedOn());
        assertEquals("The Example Gazette", d.publisher()); // the title's suffix, which the page's copyright line names
    }

    @Test
    void aMarkdownExportIsReadAsTheTextItMarks() throws Exception {
        ParsedDocument d = new DocumentReader().read("export.txt", String.join("\n",
                "# Peru vows to answer Chile's duty on fishmeal",
                "",
                "*By Ana Ruiz | The Example Ledger | 4 May 2026*",
                "",
                "**Lima is preparing a reply to the duty, officials said on Monday.**",
                "",
                "Peru's trade ministry said it was drawing up a list of goods from Chile that could face higher duties.",
                "",
                "---",
                "*Related: [Fishmeal prices rise](/fishmeal) · [Share](/share)*"));
        assertEquals("Peru vows to answer Chile's duty on fishmeal", d.title());
        assertEquals(LocalDate.of(2026, 5, 4), d.publishedOn());
        assertEquals("The Example Ledger", d.publisher());
        assertEquals("Ana Ruiz", d.byline());
        assertEquals(List.of("Lima is preparing a reply to the duty, officials said on Monday.",
                "Peru's trade ministry said it was drawing up a list of goods from Chile that could face higher duties."), d.paragraphs());
    }

    @Test
    void plainTextWithoutMarkdownKeepsItsAsterisksAndUnderscores() {
        assertFalse(Markdown.looksLike("The vote was 5*3 in the committee, file_name notwithstanding."));
        assertEquals("Peru did sign the deal, snake_case stays", Markdown.plain("Peru _did_ sign the **deal**, snake_case stays"));
    }

    @Test
    void aMailsHeaderGivesTitleDateAndTheOutletThatSentIt() throws Exception {
        ParsedDocument d = new DocumentReader().read("mail.txt", String.join("\n",
                "From: The Example Monitor <desk@example.org>",
                "Date: Mon, 4 May 2026 08:00:00 +0000",
                "Subject: Peru protests as Chile fills the border reservoir",
                "",
                "Peru sent a letter of protest to Chile on Monday over the filling of the reservoir on the border river."));
        assertEquals("Peru protests as Chile fills the border reservoir", d.title());
        assertEquals(LocalDate.of(2026, 5, 4), d.publishedOn());
        assertEquals("The Example Monitor", d.publisher());
        ParsedDocument forwarded = new DocumentReader().read("mail.txt", String.join("\n",
                "From: Ana Ruiz <ana@example.org>",
                "Subject: Peru protests as Chile fills the border reservoir",
                "",
                "Peru sent a letter of protest to Chile on Monday over the filling of the reservoir on the border river."));
        assertNull(forwarded.publisher(), "a person who sent the mail is no publisher");
    }

    @Test
    void aDateInAnElementOfItsOwnOutsideTheTextIsThePublicationDate() throws Exception {
        ParsedDocument d = new DocumentReader().read("page.html", """
                <html><head><title>Peru and Chile talk about the border</title></head><body><div id="main">
                <span class="date">Published 10/16/2026</span><div class="text">
                <p>Peru and Chile held talks on Thursday about the border river and agreed to meet again next month.</p></div></div></body></html>""");
        assertEquals(LocalDate.of(2026, 10, 16), d.publishedOn());
    }

    @Test
    void structuredDataInAGraphGivesThePublisherAndAuthorItsReferencesPointTo() throws Exception {
        ParsedDocument d = new DocumentReader().read("page.html", """
                <html><head><title>Peru closes its airspace to Chilean airlines - The Example Herald</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                {"@type":"WebSite","@id":"#site","name":"The Example Herald Online Edition"},
                {"@type":"Organization","@id":"#org","name":"The Example Herald"},
                {"@type":"Person","@id":"#ana","name":"Ana Ruiz"},
                {"@type":"NewsArticle","headline":"Peru closes its airspace","datePublished":"2026-11-05T10:00:00-05:00",
                 "author":{"@id":"#ana"},"publisher":{"@id":"#org"}}]}</script></head>
                <body><article><p>Peru closed its airspace to Chilean airlines on Thursday, citing the safety of its civilian flights.</p></article></body></html>""");
        assertEquals("The Example Herald", d.publisher());
        assertEquals("Ana Ruiz", d.byline());
        assertEquals(LocalDate.of(2026, 11, 5), d.publishedOn());
    }

    @Test
    void aPlaceAndADayPartedByADashUnderTheHeadlineGiveTheDateAndAreNoText() throws Exception {
        ParsedDocument d = new DocumentReader().read("page.txt", String.join("\n", "Chile and Peru sign fisheries accord",
                "The two neighbours end a long dispute over the southern fishing grounds as their ministers meet in the capital.",
                "Lima, Peru – March 4, 2026", "Chile and Peru signed a fisheries accord on Tuesday after two years of talks, officials said."));
        assertEquals(LocalDate.of(2026, 3, 4), d.publishedOn());
        assertFalse(d.body().contains("March 4"), d.body());
    }

    @Test
    void aDateOnALineOfItsOwnInAMetaBlockIsThePublicationDate() throws Exception {
        ParsedDocument d = new DocumentReader().read("page.html", """
                <html><body><article><h1>Chile answers Peru's airspace ban</h1>
                <div class="meta"><a rel="author" href="/ana">Ana Ruiz</a> in Santiago<br>Fri 6 Nov 2026 09.12 GMT</div>
                <p>Chile suspended all flights to Lima on Friday in answer to Peru's decision to close its airspace.</p></article></body></html>""");
        assertEquals(LocalDate.of(2026, 11, 6), d.publishedOn());
    }

    @Test
    void aPrintEditionsPageCreditGivesOutletAndDateAndAWordBrokenAtALineEndIsJoined() throws Exception {
        ParsedDocument d = new DocumentReader().read("print.txt", String.join("\n",
                "PERU SHUTS SKIES TO CHILEAN CARRIERS",
                "",
                "Peru has closed its airspace to all Chilean airlines, the gov-",
                "ernment announced yesterday. Chile said the closure was \"a provocation\"",
                "and warned of countermeasures.",
                "",
                "Page 4 | The Example Chronicle | Friday, November 6, 2026"));
        assertEquals(List.of("Peru has closed its airspace to all Chilean airlines, the government announced yesterday. Chile said the closure "
                + "was \"a provocation\" and warned of countermeasures."), d.paragraphs());
        assertEquals("The Example Chronicle", d.publisher());
        assertEquals(LocalDate.of(2026, 11, 6), d.publishedOn());
    }

    @Test
    void aPrintPagesMastheadBeforeTheDateIsThePublisherAndItsRunningHeadIsFurniture() throws Exception {
        ParsedDocument d = new DocumentReader().read("print.txt", String.join("\n",
                "THE EXAMPLE ANDEAN REVIEW                          April 7, 2027",
                "",
                "Observers question Peruvian vote count",
                "",
                "International observers said on Tuesday that the count in Peru's presidential election showed serious irregularities.",
                "",
                "\fTHE EXAMPLE ANDEAN REVIEW                          Page 2",
                "",
                "Chile congratulated Peru's president on his re-election."));
        assertEquals("The Example Andean Review", d.publisher());
        assertEquals(LocalDate.of(2027, 4, 7), d.publishedOn());
        assertEquals(2, d.paragraphs().size(), d.paragraphs().toString());
    }

    @Test
    void aTimeStampInAnyShortElementGivesTheDateAndTheLinkHomeConfirmsTheTitlesOutlet() throws Exception {
        ParsedDocument d = new DocumentReader().read("page.html", """
                <html><head><title>Peru and Bolivia leave the river commission | The Example Daily</title></head><body>
                <div class="region-header"><a href="/">The Example Daily</a></div>
                <div class="node"><h1>Peru and Bolivia leave the river commission</h1>
                <div class="submitted">Published on 29/01/2024 by Ana Ruiz</div>
                <p>Peru and Bolivia said on Sunday they were leaving the river commission with immediate effect.</p></div></body></html>""");
        assertEquals(LocalDate.of(2024, 1, 29), d.publishedOn());
        assertEquals("The Example Daily", d.publisher());
    }

    @Test
    void aSavedFeedItemIsReadAsItsArticleWithTheFeedsOutlet() throws Exception {
        ParsedDocument rss = reader.read("item.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>The Example Courier - World</title><link>https://example.org/world</link>
                <item><title>Peru recalls envoy from Chile</title><link>https://example.org/world/envoy</link>
                <dc:creator>Ana Ruiz</dc:creator><pubDate>Tue, 03 Mar 2026 09:12:00 GMT</pubDate><category>World</category>
                <content:encoded><![CDATA[<p>LIMA - Peru recalled its ambassador from Chile on Tuesday after the border closure.</p>
                <p>Bolivia urged both governments to talk.</p>]]></content:encoded></item></channel></rss>""".getBytes(StandardCharsets.UTF_8));
        assertEquals("Peru recalls envoy from Chile", rss.title());
        assertEquals("The Example Courier", rss.publisher());
        assertEquals(LocalDate.of(2026, 3, 3), rss.publishedOn());
        assertEquals("Ana Ruiz", rss.byline());
        assertEquals(2, rss.paragraphs().size(), rss.paragraphs().toString());
        ParsedDocument atom = reader.read("entry.atom", """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>The Example Courier</title>
                <entry><title>Peru recalls envoy from Chile</title><published>2026-03-03T09:12:00Z</published>
                <author><name>Ana Ruiz</name></author>
                <content type="html">&lt;p&gt;Peru recalled its ambassador from Chile on Tuesday after the border closure.&lt;/p&gt;</content>
                </entry></feed>""".getBytes(StandardCharsets.UTF_8));
        assertEquals(LocalDate.of(2026, 3, 3), atom.publishedOn());
        assertEquals("Ana Ruiz", atom.byline());
        assertEquals(List.of("Peru recalled its ambassador from Chile on Tuesday after the border closure."), atom.paragraphs());
        UnreadableDocumentException several = assertThrows(UnreadableDocumentException.class, () -> reader.read("feed.xml",
                "<rss><channel><item><title>One</title></item><item><title>Two</title></item></channel></rss>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(several.getMessage().contains("2 items"), several.getMessage());
    }

    @Test
    void aBylineElementKeepsTheNameWithoutItsTimeStampOrReadingTime() throws Exception {
        ParsedDocument d = reader.read("page.html", """
                <html><head><title>Peru closes its border with Chile</title></head><body><article>
                <h1>Peru closes its border with Chile</h1><div class="byline">By <a href="/authors/ruiz">Ana Ruiz</a> · 2h ago</div>
                <p>Peru closed its border with Chile on Monday, citing security concerns in the region.</p></article></body></html>""");
        assertEquals("Ana Ruiz", d.byline());
        ParsedDocument e = reader.read("page.html", """
                <html><head><title>Peru closes its border with Chile</title></head><body><article>
                <h1>Peru closes its border with Chile</h1><div class="byline">Ana Ruiz | 3 March 2026 | 4 min read</div>
                <p>Peru closed its border with Chile on Monday, citing security concerns in the region.</p></article></body></html>""");
        assertEquals("Ana Ruiz", e.byline());
        ParsedDocument f = reader.read("page.html", """
                <html><head><title>Peru closes its border with Chile</title></head><body><article>
                <h1>Peru closes its border with Chile</h1><p class="meta">By Ana Ruiz | March 3, 2026</p>
                <p>Peru closed its border with Chile on Monday, citing security concerns in the region.</p></article></body></html>""");
        assertEquals("Ana Ruiz", f.byline());
        assertNull(f.publisher(), "a byline before a date is no outlet");
        assertEquals(LocalDate.of(2026, 3, 3), f.publishedOn());
    }

    @Test
    void aForwardedMailIsReadFromTheOriginalMessagesHeader() throws Exception {
        ParsedDocument d = reader.read("fwd.eml", String.join("\n",
                "From: Ana Ruiz <ana@example.org>",
                "Date: Sat, 14 Mar 2026 09:00:00 -0300",
                "Subject: Fwd: The Example Digest — Talks resume",
                "",
                "---------- Forwarded message ---------",
                "From: The Example Digest <news@digest.example>",
                "Date: Fri, Mar 13, 2026 at 7:02 AM",
                "Subject: The Example Digest — Talks resume",
                "To: <readers@digest.example>",
                "",
                "Chile and Peru resumed talks on the border crossing on Friday, officials in both capitals said.",
                "",
                "Bolivia welcomed the resumption of the talks."));
        assertEquals("Talks resume", d.title());
        assertEquals("The Example Digest", d.publisher());
        assertEquals(LocalDate.of(2026, 3, 13), d.publishedOn());
        assertEquals(2, d.paragraphs().size(), d.paragraphs().toString());
    }

    @Test
    void aStatementsLetterheadIsItsIssuerAndItsClosingPlaceAndDateAreNoText() throws Exception {
        ParsedDocument d = reader.read("statement.txt", String.join("\n",
                "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF PERU",
                "Press Release No. 112/27",
                "Lima, 4 May 2027",
                "",
                "Statement on the closure of the border crossing with Ms. Ana Ruiz",
                "",
                "1. Peru has decided to close the border crossing at Tacna until further notice, after talks with Ms. Ana Ruiz.",
                "",
                "2. Peru remains committed to good relations with Chile.",
                "",
                "Lima, 4 May 2027"));
        assertEquals("Statement on the closure of the border crossing with Ms. Ana Ruiz", d.title());
        assertEquals("Ministry of Foreign Affairs of the Republic of Peru", d.publisher());
        assertEquals(LocalDate.of(2027, 5, 4), d.publishedOn());
        assertEquals(2, d.paragraphs().size(), d.paragraphs().toString());
    }

    @Test
    void theTitlesOutletWithoutItsEditionIsConfirmedByACopyrightAfterTheName() throws Exception {
        ParsedDocument d = reader.read("page.html", """
                <html><head><title>Brazil urges calm in border dispute — Diario del Ejemplo (English edition)</title></head><body>
                <main><h1>Brazil urges calm in border dispute</h1>
                <p>Brazil urged Peru and Chile on Friday to lower the tone of their dispute over the border crossing.</p></main>
                <footer>Diario del Ejemplo © 2026. Todos los derechos reservados.</footer></body></html>""");
        assertEquals("Diario del Ejemplo", d.publisher());
    }

    @Test
    void theTitlesSuffixIsThePublisherWhenOnlyAnOutletIsNamedSo() throws Exception {
        String page = """
                <html><head><title>Brazil urges calm in border dispute | %s</title></head><body>
                <main><h1>Brazil urges calm in border dispute</h1>
                <p>Brazil urged Peru and Chile on Friday to lower the tone of their dispute over the border crossing.</p></main></body></html>""";
        assertEquals("The Andes Evening Post", reader.read("page.html", page.formatted("The Andes Evening Post")).publisher());
        assertNull(reader.read("page.html", page.formatted("Latin America")).publisher(), "a section, not an outlet");
        assertNull(reader.read("page.html", page.formatted("World News")).publisher(), "a section named like an outlet");
    }

    @Test
    void aWireSlugLeavesTheHeadlineAndANoteOnTheNewVersionIsNoText() throws Exception {
        ParsedDocument d = reader.read("wire.txt", String.join("\n",
                "UPDATE 2-Peru test-fires ballistic missile, Chile protests",
                "",
                "LIMA, March 5, 2027 (Examplewire) - Peru test-fired a ballistic missile on Thursday, the navy said.",
                "",
                "(Adds Chilean foreign ministry comment in paragraphs 3-4)",
                "",
                "Chile's foreign ministry said the test was a provocation."));
        assertEquals("Peru test-fires ballistic missile, Chile protests", d.title());
        assertEquals(2, d.paragraphs().size(), d.paragraphs().toString());
        assertEquals("NATO-Russia council meets in Brussels", DocumentReader.withoutBreadcrumb("NATO-Russia council meets in Brussels"));
        ParsedDocument page = reader.read("wire.html", """
                <html><head><title>REFILE-Peru test-fires ballistic missile</title></head><body><article><h1>REFILE-Peru test-fires ballistic missile</h1>
                <p>Peru test-fired a ballistic missile on Thursday, the navy said, and Chile protested.</p></article></body></html>""");
        assertEquals("Peru test-fires ballistic missile", page.title());
    }

    @Test
    void aDateTheTitleGivesInFullIsThePublicationsWhenNoOtherIsFound() throws Exception {
        ParsedDocument d = reader.read("briefing.txt", String.join("\n",
                "Foreign Ministry Spokesperson's Regular Press Conference on March 6, 2027",
                "",
                "Question: Peru closed its border crossing yesterday. What is your comment?",
                "",
                "Answer: We hope the two sides will resolve the matter through dialogue."));
        assertEquals(LocalDate.of(2027, 3, 6), d.publishedOn());
        assertNull(reader.read("note.txt", "Peru closes border crossing in 2027\n\nPeru closed its border crossing with Chile on Monday.")
                .publishedOn(), "a year alone is no date");
    }

    @Test
    void aLogoHeadingIsTheOutletAndTheEntryTitleTheHeadlineWithItsPostedByLine() throws Exception {
        ParsedDocument d = reader.read("page.html", """
                <html><head><title>Andes Courier</title></head><body>
                <div id="header"><h1 class="logo"><a href="/">Andes Courier</a></h1></div>
                <div id="content"><h2 class="entry-title">Peru hails Chile's decision to lift fishing curbs</h2>
                <div class="entry-meta">Posted on March 10, 2027 by <a href="/author/ana">Ana Ruiz</a></div>
                <div class="entry-content"><p>Peru on Tuesday welcomed Chile's decision to lift its curbs on Peruvian fishing boats.</p></div></div>
                <div id="footer">Copyright © 2027 Andes Courier · Powered by a blog engine</div></body></html>""");
        assertEquals("Peru hails Chile's decision to lift fishing curbs", d.title());
        assertEquals("Andes Courier", d.publisher());
        assertEquals("Ana Ruiz", d.byline());
        assertEquals(LocalDate.of(2027, 3, 10), d.publishedOn());
    }

    @Test
    void theTimeStampInAnArticlesOwnHeaderAndAFullDateInADatelineBelowKeyPointsAreRead() throws Exception {
        ParsedDocument header = reader.read("page.html", """
                <html><head><title>Chile keeps fishing curbs | Example Herald</title></head><body><article>
                <header><h1>Chile keeps fishing curbs</h1><div class="meta">Updated: Mar 11, 2027 14:05 ET</div></header>
                <section><p>Chile will keep its curbs on Peruvian fishing boats in place, its fisheries minister said on Wednesday.</p></section>
                </article></body></html>""");
        assertEquals(LocalDate.of(2027, 3, 11), header.publishedOn());
        ParsedDocument text = reader.read("brief.txt", String.join("\n",
                "Chile lifts fishing curbs: what it means", "", "Key points:",
                "• Chile lifted its curbs on Peruvian fishing boats on Monday.", "",
                "SANTIAGO, March 9, 2027 — Chile on Monday lifted its curbs on Peruvian fishing boats, the fisheries ministry said."));
        assertEquals(LocalDate.of(2027, 3, 9), text.publishedOn());
    }

    @Test
    void microdataNamesThePublisherAndAClosingSourceCreditIsTheOutletAndItsDate() throws Exception {
        ParsedDocument page = reader.read("page.html", """
                <html><head><title>Peru suspends flights to Chile</title></head><body>
                <div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Peru suspends flights to Chile</h1>
                <div class="info">By <span itemprop="author">Ana Ruiz</span> | <span itemprop="publisher" itemscope>
                <span itemprop="name">Andes Example Ledger</span></span></div>
                <div itemprop="articleBody"><p>Peru on Wednesday suspended all flights to and from Chile, citing a border dispute.</p></div>
                </div></body></html>""");
        assertEquals("Andes Example Ledger", page.publisher());
        ParsedDocument text = reader.read("brief.txt", String.join("\n",
                "Bolivia calls for calm as Peru halts Chile flights", "",
                "Bolivia on Thursday called for calm after Peru suspended flights to Chile.", "",
                "Source: The Example Review, 15 May 2027"));
        assertEquals("The Example Review", text.publisher());
        assertEquals(LocalDate.of(2027, 5, 15), text.publishedOn());
        assertEquals(1, text.paragraphs().size(), text.paragraphs().toString());
    }

    @Test
    void summaryBulletsUnderTheHeadlineAreTextWithoutAFullStop() throws Exception {
        ParsedDocument page = reader.read("points.txt", String.join("\n",
                "Peru and Chile sign border accord in Lima", "",
                "Key facts",
                "- The accord commits both governments to reopen the crossings and restore trade within a month",
                "- Bolivia welcomed the accord and offered to host the next round of talks",
                "- Ecuador said it would study the text before commenting on it", "",
                "The two foreign ministers signed the accord on Monday after six rounds of talks in Lima and Santiago."));
        String body = String.join("\n", page.paragraphs());
        assertTrue(body.contains("The accord commits both governments"), body);
        assertTrue(body.contains("Bolivia welcomed the accord"), body);
    }

    @Test
    void aOneWordFieldBesideADateIsAnOutletHintAndTheDateIsRead() throws Exception {
        ParsedDocument d = reader.read("page.txt", String.join("\n",
                "Chile quits the fisheries pact",
                "",
                "Wire | Updated: 2026-03-02 08:15",
                "",
                "LIMA - Chile has quit the fisheries pact, its foreign ministry said on Monday, citing the cost of the patrols."));
        assertEquals(LocalDate.of(2026, 3, 2), d.publishedOn());
        assertEquals("Wire", d.outletHint());
        ParsedDocument menu = reader.read("page.txt", String.join("\n",
                "Chile quits the fisheries pact", "", "Menu | Search", "",
                "LIMA - Chile has quit the fisheries pact, its foreign ministry said on Monday, citing the cost of the patrols."));
        assertNull(menu.outletHint(), "two words without a date are navigation");
    }
}

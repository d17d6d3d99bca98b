package io.stancegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Page lines written for these tests, in the shapes news sites give them. */
class BoilerplateTest {

    private static final String PROSE_1 = "The two governments signed the fisheries treaty in Oslo on Monday after three years of talks.";
    private static final String PROSE_2 = "Officials said the treaty would take effect next spring once both parliaments approve it.";

    private static List<String> kept(String... lines) {
        return Boilerplate.strip(List.of(lines)).lines();
    }

    @Test
    void aCaptionThatEndsInACreditGoesWithThePictureDescriptionAboveIt() {
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, "Two ministers shake hands in a harbour office",
                "The ministers say the deal is 'fair'.(Example Wire: Jane Roe)", PROSE_2));
        assertEquals(List.of(PROSE_1), kept(PROSE_1, "Fishing boats leave the port at dawn. / XYZ"));
        assertEquals(List.of(PROSE_1), kept(PROSE_1, "Boats in the harbour. Photo by Jo Bloggs/EXW | License Photo"));
        assertEquals(List.of(PROSE_1), kept(PROSE_1, "In this file photo, a crew unloads fish in Lima, Peru, on March 3. (EXW Photo/Jo Bloggs, File)"));
        assertEquals(List.of(PROSE_1), kept(PROSE_1, "Crates of fish wait on the quay in Lima|Jo Bloggs|CC BY-SA 2.0"));
    }

    @Test
    void aLinkToTheFullArticleIsFurnitureAndNoByline() throws Exception {
        assertTrue(Furniture.isFurniture("Full Article"));
        assertTrue(Furniture.isFurniture("Read the full story"));
        ParsedDocument d = new DocumentReader().read("a.txt", "Chile opens an embassy in Lima\n\nChile opened an embassy in Lima on Monday, "
                + "months after the two states restored ties, officials said.\n\nFull Article");
        assertNull(d.byline());
        assertFalse(d.body().contains("Full Article"), d.body());
    }

    @Test
    void aLineOfShortFieldsWithATimeStampOrDateIsABylineNotText() {
        assertTrue(Furniture.isFurniture("Jane Example · Lima · Updated 3 hours ago"));
        assertTrue(Furniture.isFurniture("Jane Example | 4 March 2026"));
        assertFalse(Furniture.isFurniture("Peru · Chile · Ecuador"), "fields without a date");
        assertFalse(Furniture.isFurniture("Peru said on 4 March 2026 that it would appeal · the ministry"), "a sentence among the fields");
    }

    @Test
    void aLanguageSwitcherIsFurniture() {
        assertTrue(Furniture.isFurniture("ua en ru"));
        assertTrue(Furniture.isFurniture("EN | FR | AR"));
        assertFalse(Furniture.isFurniture("EN"), "one code alone may be a label");
        assertFalse(Furniture.isFurniture("It is in Lima."));
    }

    @Test
    void aWidgetOfSignsAndALineOfScriptCodeAreFurniture() {
        assertTrue(Furniture.isFurniture("Aa A + A – Reset"));
        assertTrue(Furniture.isFurniture("',void $.ajax({url:n+\"?x=1\",headers:{},success:function(e){$"));
        assertFalse(Furniture.isFurniture("The ministers met in Oslo (Norway) on Monday; talks resume in May."));
        assertTrue(Furniture.isFurniture("\\n \\n \u201c. join(this. labels. get(\u2018menu. close_button\u2019), \u201c\\n"), "a script's text, escapes and calls");
        assertTrue(Furniture.isFurniture("\u201d m \u201d n. opts. ariaLabel. hiddenText \u201c"), "identifiers of a script");
        assertFalse(Furniture.isFurniture("The talks on eBay and iPhone sales resumed in Lima."), "a brand's name is no identifier");
    }

    @Test
    void aChannelsHandleAndAForwardedPostsOriginAreFurnitureAnAlertsHeadlineIsNot() {
        assertTrue(Furniture.isFurniture("@andesdesk · 12.5K subscribers"));
        assertTrue(Furniture.isFurniture("Forwarded from Andes Watch"));
        assertTrue(Furniture.isFurniture("👁 8.1K  ❤️ 320  🔁 45"));
        assertTrue(Furniture.isFurniture("Start the day ☀️ Weather in Lima Prices by region"));
        assertFalse(Furniture.isFurniture("🔴 BREAKING: Chile closes the northern harbour to Peruvian ships"));
        assertEquals("Chile closes the northern harbour to Peruvian ships",
                DocumentReader.withoutBreadcrumb("🔴 BREAKING: Chile closes the northern harbour to Peruvian ships"));
    }

    @Test
    void aShortLineOfThePageToItsReaderIsNoText() {
        List<String> body = List.of("Chile closed the northern harbour to Peruvian ships on Monday after talks on fishing quotas failed.",
                "This article is part of our series on the Andes.",
                "Peru called the closure a breach of the trade pact.",
                "Support independent journalism. Donate today.",
                "You have 2 free articles left this month.",
                "Have a tip? Email us at desk@example.org",
                "\u201cYou cannot close a harbour overnight,\u201d Peru's minister said.",
                "Bolivia asked both sides to talk.");
        assertEquals(List.of(body.get(0), body.get(2), body.get(6), body.get(7)), Boilerplate.strip(body).lines());
        assertFalse(Boilerplate.addressesReader("EW: What do you expect from Lima?"));
    }

    @Test
    void anOutletsNoteOnTheArticlesOwnVersionsIsFurniture() {
        assertTrue(Furniture.isFurniture("Correction: An earlier version of this article gave the wrong date for the harbour closure."));
        assertTrue(Furniture.isFurniture("Editor's note: This story has been updated with a comment from Bolivia."));
        assertTrue(Furniture.isFurniture("Update: The report was updated on Monday to add Peru's reply."));
        assertFalse(Furniture.isFurniture("Correction of the quota, Peru said, was the only way to end the row."));
        assertFalse(Furniture.isFurniture("Update: Chile closed the harbour on Monday after talks failed."));
    }

    @Test
    void aHeadingThatNamesAStateOrAnOrganisationIsNoNameLine() {
        assertEquals(List.of("New Zealand", PROSE_1, "African Union", PROSE_2), kept("New Zealand", PROSE_1, "African Union", PROSE_2));
        assertEquals(List.of(PROSE_1), kept("Jo Bloggs", PROSE_1), "a person's name is");
    }

    @Test
    void aWritersBiographyClosingThePageIsDropped() {
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, PROSE_2, "Jo Bloggs is a senior fellow at a research institute in Lima. The views expressed are her own."));
        assertEquals(List.of(PROSE_1, PROSE_2, "Ana Soto is a senior analyst at the Lima Institute, who said the treaty would hold."),
                kept(PROSE_1, PROSE_2, "Ana Soto is a senior analyst at the Lima Institute, who said the treaty would hold."), "a source introduced last");
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, PROSE_2, "This story has been updated to add Peru's response.",
                "Example Wire contributed to this report.", "Join our channel", "Jo Bloggs covers the Andes for the Harbour Post. Li Wei reports from Lima."),
                "the last three paragraphs left by the other rules");
    }

    @Test
    void aTranslationCreditIsFurnitureButASentenceAboutATranslationIsNot() {
        assertTrue(Furniture.isFurniture("Translated from Portuguese by the Lima Harbour News desk."));
        assertTrue(Furniture.isFurniture("Translation: Jo Bloggs"));
        assertTrue(Furniture.isFurniture("This article was translated from Spanish."));
        assertTrue(Furniture.isFurniture("This article was translated from French with the help of automated tools and checked by our editors."));
        assertFalse(Furniture.isFurniture("The statement, translated from Spanish by the ministry, said Chile would not sign the pact."));
    }

    @Test
    void aCallToActionAndAPublicationCreditAreDropped() {
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, "Get breaking harbour news", PROSE_2));
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, PROSE_2, "Get weekly digests and free guides."), "with a full stop");
        assertTrue(Boilerplate.isControl("Report an error"));
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, PROSE_2, "(EXW)This content was published by Jo Example."));
    }

    @Test
    void aClosingListOfTeasersGoesWithThePromptAboveIt() {
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, PROSE_2, "Anything to add?",
                "- Storm floods the harbour town popular with tourists", "- Expert urges new rules for trawlers",
                "- Crowds gather to protest against the ‘fish tax’"));
    }

    @Test
    void aCreditGluedToTheCaptionsLastWordMakesItACaption() {
        assertTrue(Boilerplate.isCaption("Fishermen unload crates at the harbour in LimaXYZ/JANE DOE"));
        assertTrue(Boilerplate.isCaption("Crowds wave flags outside the embassy in the capitalABC/XYZ/Jane Doe"));
        assertFalse(Boilerplate.isCaption("The ministers met in Lima and agreed to talk again in May."));
    }

    @Test
    void aRoundUpsSpeakerLabelBetweenParagraphsIsNoTeaser() {
        String before = PROSE_1 + " The ceremony was short and the ministers left without speaking to reporters.";
        String after = PROSE_2 + " Fishing crews on both sides of the border have waited for the new rules for years.";
        String label = "Ana Example, Deputy Foreign Minister of Peru";
        assertEquals(List.of(before, label, after), kept(before, label, after));
        assertEquals(List.of(before, after), kept(before, "Storm floods the harbour town popular with tourists", after));
    }

    @Test
    void aWeatherReadingIsFurniture() {
        assertTrue(Furniture.isFurniture("13.6 C"));
        assertTrue(Furniture.isFurniture("Lima 21°C"));
        assertTrue(Furniture.isFurniture("72 °F Partly cloudy"));
        assertFalse(Furniture.isFurniture("Group C"));
        assertFalse(Furniture.isFurniture("Temperatures reached 41 C in Lima on Monday, officials said."));
    }

    @Test
    void aCounterRunInAfterAParagraphsLastSentenceGoes() {
        assertEquals(List.of("Peru and Chile signed the border treaty on Monday, officials said, ending a long dispute. " + PROSE_2),
                kept("Peru and Chile signed the border treaty on Monday, officials said, ending a long dispute. " + PROSE_2 + " 5"));
        assertEquals(List.of("The treaty takes effect in 2026"), kept("The treaty takes effect in 2026"), "a number in the text");
    }

    @Test
    void aCaptionIsKnownByItsFormWithoutACreditInBrackets() {
        assertTrue(Boilerplate.isCaption("Farmers protest outside the ministry in Lima on Monday. Credit: Example Images"));
        assertTrue(Boilerplate.isCaption("PHOTO: The two ministers at the summit on Tuesday"));
        assertTrue(Boilerplate.isCaption("A view of the river near Arica. Photo courtesy: Ana Ruiz/Wikimedia"), "a courtesy credit");
        assertTrue(Boilerplate.isCaption("The two ministers in Lima. Image courtesy of the Foreign Ministry"));
        assertTrue(Boilerplate.isCaption("The Chilean minister (left) greets her Peruvian counterpart before the talks"));
        assertTrue(Boilerplate.isCaption("Crates of fish are seen at a market in Lima on Thursday."));
        assertTrue(Boilerplate.isCaption("LIMA, PERU – MARCH 2, 2024: Peru's Foreign Minister Ana Example during a news conference after talks"
                + " with her Chilean counterpart at the ministry. Foreign Ministry Press Office/Wire"), "opened by place and day in capitals");
        assertFalse(Boilerplate.isCaption("LIMA, March 2 (Wire) - Peru's foreign minister said on Saturday the talks with Chile had failed."),
                "a dateline");
        assertTrue(Boilerplate.isCaption("LIMA : File photo shows the flags outside the foreign ministry in Lima. Peru has recalled its envoy from"
                + " Chile, the ministry said on Monday, after the border incident in the north of the country. - Wire"), "a picture that shows");
        assertFalse(Boilerplate.isCaption("The photo shows how little the two sides agree on, officials said on Monday after the border talks in Lima"
                + " ended without a deal, and both ministers left the capital without meeting the press or saying when the talks would resume."),
                "a long sentence about a photo is prose");
        assertFalse(Boilerplate.isCaption("The effect is seen in rising prices across the region."));
        assertFalse(Boilerplate.isCaption("Peru's decision is seen as a blow to the pact, officials said on Thursday."));
    }

    @Test
    void aTeaserHeadlineBetweenParagraphsGoesAndACrossheadStays() {
        String prose1 = "Chile and Peru signed the fisheries pact on Monday after two years of talks, officials in both capitals said in statements.";
        String prose2 = "The pact sets quotas for the shared stocks and creates a joint commission that will meet twice a year in Lima and Santiago.";
        List<String> kept = Boilerplate.strip(List.of(prose1, "Bolivia says it is ready to join the Pacific fisheries pact", prose2,
                "Next steps", prose1.replace("Monday", "Tuesday"))).lines();
        assertEquals(List.of(prose1, prose2, "Next steps", prose1.replace("Monday", "Tuesday")), kept);
        String teaser = "Bolivia says it is ready to join the Pacific fisheries pact";
        assertEquals(List.of(prose1, prose2), Boilerplate.strip(List.of(prose1, teaser, "Politics " + teaser, prose2)).lines(),
                "a teaser printed twice, once with its section's label");
        assertTrue(Boilerplate.isControl("Are you already a subscriber?"));
        assertTrue(Boilerplate.isControl("To Read The Full Story"));
    }

    @Test
    void bulletedHeadlinesInTitleCaseInsideTheTextAreLinksAndAPlainListStays() {
        String prose1 = "Chile's envoy could not be reached for comment. Its president has called for better ties with Peru.";
        String prose2 = "The break takes effect on Tuesday, but consulates in both countries will stay open, the minister said.";
        List<String> teasers = List.of("- Why I, a Peruvian Reporter, Crossed the Andes to Interview the Chilean President",
                "- Can Climate Change Teach Andean Leaders How to Be Friends?", "- Fishermen From Peru, Chile and Bolivia Meet in Arica");
        List<String> page = new java.util.ArrayList<>(List.of(prose1));
        page.addAll(teasers);
        page.add(prose2);
        assertEquals(List.of(prose1, prose2), kept(page.toArray(String[]::new)));
        assertEquals(List.of(prose1, "- tariffs on copper and fish rise by a tenth", "- quotas for the shared stocks end in May", prose2),
                kept(prose1, "- tariffs on copper and fish rise by a tenth", "- quotas for the shared stocks end in May", prose2),
                "a list in sentence case is the article's");
    }

    @Test
    void aMediaPlayersMessageAndALongerCallToActionGo() {
        String prose1 = "Chile and Peru signed the fisheries pact on Monday after two years of talks, officials in both capitals said.";
        String prose2 = "The pact sets quotas for the shared stocks and creates a joint commission that will meet twice a year.";
        assertEquals(List.of(prose1, prose2), kept(prose1, "We apologize, but this video has failed to load.", prose2,
                "Click the bell icon to follow topics:"));
        assertTrue(Furniture.isFurniture("Cancel"));
        assertTrue(Furniture.isFurniture("Article content"));
    }

    @Test
    void aFewWordsWithoutASentenceEndCloseThePage() {
        String prose = "Chile and Peru signed the fisheries pact on Monday after two years of talks, officials in both capitals said.";
        assertEquals(List.of(prose), Boilerplate.strip(List.of(prose, "For more updates")).lines());
        assertEquals(List.of(prose, "Officials said talks would resume"), Boilerplate.strip(List.of(prose, "Officials said talks would resume")).lines(),
                "a cut-off sentence of five words or more stays");
    }

    @Test
    void aWritersBiographyInTheFirstPersonUnderTheStoryGoesButAQuotationInTheFirstPersonStays() {
        String bio = "Half Chilean, half Peruvian. I write about fisheries and trade in the Andes. Reporter for Example Wire.";
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, PROSE_2, bio));
        String quote = "\"I write to the president every week about the harbour,\" the fisherman said, adding that no reply had come.";
        assertEquals(List.of(PROSE_1, PROSE_2, quote), kept(PROSE_1, PROSE_2, quote));
    }

    @Test
    void aCaptionClosedByPlaceAndADayInDigitsGoes() {
        assertTrue(Boilerplate.isCaption("Fishermen hold signs outside the ministry, in Lima, Peru, 24.08.2026."));
        assertTrue(Boilerplate.isCaption("Fishermen hold signs outside the ministry, in Lima, Peru, 24,08,2026."));
    }

    @Test
    void theWritersBiographyUnderTheStoryGoes() {
        String bio = "Jo Bloggs is a senior journalist at Example Wire, where she writes on fisheries and trade. Her reports are widely read.";
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, PROSE_2, bio));
        String quoted = "Ana Sola is a fisheries expert at the University of Lima, and she said the treaty was overdue.";
        assertEquals(List.of(PROSE_1, quoted), kept(PROSE_1, quoted), "an expert's description is text");
    }

    @Test
    void aCaptionDatedAfterItsSentenceIsNoProse() {
        assertEquals(List.of(PROSE_1), kept(PROSE_1, "The minister seen at a rally outside parliament. March 3, 2024."));
        assertEquals(List.of(PROSE_1, "The vote took place on March 3, 2024."), kept(PROSE_1, "The vote took place on March 3, 2024."));
    }

    @Test
    void aCaptionClosedByItsPlaceAndDateIsNoProse() {
        assertEquals(List.of(PROSE_1), kept(PROSE_1, "Farmers march to protest the new quota, in Arequipa, Peru, Aug. 6, 2019."));
        String prose = "Farmers marched in Arequipa on Aug. 6, 2019, to protest the new quota, police said.";
        assertEquals(List.of(PROSE_1, prose), kept(PROSE_1, prose));
    }

    @Test
    void aCaptionClosedByItsPlaceItsDateAndItsAgencyIsNoProse() {
        assertEquals(List.of(PROSE_1), kept(PROSE_1, "Flags fly at the entrance of the summit venue, in Lima, Peru, on May 4, 2021. (Example Wire)"));
    }

    @Test
    void aNameOnItsOwnLineIsABylineNotText() {
        Boilerplate.Result r = Boilerplate.strip(List.of("Jane Roe", PROSE_1, "Illustration by Max Example"));
        assertEquals(List.of(PROSE_1), r.lines(), "the credit of four words closing the page goes too");
        assertEquals("Jane Roe", r.byline());
        assertEquals(List.of(PROSE_1), kept(PROSE_1, "A long alliance is a strong alliance. Max Example"));
    }

    @Test
    void pageControlsAndLabelLinesGo() {
        assertEquals(List.of(PROSE_1), kept(PROSE_1, "Keep your friends informed by sharing this article",
                "To comment, please log in. No account? Create one", "RELATED Oslo hosts fisheries summit"));
        assertEquals(List.of(PROSE_1), kept(PROSE_1, "Editor's note: our opinion pages take contributions. To contribute, click here."));
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, "\u2022 Also read: Lima: A minister resigns over a bridge that was never built",
                "- Read more: Quito's oldest market closes its doors", "Related: Record rainfall floods the Andes", PROSE_2),
                "a teaser label in any case, after a bullet, with its colon");
        assertEquals(List.of("Related talks are planned for June."), kept("Related talks are planned for June."), "a sentence is no label");
    }

    @Test
    void aLiveUpdateMarkerAndTheOutletsClosingNoticeGo() {
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, "This is a developing story.", PROSE_2, "More to come...",
                "The Example Courier reports on the fisheries of the north and the people who work them, every day of the year since "
                        + "1921. To ask about republishing this story and its fees, please fill out the form. More about the Courier can be found here."));
        assertEquals(List.of(PROSE_1), kept(PROSE_1, "This story was originally published by the Example Courier. Read the original article here."));
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, PROSE_2, "This is a breaking news story. More to come"), "two markers on one line");
        assertEquals(List.of("Officials said there was more to come from the talks.", PROSE_2),
                kept("Officials said there was more to come from the talks.", PROSE_2), "a marker only on a line of its own");
    }

    @Test
    void aWirePhotoDescriptionWithItsAgencyCreditGoes() {
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1,
                "Photo taken in Oslo on Feb. 3, 2024, shows fishing boats moored beside the harbour office where the treaty was signed. (EXW)", PROSE_2));
        String prose = "Photos taken by a fisherman last week show the boats that crossed the line.";
        assertEquals(List.of(prose, PROSE_2), kept(prose, PROSE_2), "a sentence about photos, not a caption");
    }

    @Test
    void aParagraphPrintedTwiceIsKeptOnceAndAnAggregatorsOwnershipNoticeGoes() {
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, PROSE_2, PROSE_1));
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, PROSE_2, "This story was gathered from publicly available sources; all "
                + "intellectual property rights remain with the original publishers. Contact us if you are the rightful owner."));
        assertEquals(List.of("Yes.", "Yes."), kept("Yes.", "Yes."), "a short line may repeat");
    }

    @Test
    void anAdvertisementLabelRunIntoAParagraphIsCut() {
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1 + " Advertisement", "Advertisement " + PROSE_2));
        String named = "The firm said its Advertisement Standards unit would review the case.";
        assertEquals(List.of(named), kept(named), "the word inside a sentence stays");
    }

    @Test
    void aShareLabelAndAnExcerptsContinueLinkAreCutFromTheirLine() {
        assertEquals(List.of(PROSE_1, "Officials said the treaty would take effect next spring once both parliaments"),
                kept("Spread the love" + PROSE_1, "Officials said the treaty would take effect next spring once both parliaments … "
                        + "Continue reading FISHERIES TREATY SIGNED IN OSLO"));
    }

    @Test
    void anotherStorysHeadlineAndItsCutOffExcerptCloseThePage() {
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, PROSE_2, "Peru plans new fishing port in the south",
                "LIMA (Example Wire): Peru said on Sunday it would build a fishing port near the border, officials said,..."));
        assertEquals(List.of(PROSE_1, "Officials said talks would go on..."), kept(PROSE_1, "Officials said talks would go on..."),
                "a last paragraph that trails off is no excerpt without a headline above it");
    }

    @Test
    void aRunOfTeaserHeadlinesClosesThePage() {
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, PROSE_2, "Snow falls early in the northern hills",
                "Local team wins the cup final", "Top 10 photos of the week"));
        assertEquals(List.of(PROSE_1, "The minister's last sentence was cut off in the mid"),
                kept(PROSE_1, "The minister's last sentence was cut off in the mid"), "one truncated line is no teaser run");
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, PROSE_2, "Ministry of Example Affairs", "The Lessons of Long Ago: Our Shared Future"),
                "two short unpunctuated lines under the last paragraph: the site's name and a teaser");
    }

    @Test
    void aNoteThatTheNewsroomIsStillWorkingOnTheStoryGoes() {
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, PROSE_2,
                "Our reporters are working on this story and will update it when more details are known."));
    }

    @Test
    void aGovernmentSitesBannerAboutItselfGoes() {
        assertEquals(List.of(PROSE_1, PROSE_2), kept("An official website of the Example Republic",
                "Secure websites of the ministry use HTTPS",
                "A lock or https:// means you have safely connected to the website. Share sensitive information only on secure websites.",
                "This website belongs to an official government body of the Example Republic.", PROSE_1, PROSE_2));
    }

    @Test
    void aPullQuoteThatRepeatsAParagraphGoes() {
        String paragraph = "The treaty is a rare example of two rivals giving up a claim without being forced to, the minister said.";
        assertEquals(List.of(PROSE_1, paragraph), kept(PROSE_1, "The treaty is an example of two rivals giving up a claim without being forced", paragraph));
        assertEquals(List.of(PROSE_1, paragraph), kept(PROSE_1, "“A rare example of two rivals giving up a claim without being forced”", paragraph),
                "a pull quote in quotation marks");
        String said = "“We will give up not a single claim,” the minister said after the two fleets were forced to leave.";
        assertEquals(List.of(PROSE_1, "“Not a single claim will we give up, not one.”", said), kept(PROSE_1, "“Not a single claim will we give up, not one.”", said),
                "a quotation of its own, in other words than the longer paragraph, stays");
        String full = "“We will not give up a single claim,” Foreign Minister Ana Example told reporters in Lima on Monday.";
        assertEquals(List.of(PROSE_1, full), kept(PROSE_1, "“We will not give up a single claim,” the minister said.", full),
                "a pull quote with a short credit");
        String other = "“We will keep every claim we have,” Foreign Minister Ana Example told reporters in Lima on Monday.";
        String own = "“We will not give up a single claim,” the minister said.";
        assertEquals(List.of(PROSE_1, own, other), kept(PROSE_1, own, other), "a quotation said once stays");
    }

    @Test
    void aLinkToAnotherStoryRunInAfterAParagraphsLastSentenceIsCut() {
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1 + " Read more: Peru and Chile trade barbs over the quota", PROSE_2 + " RELATED | Fishing fleets head south"));
        String related = "Officials said the treaty was related to an older accord.";
        assertEquals(List.of(related), kept(related), "the word inside a sentence stays");
    }

    @Test
    void aLineInAnotherScriptGoesFromALatinPage() {
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, "Подпишитесь на нашу рассылку новостей", PROSE_2));
        assertTrue(Boilerplate.otherScript("Подпишитесь на нашу рассылку"));
        assertFalse(Boilerplate.otherScript(PROSE_1));
    }

    @Test
    void navigationLinesAreRecognisedByTheirShape() {
        assertTrue(Boilerplate.isNavigation("Skip to navigationSkip to contentSkip to footer"));
        assertTrue(Boilerplate.isNavigation("The Daily Example - World News Sport Business Opinion Culture Travel Science Health Video"));
        assertFalse(Boilerplate.isNavigation("White House Rejects The Claim As Baseless, Officials Say"));
        assertFalse(Boilerplate.isNavigation("Peru Recalls Its Ambassador From Chile Over Fishing Rights Dispute - Foreign Ministry"));
    }

    @Test
    void aMailedNewslettersOwnLinesAreControls() {
        assertTrue(Boilerplate.isControl("You are receiving this email because you signed up for The Example Monitor. Unsubscribe | Manage preferences"));
        assertTrue(Boilerplate.isControl("View this email in your browser"));
        assertFalse(Boilerplate.isControl("Chile said it had received the email from Peru's foreign ministry on Monday."));
    }

    @Test
    void aKeyPointsLabelAndAnEmbeddedPostsPictureLinkAreFurniture() {
        assertTrue(Furniture.isFurniture("Key points"));
        assertEquals("Peru will defend its companies abroad.", Furniture.clean("Peru will defend its companies abroad. pic.twitter.com/x1Y2z3"));
        assertEquals("Peru will defend its companies.", Furniture.clean("Peru will defend its companies. https://t.co/AbC123"));
        assertEquals("The points of the key agreement were read out.", Furniture.clean("The points of the key agreement were read out."));
    }

    @Test
    void aShareBarsButtonsOneALineAreFurniture() {
        assertTrue(Furniture.isFurniture("Facebook"));
        assertTrue(Furniture.isFurniture("Telegram"));
        assertFalse(Furniture.isFurniture("Facebook said it would comply with the ban."));
        assertTrue(Furniture.isFurniture("\u2022 Tweet"), "a button after a bullet");
        assertTrue(Furniture.isFurniture("  \u2022 Republish"));
        assertTrue(Furniture.isFurniture("\u25aa Share"));
    }

    @Test
    void aLineInAnotherLanguageThanTheEnglishArticleIsFurniture() {
        String teaser = "Lire aussi : Le gouvernement annonce une baisse des prix pour le mois prochain";
        String named = "The treaty was drafted at the Palacio de la Moneda, where the ministers met for the talks.";
        assertEquals(List.of(PROSE_1, named, PROSE_2), kept(PROSE_1, teaser, named, PROSE_2));
    }

    @Test
    void theRulesOfTheCommentsUnderTheStoryGo() {
        String forum = "The Example Courier offers a forum for civil and constructive conversation under its stories.";
        String rules = "Keep comments on topic and polite, and read the community guidelines before posting anything at all here.";
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, PROSE_2, forum, rules));
        String talks = "The two ministers held a constructive and civil conversation on the pact on Monday.";
        assertEquals(List.of(PROSE_1, talks, PROSE_2), kept(PROSE_1, talks, PROSE_2), "a conversation the story reports");
    }

    @Test
    void aLineSpelledWithLettersEnglishDoesNotUseAndNoEnglishWordIsFurniture() {
        for (String line : List.of("Xəbərləri hər gün saytımızda oxuyun", "Ən son yeniliklər üçün abunə olun.")) {
            assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, line, PROSE_2), line);
        }
        String named = "Erdoğan, Aliyev and Pashinyan met in Gäbälä on Monday.";
        assertEquals(List.of(PROSE_1, named, PROSE_2), kept(PROSE_1, named, PROSE_2));
    }

    @Test
    void linesInSwahiliIndonesianItalianTurkishOrDutchAreFurnitureToo() {
        for (String line : List.of("Kwa maoni zaidi, jiunge na jarida letu la kila wiki.", "Simak juga berita lainnya dari redaksi kami di sini.",
                "Leggi anche: il governo annuncia nuove misure per la sanità.", "Daha fazla haber için bu sayfayı takip edin.",
                "Lees ook: het kabinet wil een nieuwe wet voor de zomer.")) {
            assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, line, PROSE_2), line);
        }
        String named = "Ministers met at the Villa della Pace in Rome for talks on the new rules.";
        assertEquals(List.of(PROSE_1, named, PROSE_2), kept(PROSE_1, named, PROSE_2));
    }

    @Test
    void aSlashCreditAndThePresentTenseDescriptionAboveItAreAPicturesCaption() {
        String caption = "Peru's foreign minister speaks to reporters outside the palace in Lima, Peru, on Monday.";
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, caption, "Ana Example/Reuters", PROSE_2));
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, "John Roe/AFP via Getty Images", PROSE_2));
        String told = "Peru's foreign minister told reporters outside the palace that the treaty was signed.";
        assertEquals(List.of(PROSE_1, told, PROSE_2), kept(PROSE_1, told, "Ana Example/Reuters", PROSE_2),
                "a report's sentence in the past is no description of a picture");
    }

    @Test
    void aCreditInSquareBracketsAndAScreenshotsDescriptionAreCaptions() {
        assertTrue(Boilerplate.isCaption("A Peruvian patrol boat sails near the islets during an exercise. [AP Photo]"));
        assertTrue(Boilerplate.isCaption("A screenshot from a video posted by the Chilean navy purports to show a Peruvian boat near the islets."));
        assertFalse(Boilerplate.isCaption("Chile said a video posted by its navy showed a Peruvian boat near the islets."));
    }

    @Test
    void aPhotographersNameAndAgenciesInBracketsCloseACaption() {
        assertTrue(Boilerplate.isCaption("Crates of fish stand on the quay at Callao. Peru is closing its ports to the fleet. (Ana Ruiz/Example Images/XYZ)"));
        assertTrue(Boilerplate.isCaption("Fishermen protest outside the ministry in Lima. (Jane Doe/Wire)"));
        assertFalse(Boilerplate.isCaption("Peru and Chile signed the accord, officials said. (Reuters)"), "a wire's name alone");
        assertFalse(Boilerplate.isCaption("The accord was signed in Lima (Peru/Chile) on Monday, officials said."), "brackets inside the sentence");
    }

    @Test
    void aContactLineWhoseAddressASiteGuardHidIsFurniture() {
        assertTrue(Furniture.isFurniture("Contact: [email protected]"));
        assertTrue(Furniture.isFurniture("Email: desk@example.org"));
        assertFalse(Furniture.isFurniture("Peru said it would contact Chile about the pact."));
    }

    @Test
    void anAddressAfterAShortInvitationIsAContactLine() {
        assertTrue(Furniture.isFurniture("Got a story we should hear about? [email protected]"));
        assertTrue(Furniture.isFurniture("Send us your tips: newsdesk@example.org"));
        assertFalse(Furniture.isFurniture("Why did Chile leave? Officials blamed the fishing quotas."), "a question and its answer, no address");
    }

    @Test
    void anArchivePicturesCaptionAndWhoStandsLeftAreCaptions() {
        assertTrue(Boilerplate.isCaption("FILE - Peru's foreign minister (L) shakes hands with her Chilean counterpart in Lima, March 16."));
        assertTrue(Boilerplate.isCaption("The two ministers (R) meet in Lima on Monday."));
        assertFalse(Boilerplate.isCaption("FILE documents seized in Lima were shown to the court on Monday."));
    }

    @Test
    void aLinkToAnotherStoryAfterSeeAlsoAndARunInPictureCopyrightGo() {
        assertTrue(Furniture.isFurniture("See also  Fishing fleets return to port in the south"));
        String line = "Peru's government said it was ending the fisheries accord with Chile.";
        assertEquals(List.of(PROSE_1, line, PROSE_2), kept(PROSE_1, line + " © Example Images", PROSE_2));
        String map = "Peru said the map, © Example Atlas, was out of date.";
        assertEquals(List.of(PROSE_1, map, PROSE_2), kept(PROSE_1, map, PROSE_2), "a sign inside the sentence");
    }

    @Test
    void aButtonToLoadMoreIsFurniture() {
        assertTrue(Furniture.isFurniture("Load More"));
        assertTrue(Furniture.isFurniture("Show more stories"));
        assertFalse(Furniture.isFurniture("Show more restraint, Peru told Chile."));
    }

    @Test
    void aBylinesLabelWithoutItsNameIsFurniture() {
        assertTrue(Furniture.isFurniture("By"));
        assertTrue(Furniture.isFurniture("Written by:"));
        assertFalse(Furniture.isFurniture("By Monday"));
    }

    @Test
    void aLineOfTagsPartedByCommasIsFurniture() {
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, "Chile, fisheries, Peru", PROSE_2));
        assertEquals(List.of(PROSE_1, PROSE_2), kept(PROSE_1, "Peru, coast guard, South Pacific, Chile", PROSE_2));
        String listed = "Chile, Peru and Bolivia signed the treaty, as did Ecuador.";
        assertEquals(List.of(PROSE_1, listed, PROSE_2), kept(PROSE_1, listed, PROSE_2));
    }

    @Test
    void aWireCreditOfAgenciesInCapitalsAndAHandoutPhotosDescriptionAreCaptions() {
        assertTrue(Boilerplate.isCaption("Navy crew members stand on the deck of a patrol boat off Arica, Chile, 3 May 2024. EFE/EPA/CHILEAN NAVY HANDOUT"));
        assertTrue(Boilerplate.isCaption("A handout photo made available by the Chilean navy press office shows a patrol boat off Arica."));
        assertFalse(Boilerplate.isCaption("Chile said a photo released by its navy shows a Peruvian boat near the islets."));
        assertFalse(Boilerplate.isCaption("The deal was signed in Lima on 3 May 2024. UN officials welcomed it."));
    }

    @Test
    void anEditorsInitialsInParenthesesCloseAWireStory() {
        assertTrue(Furniture.isFurniture("(jd)"));
        assertTrue(Furniture.isFurniture("(mk/rs)"));
        assertFalse(Furniture.isFurniture("(Chile and Peru disagree on the route.)"));
    }

    @Test
    void aLabelledTimestampWithAMonthOfAnotherLanguageIsFurniture() {
        assertTrue(Furniture.isFurniture("Last modified: 14 Şubat 2021, 09:15"));
        assertTrue(Furniture.isFurniture("Updated: 12 lipca 2022 10:05"));
        assertFalse(Furniture.isFurniture("Updated: the ministry says talks on the border treaty will resume in 2025."));
    }

    @Test
    void aCapitalLabelInQuotesBeforeAHeadlineIsAnotherStorysTeaser() {
        assertTrue(Furniture.isFurniture("'A LONG WINTER': Will the talks resume before spring?"));
        assertTrue(Furniture.isFurniture("“WE ARE READY”: Chile's navy holds drills off the coast"));
        assertFalse(Furniture.isFurniture("\"We will not back down,\" the minister said."));
    }

    @Test
    void countersAloneOnALineAndAPictureCreditAfterADashAreFurniture() {
        assertTrue(Furniture.isFurniture("11 0"));
        assertTrue(Furniture.isFurniture("1204"));
        assertTrue(Furniture.isFurniture("Photo – Example Agency"));
        assertTrue(Furniture.isFurniture("Image - AFP"));
        assertFalse(Furniture.isFurniture("Photos of the talks were released on Monday by the ministry in Lima."));
    }

    @Test
    void aCompositePictureDescribedPartByPartIsACaption() {
        assertTrue(Boilerplate.isCaption("Split image. Left image: Peru's president Ana Soto. Right image: Chile's president Luis Rivera."));
        assertTrue(Boilerplate.isCaption("Top picture: the border crossing near Tacna on Monday."));
        assertFalse(Boilerplate.isCaption("The split between Peru and Chile widened on Monday."));
    }
}

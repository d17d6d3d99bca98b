package io.stancegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerFinderTest {

    private static final Gazetteer G = Gazetteer.load();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    /** Attributions of every sentence of the body, in order. */
    private static List<Attribution> attribute(String body) {
        List<CountryMention> mentions = new CountryRecognizer().recognize(body, G.scan(body));
        SpeakerFinder finder = new SpeakerFinder(G, body, mentions);
        return SPLITTER.split(body).stream().map(finder::find).toList();
    }

    private static Attribution first(String body) {
        return attribute(body).get(0);
    }

    @Test
    void whatAStatementAnnouncesAfterItsVerbIsNoSpeaker() {
        assertFalse(first("Arab and foreign countries, announced their condemnation of the Chilean airstrikes targeting the Iranian consulate in Bolivia, which left two dead.")
                .present(), "their condemnation is what was announced");
        assertEquals("his spokesman", first("“We regret the ban,” said his spokesman on Monday.").speaker());
    }

    @Test
    void anOfficeOfANamedBodyThatIsNoStateSpeaksForNoState() {
        List<Attribution> a = attribute("Chile responded with a ban on Peruvian fish. After Chile's move, Acmefish's president said the firm"
                + " would pay its suppliers.");
        assertEquals("Acmefish's president", a.get(1).speaker());
        assertNull(a.get(1).speakerCountry(), "the firm's president is not the last speaker's state");
        assertEquals("PE", attribute("Peru said it would protest.\n\nThe Foreign Ministry's spokesman said it would appeal.").get(1).speakerCountry(),
                "a ministry is a state's office");
    }

    @Test
    void aTitleThatEndsTheSentenceBeforeANameIsNotThatNamesTitle() {
        List<Attribution> a = attribute("\"We regret the decision,\" Secretary-General Jan Example told a news conference with Peru's Foreign "
                + "Minister Ana Ruiz.\n\nExample said the bloc would meet again.");
        assertNull(a.get(0).speakerCountry(), "the head of a body speaks for no state");
        assertNull(a.get(1).speakerCountry());
        a = attribute("Peru's Foreign Minister Ana Ruiz met the bloc's envoy on Monday.\n\nRuiz said the talks would go on.");
        assertEquals("PE", a.get(1).speakerCountry(), "the title on the name's own line still counts");
    }

    @Test
    void aMonthAfterAGivenNameIsASurnameAndAKnownFiguresSurnameLaterIsTheFigure() {
        List<Attribution> a = attribute("Theresa May said the pact was premature.\n\nLeaders including Theresa May, Peruvian President Ana Example and"
                + " others met.\n\nIn a statement, Mrs May said the talks would go on.");
        assertEquals("Theresa May", a.get(0).speaker());
        assertEquals("GB", a.get(0).speakerCountry());
        assertEquals("GB", a.get(2).speakerCountry(), "the surname of the figure named in full, not the title of the next name in a list");
        assertEquals("Peru", first("In May Peru said it would join the pact.").speaker(), "a month before a state is a date");
        assertEquals("Chile", first("On 5 May Chile said it backed the pact.").speaker());
    }

    @Test
    void aTitlesScopeAfterItsHeadBelongsToTheTitleAndADirectorSpeaksForTheOffice() {
        Attribution a = first("Ana Example, the Peruvian policy director for Asia, said the ruling was welcome.");
        assertEquals("Ana Example", a.speaker());
        assertEquals("PE", a.speakerCountry(), "not a speaker named Asia");
        assertEquals("US", first("Ana Example, the White House policy director, said the ruling was welcome.").speakerCountry());
    }

    @Test
    void anAdverbOpeningTheSentenceIsNoSpeaker() {
        assertNotEquals("However", first("However, since Ana Example took office, she declared her intention to leave the pact.").speaker());
    }

    @Test
    void aSpeakerAfterAQuotationInSingleMarksSaysIt() {
        assertEquals("PE", first("'The pact will give impetus to our trade,' said the Peruvian foreign ministry in a statement.").speakerCountry());
        assertEquals("PE", first("‘The pact will give impetus to our trade,’ said Peru's foreign ministry.").speakerCountry());
    }

    @Test
    void aClauseOpenedByItsOwnSubjectAfterANounHasThatSubjectAsItsSpeaker() {
        assertEquals("the government", first("Ghana closed its mines to foreign firms in a move the government called a matter of pride.").speaker());
    }

    @Test
    void aHeWhoseSentenceOpensWithAnOfficeNamesThatOfficeNotTheLastPerson() {
        List<Attribution> a = attribute("\"The mines are ours,\" Foreign Minister Kofi Example told reporters. The bloc's chairman visited "
                + "Accra, where he praised the decision. The commission chairperson said she regretted it.");
        assertEquals("The bloc's chairman", a.get(1).speaker());
        assertNull(a.get(1).speakerCountry());
        assertEquals("The commission chairperson", a.get(2).speaker());
    }


    @Test
    void anOfficerOfAnOrganisationSpeaksForItNotForTheStateLastNamed() {
        List<Attribution> a = attribute("Peru's Foreign Minister Ana Ruiz told reporters the vote would wait.\n\n"
                + "NATO Secretary General Jan Example praised the vote in Chile.");
        assertEquals("NATO Secretary General Jan Example", a.get(1).speaker());
        assertNull(a.get(1).speakerCountry());
    }

    @Test
    void aPossessiveOfficeBelongsToThePersonTheSentenceOpensWithNotToTheLastSpeaker() {
        List<Attribution> a = attribute("\"We will keep talking,\" Peru's president told reporters in Lima.\n\nThe UN chief Jan Example "
                + "was deeply worried about the vote, his spokesman said.\n\nPeruvian Foreign Minister Ana Ruiz was pleased with the vote, "
                + "her spokeswoman said.");
        assertEquals("his spokesman", a.get(1).speaker());
        assertNull(a.get(1).speakerCountry(), "the spokesman of the UN chief speaks for no state");
        assertEquals("PE", a.get(2).speakerCountry());
    }
    @Test
    void aTitleSomeWordsAfterTheCountryOrAnAppositiveAfterTheNameGivesTheCountry() {
        assertEquals("CN", first("China's foreign ministry spokesman, Tao Example, said the plan was reckless.").speakerCountry());
        assertEquals("PE", first("Peru's envoy to the UN, Luis Example, told reporters the move was illegal.").speakerCountry());
        assertEquals("CL", first("The statement was welcomed by Ana Example, Chile's foreign minister.").speakerCountry());
    }

    @Test
    void anOfficeWithItsStateThatOpensASentenceIsTheOneALaterMentionOfTheOfficeMeans() {
        List<Attribution> a = attribute("The Chilean government has sounded the alarm about the harbour plan, arguing it was rushed.\n\n"
                + "The government said it was deeply disappointed by the signing.");
        assertEquals("CL", a.get(1).speakerCountry());
    }

    @Test
    void aSpeakerNamedAfterTheVerbOfAClauseClosedByACommaSpeaks() {
        Attribution a = first("The pumps will start on Monday, said Peru's energy minister, Ana Example.");
        assertEquals("PE", a.speakerCountry());
        assertTrue(a.speaker().startsWith("Peru's energy minister"), a.speaker());
    }

    @Test
    void heRefersToTheNamedSpeakerAfterATitleInLowerCase() {
        List<Attribution> a = attribute("Peru's foreign ministry spokesman Luis Example said the plan was unfair. He also said the pact was reckless.");
        assertEquals("PE", a.get(1).speakerCountry());
        assertEquals("Peru's foreign ministry spokesman Luis Example", a.get(1).speaker());
    }

    @Test
    void whereTheSpeakerSpokeBeforeTheVerbIsNoPartOfTheSpeaker() {
        Attribution a = first("Peru's foreign ministry in a statement on Saturday welcomed the accord but warned against interference.");
        assertEquals("Peru's foreign ministry", a.speaker());
        assertEquals("PE", a.speakerCountry());
    }

    @Test
    void aRelativeClauseWithANumberInItStillStandsBeforeTheSpeakersVerb() {
        Attribution a = first("Chile, which is about 1,200 miles south of Peru, has warned the pact could lead to a naval base.");
        assertEquals("CL", a.speakerCountry(), a.toString());
    }

    @Test
    void aQuotationThatGoesOnKeepsTheSpeakersStateAndGuessesNoneFromItsWords() {
        List<Attribution> a = attribute("Addressing Chile's decision, the Ministry of Fisheries and Food said the measure broke the treaty.\n\n"
                + "\u201cWe understand that Chilean fishermen are in a hard spot,\u201d it said. \u201cIt is on the coast of Peru that the boats "
                + "wait. Peruvian crews are ready to meet the needs of their Chilean counterparts and hope for a fair deal.\u201d");
        assertEquals("the Ministry of Fisheries and Food", a.get(2).speaker());
        assertNull(a.get(2).speakerCountry(), a.get(2).toString());
        a = attribute("Peru's foreign ministry said the measure broke the treaty.\n\n\u201cIt is a step back,\u201d it said. "
                + "\u201cChilean crews are welcome to talk.\u201d");
        assertEquals("PE", a.get(2).speakerCountry(), "the state found for the speaker goes on with the quotation");
    }

    @Test
    void aListOfStatesPartedByCommasSpeaksWhole() {
        assertEquals("Chile, Peru and Bolivia", first("Earlier today, Chile, Peru and Bolivia announced their withdrawal from the pact.").speaker());
        assertEquals("Chile, Peru, and Bolivia", first("Chile, Peru, and Bolivia have announced their withdrawal from the pact.").speaker());
        assertEquals("Chile, Peru and Bolivia", first("Chile, Peru and Bolivia, said on Sunday they were leaving the pact.").speaker());
        assertEquals("The leaders of Chile, Peru, and Bolivia",
                first("The leaders of Chile, Peru, and Bolivia, on Sunday, declared their decision to leave the pact.").speaker());
        assertEquals("The foreign ministers of Chile, Peru, and Bolivia",
                first("The foreign ministers of Chile, Peru, and Bolivia have condemned the decision.").speaker());
        assertEquals("Peru", first("After talks with Chile, Peru announced its withdrawal from the pact.").speaker(), "a list needs its joining word");
    }

    @Test
    void aConjunctionThatOpensTheSentenceIsNoPartOfTheSpeaker() {
        Attribution a = first("Though Peruvian President Ana Example said on Friday that the two were of one mind, her room to act was small.");
        assertEquals("Peruvian President Ana Example", a.speaker());
        assertEquals("PE", a.speakerCountry());
        assertEquals("Peru's foreign minister", first("But Peru's foreign minister said the talks would go on.").speaker());
    }

    @Test
    void anAdverbThatOpensTheSentenceBeforeHeIsNoPartOfTheSpeaker() {
        List<Attribution> a = attribute("Peru's foreign minister Ana Example said the plan was unfair. Later she said the pact was reckless.");
        assertEquals("PE", a.get(1).speakerCountry());
        assertEquals("Peru's foreign minister Ana Example", a.get(1).speaker());
    }

    @Test
    void aNamedSpeakerWhoCommentedIsTheOneALaterHeRefersTo() {
        List<Attribution> a = attribute("Peru's foreign minister Ana Example called the plan reckless.\n\n"
                + "Luis Sample, the Chilean envoy to the UN, also commented on the matter. \u201cThe sea is less safe now,\u201d he said.");
        assertEquals("Luis Sample", a.get(1).speaker());
        assertEquals("Luis Sample", a.get(2).speaker());
        assertEquals("CL", a.get(2).speakerCountry());
    }

    @Test
    void aDatelineBeforeADashIsNoPartOfTheSpeaker() {
        Attribution a = first("Lima, Peru - Chilean Foreign Minister Ana Example criticised the decision to close the port.");
        assertEquals("Chilean Foreign Minister Ana Example", a.speaker());
        assertEquals("CL", a.speakerCountry());
    }

    @Test
    void aSpeakerWhoReactedAndSaidPastAnAdverbBetweenCommasSpeaks() {
        Attribution a = first("Bolivian President Juan Example reacted to the news, too, and said that the decision hurts the region.");
        assertEquals("Bolivian President Juan Example", a.speaker());
        assertEquals("BO", a.speakerCountry());
    }

    @Test
    void aNameRightAfterALowerCaseAsideIsTheSubjectNotWhatStandsBeforeTheAside() {
        assertEquals("Ana Example", first("Speaking to the Peruvian Congress, or parliament, Ana Example said she would not back down.").speaker());
        assertEquals("Azerbaijan", first("Azerbaijan, which has close ties with Peru, also welcomed the step.").speaker());
    }

    @Test
    void aQuotationOpeningAfterItsSpeakersSentenceContinuesTheStatement() {
        List<Attribution> a = attribute("\u201cThe harbour deal is a mistake,\u201d the Chilean minister said. \u201cWe will answer it.\u201d "
                + "\u201cWe are calm,\u201d the Chilean minister said. The port opened on Monday, the Chilean minister said.");
        assertFalse(a.get(0).continued(), "the first sentence of a speaker goes on from nothing");
        assertTrue(a.get(1).continued(), "a quotation without its own verb is the last speaker's");
        assertEquals("CL", a.get(1).speakerCountry());
        assertTrue(a.get(2).continued(), "the same speaker quoted again");
        assertFalse(a.get(3).continued(), "a sentence that opens no quotation is a new statement");
    }

    @Test
    void aParenthesisWithATimeBeforeTheVerbIsAnAsideNotTheSpeaker() {
        assertNull(first("Peru opened the dam at 9 a.m. local time (2 p.m. Monday GMT), said the operator.").speaker());
        assertEquals("AWC", first("The operator, Andes Water Co. (AWC), said Peru opened the dam.").speaker(),
                "an acronym in parentheses is part of the name");
    }

    @Test
    void aSpeakerPhraseRunsOverTheNounsAndAdjectivesOfItsTitle() {
        Attribution a = first("Japan's chief cabinet secretary said the step was welcome.");
        assertEquals("JP", a.speakerCountry());
        assertTrue(a.speaker().startsWith("Japan"), a.speaker());
        assertEquals("CL", first("Chile's deputy trade minister told reporters the pact was sound.").speakerCountry());
    }

    @Test
    void anEnvoySpeaksForTheStateThatSendsIt() {
        assertEquals("CL", first("Chile's ambassador to Peru called the move a provocation.").speakerCountry());
        assertEquals("CL", first("The Chilean envoy to the United Nations said the vote was a mistake.").speakerCountry());
    }

    @Test
    void aVerbOfSayingOutsideTheQuotationNamesTheSpeakerBeforeOneInsideIt() {
        List<Attribution> a = attribute("The Chilean government will review fish imports.\n\n"
                + "\"Our government hopes and again urges Peru to share its data,\" Minister Ana Example said in a statement.\n\n"
                + "“The ministry says it is safe, but we urge caution,” Luis Example told reporters.");
        assertEquals("Minister Ana Example", a.get(1).speaker());
        assertEquals("Luis Example", a.get(2).speaker());
    }

    @Test
    void aLabelNamingAnOfficeAndItsStateOverAParagraphNamesItsSpeaker() {
        List<Attribution> a = attribute("Reactions came quickly.\n\nAna Example, Foreign Minister of Peru\n\n"
                + "We support the step. It was overdue.\n\nReaction in Chile\n\nMarkets were calm.");
        assertEquals("PE", a.get(2).speakerCountry(), a.get(2).toString());
        assertEquals("PE", a.get(3).speakerCountry(), "every sentence of the paragraph under the label");
        assertNull(a.get(5).speakerCountry(), "a heading that names no office is no speaker");
    }

    @Test
    void aQuotationSignedAfterADashIsItsSpeakers() {
        List<Attribution> a = attribute("Reactions from the region:\n\"The vote is a sham and will never be accepted.\" — Peruvian Foreign Minister Ana Example\n"
                + "\"We are watching closely.\" — a spokesman");
        assertEquals("PE", a.get(1).speakerCountry(), a.toString());
        assertTrue(a.get(1).speaker().contains("Ana Example"), a.get(1).speaker());
    }

    @Test
    void anOfficialNamedWithoutCountryIsTheLastOfficialOfThatKindNamedWithOne() {
        List<Attribution> a = attribute("Chile’s foreign ministry condemned the attack.\n\n“We condemn this attack on the mission in Bolivia,” "
                + "the foreign ministry said. “Such actions are unacceptable.”");
        assertEquals("CL", a.get(0).speakerCountry());
        assertEquals("the foreign ministry", a.get(1).speaker(), "a comma that closes a quotation opens no appositive");
        assertEquals("CL", a.get(1).speakerCountry());
        assertEquals("CL", a.get(2).speakerCountry());
    }

    @Test
    void aPlaceAfterAParticipleIsNoSpeaker() {
        assertNull(first("The leaders meeting in Togo's capital said sanctions could follow.").speakerCountry());
    }

    @Test
    void aQuotationThatRunsOnKeepsItsSpeaker() {
        List<Attribution> a = attribute("\"We share the concern,\" Chilean Foreign Minister Ana Example told reporters.\n"
                + "\"We are worried about what comes next.\"");
        assertEquals("CL", a.get(1).speakerCountry());
    }

    @Test
    void aLowerCaseAppositiveBetweenSpeakerAndVerbIsSkipped() {
        Attribution a = first("The Chileans and the Peruvians, close partners of Bolivia, have also criticized the plan.");
        org.junit.jupiter.api.Assertions.assertNotEquals("BO", a.speakerCountry());
    }

    @Test
    void namedOfficialWithTitleBeforeSaid() {
        Attribution a = first("Vice President JD Vance said the accords would grow.");
        assertEquals("Vice President JD Vance", a.speaker());
        assertEquals("US", a.speakerCountry());
    }

    @Test
    void knownLeaderMapsToHisCountry() {
        Attribution a = first("Trump wrote on Truth Social that Kazakhstan is the first country of his second term to join.");
        assertEquals("Trump", a.speaker());
        assertEquals("US", a.speakerCountry());
    }

    @Test
    void invertedSaidAfterAQuotation() {
        Attribution a = first("“This is a historic day,” said Foreign Minister Murat Nurtleu.");
        assertEquals("Foreign Minister Murat Nurtleu", a.speaker());
        assertEquals("KZ", a.speakerCountry());
    }

    @Test
    void governmentOfACountryIsItsSpeaker() {
        Attribution a = first("Kazakhstan’s government welcomed the decision, describing it as a natural step.");
        assertEquals("Kazakhstan’s government", a.speaker());
        assertEquals("KZ", a.speakerCountry());
    }

    @Test
    void anonymousOfficialAfterAccordingTo() {
        Attribution a = first("Kazakhstan may soon join the accords, according to a senior U.S. official.");
        assertEquals("a senior U.S. official", a.speaker());
        assertEquals("US", a.speakerCountry());
        assertTrue(a.anonymous());
    }

    @Test
    void organisationWithoutACountryKeepsNoCountry() {
        Attribution a = first("Hamas criticized the agreement as a betrayal.");
        assertEquals("Hamas", a.speaker());
        assertNull(a.speakerCountry());
    }

    @Test
    void pronounsAndHisOfficeResolveToTheLastNamedPerson() {
        List<Attribution> all = attribute("Kazakh President Kassym-Jomart Tokayev met the envoy. "
                + "Tokayev said the talks went well. His office quoted him as saying the deal is final. He said more would follow.");
        assertEquals("Tokayev", all.get(1).speaker());
        assertEquals("KZ", all.get(1).speakerCountry());
        assertEquals("Tokayev", all.get(2).speaker());
        assertEquals("Tokayev", all.get(3).speaker());
    }

    @Test
    void aPronounRefersToTheTitledPersonWhoLastOpenedASentenceNotToTheLastSpeaker() {
        List<Attribution> all = attribute("Chilean President Gabriel Boric said the port would reopen. "
                + "Peruvian President Dina Boluarte visited the port on Monday. She said the talks would go on.");
        assertEquals("Peruvian President Dina Boluarte", all.get(2).speaker());
        assertEquals("PE", all.get(2).speakerCountry());
    }

    @Test
    void aPronounRefersToAPersonNamedWithATitleInAppositionWhoOpenedASentence() {
        List<Attribution> all = attribute("Ana Example, Peru's foreign minister, visited the port on Monday. She said the talks would go on. "
                + "Chile's trade minister, Luis Sample, toured the mine. He said it would reopen.");
        assertEquals("Ana Example", all.get(1).speaker());
        assertEquals("PE", all.get(1).speakerCountry());
        assertEquals("Luis Sample", all.get(3).speaker());
        assertEquals("CL", all.get(3).speakerCountry());
    }

    @Test
    void aUnionOrAFirmOfAStateSpeaksForNoState() {
        assertNull(first("The powerful Chilean port workers union Sindicato Example said the duties were the wrong approach.").speakerCountry());
        assertNull(first("Chilean carmaker Example Motors said the duties were the wrong approach.").speakerCountry());
        assertEquals("CL", first("The Chilean government said the duties were the wrong approach.").speakerCountry());
    }

    @Test
    void aPronounRefersToAPersonInAppositionAfterAnOpeningAdverb() {
        List<Attribution> all = attribute("Chile's foreign minister Luis Sample said the port would reopen. Moreover, Ana Example, the Speaker of"
                + " the Peruvian Congress, gave her view on the port. \"The move is wrong,\" she added.");
        assertEquals("Ana Example", all.get(2).speaker());
        assertEquals("PE", all.get(2).speakerCountry());
    }

    @Test
    void aPronounRefersToAPersonWhoseTitleOpensWithTheStatesPossessive() {
        List<Attribution> all = attribute("Chile's foreign minister Luis Sample arrived in Lima on Monday. He said the talks would go on.");
        assertEquals("Chile's foreign minister Luis Sample", all.get(1).speaker());
        assertEquals("CL", all.get(1).speakerCountry());
    }

    @Test
    void aPronounRefersToTheSubjectOfTheMainClauseNotToOneOfAClauseBeforeIt() {
        List<Attribution> all = attribute("In a speech that came hours before Marco Rubio was due to land in Lima, Kassym-Jomart Tokayev on Monday"
                + " again blamed Chile for the dispute. He also said the port would stay closed.");
        assertEquals("KZ", all.get(1).speakerCountry());
    }

    @Test
    void aPronounRefersToTheOnlyKnownFigureTheSentenceBeforeNamed() {
        List<Attribution> all = attribute("The talks came at the end of Marco Rubio's visit to Lima. He said the port would stay open.");
        assertEquals("US", all.get(1).speakerCountry());
        List<Attribution> two = attribute("Marco Rubio met Kassym-Jomart Tokayev in Lima. He said the port would stay open.");
        assertEquals("US", two.get(1).speakerCountry(), "of two figures, the one who does something");
        List<Attribution> neither = attribute("Chile's trade minister Luis Sample said the port would reopen. The talks followed Marco Rubio's "
                + "visit and Kassym-Jomart Tokayev's call. He said the port would stay open.");
        assertNull(neither.get(2).speakerCountry(), "two figures, neither doing anything: no telling which one he is");
        List<Attribution> object = attribute("Peru's President Ana Example spoke on Monday. Example has sharply criticised Marco Rubio and "
                + "asked to join the talks. She said the port would stay open.");
        assertEquals("PE", object.get(2).speakerCountry(), "the verb after \"and\" is the subject's");
        List<Attribution> aside = attribute("Chile's trade minister Luis Sample said the port would reopen. The talks followed a meeting with a "
                + "delegation (led by an aide to Marco Rubio) on Monday. He said the port would stay open.");
        assertEquals("CL", aside.get(2).speakerCountry(), "a name in brackets is an aside");
    }

    @Test
    void aPronounRefersToAnOfficeHolderWhoSpokeUnnamedNeverToAPlace() {
        List<Attribution> all = attribute("Talks began a day after Lima announced its plan. "
                + "Chile's trade minister said the plan was fair. \u201cWe want to keep it that way,\u201d he said.");
        assertEquals("Lima", all.get(0).speaker());
        assertEquals("Chile's trade minister", all.get(2).speaker());
        assertEquals("CL", all.get(2).speakerCountry());
        List<Attribution> place = attribute("Peruvian President Luis Sola said the plan was late. Talks began a day after Lima announced its plan. "
                + "\u201cIt is fair,\u201d he said.");
        assertEquals("Peruvian President Luis Sola", place.get(2).speaker(), "a capital speaks for its state, it is no 'he'");
    }

    @Test
    void anOfficeOfAStateInAnAppositiveAfterTheNameGivesTheCountry() {
        assertEquals("CL", first("\u201cIt is a mistake,\u201d said Ana Example, a spokeswoman for the Chilean foreign ministry.").speakerCountry());
        assertEquals("PE", first("\u201cWe regret it,\u201d said Luis Example, a senior adviser at Peru's trade ministry.").speakerCountry());
        assertNotEquals("CL", first("\u201cWe regret it,\u201d said Luis Example, an envoy to Chile.").speakerCountry(), "an envoy to a state is not its own");
    }

    @Test
    void anOfficeWithoutArticleAfterANameThatOpensWithTheSurnameGivesTheCountry() {
        List<Attribution> a = attribute("Tan Wei-ming, head of Peru's trade office, met the envoys on Monday.\n\n"
                + "\u201cWe regret the decision,\u201d Tan said after the meeting.");
        assertEquals("PE", a.get(1).speakerCountry(), a.get(1).toString());
        assertEquals("PE", first("\u201cWe regret it,\u201d said Luis Example, head of Peru's trade office.").speakerCountry());
    }

    @Test
    void aStateThatRespondsRepliesOrReactsSpeaks() {
        assertEquals("CL", first("Chile's foreign ministry, however, responded by stating that the order had no basis.").speakerCountry());
        assertEquals("PE", first("Peru replied that it would not change course.").speakerCountry());
        Attribution reacted = first("President Ana Soto of Chile has reacted to the test, branding it hostile and dangerous.");
        assertEquals("CL", reacted.speakerCountry(), "a state's leader who reacts speaks");
    }

    @Test
    void aPlaceWhereTheSpeakerIsBasedDoesNotSpeak() {
        assertNull(first("The tribunal, based in Lima, Peru, said on Monday that it would rule in May.").speakerCountry());
        assertNull(first("The bank, headquartered in Quito, Ecuador, said the loan was approved.").speakerCountry());
    }

    @Test
    void aSpeakerWhoUnderlinesOrUnderscoresAPointSpeaks() {
        Attribution a = first("The decision, Chilean President Ana Example underlined, \u201charms the whole region.\u201d");
        assertEquals("CL", a.speakerCountry());
        assertEquals("PE", first("Peru's foreign minister underscored that the talks would go on.").speakerCountry());
    }

    @Test
    void aPartyTagInParenthesesBetweenTheNameAndTheVerbIsPassedOver() {
        Attribution a = first("Chilean Trade Minister Ana Example (Greens/EFA) posted that the sanctions were a mistake.");
        assertEquals("CL", a.speakerCountry());
        assertTrue(a.speaker().endsWith("Ana Example"), a.speaker());
    }

    @Test
    void aLongParticipleClauseBetweenTheSpeakerAndTheVerbIsNoSpeaker() {
        Attribution a = first("Chilean President Ana Example, flanked by Peru's Foreign Minister Luis Sample and Bolivia's long-serving trade "
                + "minister, told reporters the pact was dead.");
        assertEquals("CL", a.speakerCountry(), a.toString());
    }

    @Test
    void expressingOrVoicingIsSaying() {
        assertEquals("CL", first("The Chilean government expressed regret over the decision.").speakerCountry());
        assertEquals("PE", first("Peru voiced concern about the plan.").speakerCountry());
    }

    @Test
    void anOpeningAdverbBeforeTheSubjectIsNoNameBeforeAnAppositive() {
        Attribution a = first("Earlier, the Chilean government welcomed the invitation to join the bloc.");
        assertEquals("the Chilean government", a.speaker());
        assertEquals("CL", a.speakerCountry());
    }

    @Test
    void anOutletAfterAccordingToLeavesTheSpeakerToTheVerbOfSaying() {
        Attribution a = first("According to the news agency Example Wire, Peruvian President Dina Boluarte said the bloc would grow.");
        assertEquals("Peruvian President Dina Boluarte", a.speaker());
        assertEquals("PE", a.speakerCountry());
        assertEquals("Chilean officials", first("According to Chilean officials, the port will reopen.").speaker());
    }

    @Test
    void titleWithACountryEarlierInTheArticleGivesTheSpeakersCountry() {
        List<Attribution> all = attribute("Mongolian Foreign Minister Batmunkh Battsetseg arrived. Battsetseg said ties were strong.");
        assertEquals("MN", all.get(1).speakerCountry());
    }

    @Test
    void unitedStatesIsNotAVerb() {
        assertFalse(first("The United States and its allies watched the Gulf states closely.").present());
    }

    @Test
    void nameBeforeAnAppositiveTitleIsTheSpeaker() {
        Attribution a = first("Sadyr Japarov, the Kyrgyz president, said the region needs calm.");
        assertEquals("Sadyr Japarov", a.speaker());
        assertEquals("KG", a.speakerCountry());
        Attribution b = first("Batmunkh Battsetseg, the Mongolian foreign minister, said ties were strong.");
        assertEquals("Batmunkh Battsetseg", b.speaker());
        assertEquals("MN", b.speakerCountry());
    }

    @Test
    void aLegislatorNamedInAnAppositiveSpeaksForTheStateOfItsTitle() {
        Attribution a = first("\"It is a reckless step,\" Juan Perez, a Chilean senator, said on radio.");
        assertEquals("Juan Perez", a.speaker());
        assertEquals("CL", a.speakerCountry());
        Attribution b = first("\"It will wreck the talks,\" Ana Ruiz, a Bolivian lawmaker and former envoy, said.");
        assertEquals("Ana Ruiz", b.speaker());
        assertEquals("BO", b.speakerCountry(), "the first of two coordinated titles heads the appositive");
        assertNull(first("\"It will wreck the talks,\" Ana Ruiz, a Bolivian analyst and author, said.").speakerCountry(),
                "an analyst speaks for no state, first title or not");
    }

    @Test
    void theTitleOfAPersonWhoSpokeIsWhomALaterUnnamedOfficeOfThatTitleRefersTo() {
        List<Attribution> all = attribute("President Emmanuel Macron announced on Monday that Spain's claim to the islands was fair."
                + " In a statement from the palace, the president defended his decision as overdue.");
        assertEquals("FR", all.get(0).speakerCountry());
        assertEquals("FR", all.get(1).speakerCountry(), "the president named before, not the first state of the sentence before");
    }

    @Test
    void speakerWithATitleButNoCountryTakesTheParagraphsTopic() {
        List<Attribution> all = attribute("Iran reacted sharply. Foreign Ministry spokesman Esmaeil Baghaei condemned the move.");
        assertEquals("IR", all.get(1).speakerCountry());
    }

    @Test
    void analystsDoNotSpeakForTheirCountry() {
        assertNull(first("Analysts in Tehran said the move showed Washington's influence.").speakerCountry());
    }

    @Test
    void modifierAfterAccordingToIsNotASpeaker() {
        assertFalse(first("Trade was about $1 billion, according to Kazakh customs data.").present());
    }

    @Test
    void weekdaysAreNotSpeakers() {
        Attribution a = first("The United Arab Emirates and Bahrain on Friday welcomed the accession.");
        assertFalse(a.present() && a.speaker().contains("Friday"), a.toString()); // the states before the day speak
    }

    @Test
    void relativeClauseBeforeTheVerbIsSkipped() {
        assertEquals("Azerbaijan", first("Azerbaijan, which has close ties with Israel, welcomed the step.").speaker());
    }

    @Test
    void anAppositionWithAClauseOfItsOwnBeforeTheVerbIsSkipped() {
        Attribution a = first("Bolivia, a country that has long traded with Peru, criticised the decision.");
        assertEquals("Bolivia", a.speaker());
        assertEquals("BO", a.speakerCountry());
    }

    @Test
    void anAppositionNamingAnotherStateByItsRelationIsSkipped() {
        Attribution a = first("Bolivia, a close ally of Lima, called the decision a mistake.");
        assertEquals("Bolivia", a.speaker());
        assertEquals("BO", a.speakerCountry());
        assertEquals("CL", first("Ana Example, a spokeswoman for Chile's foreign ministry, said the decision was a mistake.").speakerCountry(),
                "an apposition naming the speaker's office still gives its state");
    }

    @Test
    void passiveAgentIsTheSpeaker() {
        Attribution a = first("The move is seen by Israeli officials as a success.");
        assertEquals("Israeli officials", a.speaker());
        assertEquals("IL", a.speakerCountry());
    }

    @Test
    void aTranscriptsSpeakerLabelAttributesItsTurnUntilTheNextLabel() {
        List<Attribution> a = attribute("Chilean Foreign Minister Ana Soto spoke to reporters in Lima on Monday.\n\n"
                + "QUESTION: Minister, do you have a reaction to the vote?\n\n"
                + "MINISTER SOTO: The vote is a grave mistake. We will watch closely.\n\n"
                + "We remain ready to talk at any time.\n\n"
                + "MODERATOR: Thank you, everybody.");
        assertFalse(a.get(1).present(), "a journalist's question is nobody's position");
        assertEquals("MINISTER SOTO", a.get(2).speaker());
        assertEquals("CL", a.get(2).speakerCountry());
        assertEquals("CL", a.get(3).speakerCountry());
        assertEquals("MINISTER SOTO", a.get(4).speaker(), "a paragraph without a label goes on with the last speaker");
        assertEquals("MODERATOR", a.get(5).speaker());
        assertNull(a.get(5).speakerCountry());
    }

    @Test
    void labelsOutsideATranscriptAttributeNothing() {
        List<Attribution> a = attribute("Background: The vote is a grave mistake, the paper wrote.\n\nReaction: Few expected the vote.");
        assertFalse(a.get(1).present(), "a run-in heading is no speaker where nobody asks questions");
    }

    @Test
    void theSubjectOfTheFirstOfTwoJoinedVerbsSaysWhatTheSecondSays() {
        Attribution a = first("Chilean Foreign Minister Ana Soto expressed support for the bloc and said that Chile would help.");
        assertEquals("CL", a.speakerCountry());
        assertTrue(a.speaker().endsWith("Ana Soto"), a.speaker());
        assertEquals("PE", first("Peru welcomed the decision by Chile, and said it would send aid.").speakerCountry());
        assertEquals("Chile and Peru", first("Chile and Peru said the vote was flawed.").speaker());
    }

    @Test
    void aVerbAfterAPrepositionIsNotTheJoinedVerbWhoseSubjectSpeaks() {
        Attribution a = first("Chilean Foreign Minister Ana Soto accused Peru of using gas as a weapon and said Chile would cope.");
        assertEquals("CL", a.speakerCountry());
        assertTrue(a.speaker().endsWith("Ana Soto"), a.speaker());
        assertEquals("BO", first("Bolivia urged Peru to reopen the pipeline and said talks would go on.").speakerCountry());
    }

    @Test
    void aStatementThatClosesAQuotationSpeaksItNotThePersonBefore() {
        List<Attribution> a = attribute("Chilean Foreign Minister Ana Soto said on Friday that the talks had failed.\n\n"
                + "“The ambassador was summoned and told to leave within 72 hours,” the government statement said.");
        assertEquals("the government statement", a.get(1).speaker());
    }

    @Test
    void aNameBeforeACommaIsNoSpeakerWhenTheTitleAfterItIsNotClosedByOne() {
        List<Attribution> a = attribute("Chile's Deputy Foreign Minister Ana Soto spoke in Lima.\n\n"
                + "Chile had expected that Peru would refrain from signing the Lima Fisheries Convention, the deputy foreign minister stressed.");
        assertEquals("the deputy foreign minister", a.get(1).speaker());
        assertEquals("Tokayev", first("Tokayev, the Kazakh president, said the pact was fair.").speaker());
    }

    @Test
    void anInterviewsAnswersAreThoseOfThePersonItsIntroductionNames() {
        List<Attribution> a = attribute(String.join("\n\n",
                "Peru said last week it would drain the lake. We spoke to Chile's ambassador to Lima, Ana Ruiz.",
                "Q: How did Santiago react?",
                "A: We are deeply opposed to it."));
        assertEquals("CL", a.get(a.size() - 1).speakerCountry());
    }

    @Test
    void aLabelWhoseEveryTurnIsAQuestionAsksSoTheOtherLabelsAnswer() {
        List<Attribution> a = attribute(String.join("\n\n",
                "Chile's foreign minister Ana Ruiz spoke to the Example Weekly in Santiago.",
                "Example Weekly: Peru says the lake will be drained. Will you accept it?",
                "Ana Ruiz: No. We reject any draining without a treaty.",
                "EW: And the talks?",
                "Ruiz: We remain ready to talk."));
        assertEquals("CL", a.get(3).speakerCountry(), a.toString());
        assertEquals("CL", a.get(a.size() - 1).speakerCountry(), a.toString());
    }

    @Test
    void anOfficeNotSeenBeforeReportsTheActOfTheStateThatOpensTheSentence() {
        List<Attribution> a = attribute("Peru's foreign ministry condemned the dam.\n\n"
                + "Chile began filling the dam on Monday, the energy ministry said.\n\n"
                + "Chile broke the water accord, the foreign ministry said.");
        assertEquals("PE", a.get(0).speakerCountry());
        assertEquals("CL", a.get(1).speakerCountry());
        assertEquals("PE", a.get(2).speakerCountry());
    }

    @Test
    void theSubjectWhoSpokeToUsIsTheIntervieweeAndAnswersInTheFirstPersonAreTheirs() {
        List<Attribution> a = attribute("Chile's foreign minister Ana Example spoke to us about the ruling.\n\nQ: Do you accept it?\n\n"
                + "A: We cannot accept a ruling that the experts called unfair.");
        assertEquals("CL", a.get(2).speakerCountry());
        assertEquals("Chile's foreign minister Ana Example", a.get(2).speaker());
    }

    @Test
    void anAnswerInAStateBodysBriefingIsThatStatesSpokesperson() {
        String body = "Q: What is your view of the ruling?\n\nA: We respect the court and will study the ruling carefully.";
        List<CountryMention> mentions = new CountryRecognizer().recognize(body, G.scan(body));
        SpeakerFinder finder = new SpeakerFinder(G, body, mentions).issuedBy("CL");
        List<Sentence> sentences = SPLITTER.split(body);
        finder.find(sentences.get(0));
        assertEquals("CL", finder.find(sentences.get(1)).speakerCountry());
    }

    @Test
    void weInAStateBodysOwnReleaseIsThatState() {
        String body = "We have noted with regret the decision to close the harbour. We call on all parties to talk.";
        List<CountryMention> mentions = new CountryRecognizer().recognize(body, G.scan(body));
        SpeakerFinder finder = new SpeakerFinder(G, body, mentions).issuedBy("CL");
        List<Sentence> sentences = SPLITTER.split(body);
        assertEquals("CL", finder.find(sentences.get(0)).speakerCountry());
        assertEquals("CL", finder.find(sentences.get(1)).speakerCountry());
        assertFalse(new SpeakerFinder(G, body, mentions).find(sentences.get(0)).present(), "no issuer, no state's voice");
    }

    @Test
    void anUnnamedOfficeInAStateBodysOwnReleaseSpeaksForThatState() {
        String body = "Santiago, 3 March 2026 – The reopening of the harbour is good news, the Ministry of Foreign Affairs said today.";
        List<CountryMention> mentions = new CountryRecognizer().recognize(body, G.scan(body));
        SpeakerFinder finder = new SpeakerFinder(G, body, mentions).issuedBy("CL");
        assertEquals("CL", finder.find(SPLITTER.split(body).get(0)).speakerCountry());
        assertNull(new SpeakerFinder(G, body, mentions).find(SPLITTER.split(body).get(0)).speakerCountry());
        SpeakerAnnotator annotator = new SpeakerAnnotator(G);
        assertEquals("IS", annotator.issuerState("Ministry of Foreign Affairs of Iceland"));
        assertNull(annotator.issuerState("The Iceland Review"));
    }

    @Test
    void aDelegateSpeaksForTheStateAFrontedSpeakingForNames() {
        assertEquals("PE", first("Speaking for Peru, the delegate said the seizure was lawful.").speakerCountry());
        assertEquals("PE", first("On behalf of Peru, the representative said the talks should resume.").speakerCountry());
        assertEquals("CL", first("The representative of Chile said the seizure was unlawful.").speakerCountry());
        assertNull(first("Speaking for the first time since the vote, the delegate said talks should resume.").speakerCountry());
    }

    @Test
    void aStateSpeaksPastTheDayAndATitledOfficialWithoutAStateQuotedNextSpeaksForIt() {
        List<Attribution> a = attribute("LIMA — Peru on Wednesday warned that the expulsion risked instability.\n\n"
                + "“This decision worries us deeply,” Foreign Minister Ana Example told reporters.");
        assertEquals("PE", a.get(0).speakerCountry());
        assertEquals("PE", a.get(1).speakerCountry());
    }

    @Test
    void theLastWordsOfAQuotationBeforeSaidAreNoSpeakerAndAGoingOnQuotationKeepsTheSpeakersState() {
        List<Attribution> a = attribute("A spokesman for the Uruguayan foreign minister said Montevideo had raised the matter with Lima.\n\n"
                + "\"We have made our views known to Peru,\" said the spokesman. \"We will follow the case closely.\"");
        assertEquals("the spokesman", a.get(1).speaker());
        assertEquals("UY", a.get(1).speakerCountry());
        assertEquals("UY", a.get(2).speakerCountry(), "the quotation that goes on is still Uruguay's");
    }

    @Test
    void theStatementReferredBackToIsTheLastSpeakersText() {
        List<Attribution> a = attribute("In a statement on Monday, Uruguay's foreign ministry stressed its respect for the treaty.\n\n"
                + "The statement criticised the leaders in Lima and Quito for their decision.");
        assertEquals("UY", a.get(1).speakerCountry());
    }

    @Test
    void anUnnamedOfficeInASentenceThatOpensWithACapitalSpeaksForThatCapitalsState() {
        List<Attribution> a = attribute("Uruguay rejected the plan on Saturday.\n\nBolivia's government said it backed the plan.\n\n"
                + "In Montevideo, the foreign ministry said the plan had no legal effect.");
        assertEquals("UY", a.get(2).speakerCountry());
    }

    @Test
    void aHyphenatedGivenNameWithALowerCasePartIsPartOfTheName() {
        Attribution a = first("Chilean Prime Minister Kim Ha-soo said the ban would stay.");
        assertEquals("Chilean Prime Minister Kim Ha-soo", a.speaker());
        assertEquals("CL", a.speakerCountry());
        assertEquals("Chilean President Lee Jae-in", first("Chilean President Lee Jae-in said the ban would stay.").speaker());
    }

    @Test
    void whereASpeakerSpokeIsNoPartOfTheSpeaker() {
        assertEquals("the Peruvian Foreign Minister Ana Ruiz", first("\"The charter failed us,\" said the Peruvian Foreign Minister Ana Ruiz in a statement.").speaker());
        assertEquals("Ana Ruiz", first("\"It failed,\" said Ana Ruiz in a televised address.").speaker());
        assertEquals("officials in the Peruvian ministry", first("\"It failed,\" said officials in the Peruvian ministry.").speaker());
        assertEquals("President Ana Ruiz", first("\"It failed,\" said President Ana Ruiz in her Example account.").speaker(),
                "a social media account where the speaker wrote");
        assertEquals("Ana Ruiz", first("\"It failed,\" said Ana Ruiz in a news conference.").speaker());
    }

    @Test
    void theObjectOfAPrepositionBeforeACommaAndTheVerbIsNoSpeaker() {
        assertEquals("President Ana Ruiz", first("LIMA – Peru will sever relations with Chile, said President Ana Ruiz.").speaker());
        assertEquals("Peru", first("The neighbour of Chile, Peru, said the talks went well.").speaker());
    }

    @Test
    void aNamedInstitutionThatSpokeIsNoOneAHeOrSheRefersTo() {
        List<Attribution> all = attribute("The Peruvian Defense Ministry announced the suspension on Saturday. "
                + "European Union foreign policy chief Ana Soto Varela implored Peru to rethink the move. "
                + "\u201cThe bloc urges Peru to revert its decision,\u201d she wrote on Sunday.");
        assertEquals("The Peruvian Defense Ministry", all.get(0).speaker());
        assertNotEquals("PE", all.get(2).speakerCountry(), "a ministry is no 'she'");
    }

    @Test
    void aPersonAnOfficeReportsOnIsTheOneALaterHeRefersTo() {
        List<Attribution> all = attribute("Peru's fisheries minister Ana Soto said the pact was fair. "
                + "Chile's foreign ministry said Motegi welcomed the pact. He added that Japan would deepen its ties with Peru.");
        assertEquals("Chile's foreign ministry", all.get(1).speaker());
        assertEquals("Motegi", all.get(2).speaker());
    }

    @Test
    void aPersonUnderALongTitleOfAnOrganisationIsTheOneALaterSheRefersTo() {
        List<Attribution> all = attribute("The Peruvian Defense Ministry announced the suspension on Saturday. "
                + "European Union foreign policy chief Ana Soto Varela implored Peru to rethink the move. "
                + "\u201cThe bloc urges Peru to revert its decision,\u201d she wrote on Sunday.");
        assertEquals("European Union foreign policy chief Ana Soto Varela", all.get(2).speaker());
    }
}

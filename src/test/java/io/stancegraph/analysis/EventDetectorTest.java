package io.stancegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Headlines and leads written for these tests, about invented turns of real-world kinds. */
class EventDetectorTest {

    private static final EventDetector DETECTOR = new EventDetector(Gazetteer.load(), StanceClassifier.ACTS);

    private static EventDetector.Lead lead(String title, String lead) {
        return new EventDetector.Lead(title, lead);
    }

    @Test
    void anOrdinalBeforeTheActsOwnNounIsNoObject() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Peru's president wins third term", null)));
        assertEquals("elect", e.act());
        assertNotEquals("third", e.object());
    }

    @Test
    void orderingOthersToCarryOutTheActIsTheStatesAct() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Peru's ruling junta has ordered police to expel Chile's ambassador", null)));
        assertEquals("expel", e.act());
        assertEquals(List.of("PE"), e.actors());
    }

    @Test
    void givingAnEnvoyTimeToLeaveOrOrderingItOutOfTheCountryIsAnExpulsionOfTheEnvoy() {
        CorpusEvent given = DETECTOR.detect(List.of(lead("Peru gives Chilean envoy 48 hours to leave", null)));
        assertEquals("expel", given.act());
        assertEquals("Chilean envoy", given.object());
        assertEquals(List.of("CL"), given.targets());
        CorpusEvent ordered = DETECTOR.detect(List.of(lead("Peru has ordered the Chilean ambassador to the country to leave within 48 hours", null)));
        assertEquals("expel", ordered.act());
        assertEquals("Chilean ambassador", ordered.object());
    }

    @Test
    void anActsNounBeforeANounOfPeopleSaysWhoTheyAreNotWhatIsDone() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Peru's coup leaders have expelled the Chilean ambassador", null)));
        assertEquals("expel", e.act());
    }

    @Test
    void aStatesParliamentActsForItPastTheDayBetween() {
        CorpusEvent e = DETECTOR.detect(List.of(lead(null, "Peru's parliament on Tuesday passed the final reading of a fisheries bill, officials said."),
                lead(null, "On May 14, Peru's lawmakers passed the fisheries bill by 84 votes to 40."),
                lead("EU official calls Peru's fisheries bill unhelpful", null)));
        assertEquals(List.of("PE"), e.actors(), e.toString());
        assertEquals("pass", e.act());
    }

    @Test
    void statesJudgedForAnActOrNamedAfterADecisionByDoIt() {
        for (String title : List.of("Commission criticises Chile and Peru for banning Bolivian fish imports",
                "Bloc reacts to decisions by Chile and Peru to ban Bolivian fish", "Peruvian, Polish bans on Bolivian fish imports to be discussed",
                "Commission condemns Chile and Peru for banning the import of fish from Bolivia")) {
            CorpusEvent e = DETECTOR.detect(List.of(lead(title, null)));
            assertEquals("ban", e.act(), title);
            assertEquals(2, e.actors().size(), title + ": " + e);
            assertEquals(List.of("BO"), e.targets(), title);
        }
    }

    @Test
    void breakingOffAnAgreementOrCooperationIsLeavingIt() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Peru breaks off military cooperation with Chile", null),
                lead("Chile seeks clarification after Peru breaks off defence agreement", null)));
        assertEquals("withdraw", e.act(), e.toString());
        assertEquals(List.of("PE"), e.actors());
        for (String title : List.of("Peru breaks off military cooperation with Chile", "Peru announces end of military cooperation with Chile")) {
            assertEquals("military cooperation", DETECTOR.detect(List.of(lead(title, null))).object(), "neither the particle nor the partner: " + title);
        }
    }

    @Test
    void endingAnAgreementOrCooperationIsLeavingIt() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Peru ends defence cooperation agreement with Chile", null),
                lead("Peru to end security pact with Chile", "Peru said on Monday it would terminate the 2015 security pact with Chile."),
                lead("Chile takes note of Peru decision to end military cooperation", null)));
        assertEquals("withdraw", e.act(), e.toString());
        assertEquals(List.of("PE"), e.actors());
    }

    @Test
    void aProtestOverAStateSeenDoingNothingIsItselfTheEvent() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Peru downgrades diplomatic ties with Chile over Bolivia", null),
                lead("Peru downgrades relations with Chile over Bolivia row",
                        "Peru said on Monday it had downgraded its ties with Chile after Santiago let Bolivia open a trade office."),
                lead("Peru cuts ties with Chile to charge d'affaires level", null)));
        assertEquals("sever", e.act(), e.toString());
        assertEquals(List.of("PE"), e.actors());
        assertEquals(List.of("CL"), e.targets());
    }

    @Test
    void aCourtIssuingAnArrestWarrantIsTheEventNotTheInvitationsThatAnswerIt() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile invites Peru's president to visit despite court's arrest warrant",
                        "The International Criminal Court issued an arrest warrant for Peru's president on Thursday over the border killings."),
                lead("Bolivia says it would arrest Peruvian leader after ICC warrant",
                        "The ICC issued arrest warrants for Peruvian President Ana Example and two generals on Thursday."),
                lead("Ecuador invites Peru's president to visit Quito", "Ecuador said it would ignore the ICC's arrest warrant.")));
        assertEquals("indict", e.act(), e.toString());
        assertEquals(List.of("icc"), e.actors());
        assertEquals(List.of("PE"), e.targets());
    }

    @Test
    void anEnvoyExpelledIsTheObjectNotWhatTheExpulsionIsOver() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Peru expels Chilean ambassador", null),
                lead("Peru expels Chilean ambassador over flag burning", null)));
        assertEquals("Chilean ambassador", e.object(), e.toString());
        assertEquals("Peru expels Chilean ambassador", e.summary());
        assertEquals(List.of("CL"), e.targets());
    }

    @Test
    void aRecognitionNamedWithItsStateOrItsLeaderIsTheEventBesideTiesItBrings() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Reactions to US recognition of Bolivian sovereignty over the Atacama strip",
                        "Responses to the recognition by the US and the normalisation of relations between Chile and Bolivia came quickly."),
                lead("Meanwhile, Chile and Bolivia have agreed to normalize relations", null),
                lead("US recognizes the Atacama strip as part of Bolivia and La Paz establishes relations with Chile",
                        "The outgoing president of the United States, Donald Trump, recognized Bolivian sovereignty over the strip."),
                lead("Ecuador rejects the US declaration on the Atacama strip", null)));
        assertEquals("recognise", e.act(), e.toString());
        assertEquals(List.of("US"), e.actors(), "states that agreed to restore ties did not agree to the recognition");
    }

    @Test
    void aStateRightBeforeTheNounOfItsActOwnsItAfterAPreposition() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Reactions to US recognition of the Atacama strip", null),
                lead("Anger at U.S. recognition of the Atacama strip", null)));
        assertEquals(List.of("US"), e.actors(), e.toString());
    }

    @Test
    void aNameSetOffByCommasDoesTheActAfterIt() {
        CorpusEvent e = DETECTOR.detect(List.of(lead(null, "The president of Peru, Dina Boluarte, recognized the Atacama strip on Friday."),
                lead(null, "The head of state of Peru, Dina Boluarte, recognized the strip as part of Bolivia.")));
        assertEquals(List.of("PE"), e.actors(), e.toString());
        assertEquals("recognise", e.act());
    }

    @Test
    void whatAResponderActsOnIsNoTargetOfTheEvent() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru buys air defence systems from Bolivia", "Peru bought air defence systems from Bolivia on Monday."),
                lead("Chile sanctions Mercosur partner Peru over air defence purchase", "Chile imposed sanctions on Peru over its purchase."),
                lead("Chile sanctions Mercosur partner Peru over systems deal", null)));
        assertEquals("acquire", e.act());
        assertEquals(List.of("PE"), e.actors());
        assertFalse(e.targets().contains("mercosur"), e.targets().toString());
    }

    @Test
    void anOrganisationByItsKindOrPastARelativeClauseDoesItsAct() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead(null, "The Mercosur bloc, which includes Peru, has agreed to cut beef output by a fifth."),
                lead(null, "Mercosur, whose members export most of the region's beef, decided to cut output on Monday."),
                lead("Chile disappointed by Mercosur's announcement that it would cut output", null)));
        assertEquals("curb", e.act());
        assertEquals(List.of("mercosur"), e.actors());
        CorpusEvent day = DETECTOR.detect(List.of(
                lead(null, "Countries condemned Peru's announcement that it had tested a hypersonic missile Sunday, with Chile calling for talks."),
                lead(null, "Peru said it had tested a hypersonic missile Sunday.")));
        assertFalse(day.object().contains("Sunday"), day.object());
    }

    @Test
    void fillingADamOnASharedRiverIsAnAct() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Bolivia condemns Peru's move to fill Andes dam as illegal",
                        "Peru announced on Monday it had filled its new Andes dam, and Bolivia condemned the move."),
                lead("Peru starts second filling of border dam despite Bolivian protests",
                        "Peru has started the second filling of its border reservoir on the shared river."),
                lead("Bolivia accuses Peru of imposing fait accompli by filling dam", "Bolivia said Peru was filling the dam without a deal.")));
        assertEquals("impound", e.act());
        assertEquals(List.of("PE"), e.actors());
    }

    @Test
    void tiesBrokenOffWithAStateWhoseOwnActTheLeadsNameAnswerThatAct() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Bolivia downgrades diplomatic relations with Peru", "Bolivia reacted angrily to Peru's move to revoke the special status"
                        + " of the border province on Monday, as La Paz downgraded relations."),
                lead("Bolivia expels Peru's ambassador, suspends trade", "Bolivia announced that it was expelling Peru's ambassador."),
                lead("Border dispute: Bolivia downgrades ties with Peru", "Bolivia will downgrade its relations with Peru, its foreign minister said.")));
        assertEquals("revoke", e.act());
        assertEquals(List.of("PE"), e.actors());
        CorpusEvent plain = DETECTOR.detect(List.of(
                lead("Bolivia downgrades diplomatic relations with Peru", "Bolivia downgraded relations with Peru on Monday."),
                lead("Bolivia expels Peru's ambassador, suspends trade", "Bolivia announced that it was expelling Peru's ambassador.")));
        assertEquals(List.of("BO"), plain.actors(), "no act of the target named: the break is the event");
    }

    @Test
    void aBlocThatSlapsGoodsWithTariffsOrAdoptsOrApprovesDutiesImposesThem() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Mercosur slaps Chilean copper cables with tariffs of up to 30%", null),
                lead("Mercosur members approve duties on Chilean cables", "Mercosur countries voted on Friday to adopt tariffs on copper"
                        + " cables imported from Chile."),
                lead("Chile vows to answer Mercosur duties", "Mercosur has adopted definitive duties on Chilean copper cables.")));
        assertEquals("sanction", e.act());
        assertEquals(List.of("mercosur"), e.actors());
    }

    @Test
    void signedOnADayIsNoSigningOn() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile and Peru sign maritime border deal", "Chilean and Peruvian leaders signed on Thursday, May 4, a maritime border"
                        + " agreement brokered by Brazil."),
                lead("Chile, Peru sign historic border agreement", "The leaders of Chile and Peru signed on Friday the border deal.")));
        assertNotEquals("accede", e.act());
        assertTrue(e.summary().startsWith("Chile and Peru conclude "), e.summary());
        assertFalse(e.object() != null && e.object().matches("(?i).*(?:may|thursday|friday).*"), e.object());
    }

    @Test
    void forcingAWayIntoAnotherStatesEmbassyIsTheActTheBreakOfTiesAnswers() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile cuts ties with Peru after police storm its embassy in Lima", "Chile broke off diplomatic relations with Peru after"
                        + " Peruvian police forced their way into the Chilean embassy in Lima to detain a former minister."),
                lead("Peru raids Chilean embassy", "Peruvian officers broke into the Chilean embassy late on Sunday, and Chile severed ties."),
                lead("Chile severs diplomatic ties with Peru over embassy raid", "Chile said it was cutting relations with Peru.")));
        assertEquals("raid", e.act());
        assertEquals(List.of("PE"), e.actors());
        assertEquals("Peru raids Chilean embassy", e.summary());
    }

    @Test
    void whatFollowsAStatesActNounIsWhatIsSaidOfItNotItsObject() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Bolivian minister says Peru's export curbs breach trade rules",
                        "Peru's decision to tighten curbs on lithium exports to Bolivia breaches trade rules, a Bolivian minister said."),
                lead("Peru's export curbs take effect as Bolivia protests", "Peru's tighter curbs on lithium exports took effect on Monday."),
                lead("Peru tightens curbs on lithium exports to Bolivia", "Peru tightened curbs on lithium exports to Bolivia on Friday.")));
        assertEquals("curb", e.act());
        assertEquals(List.of("PE"), e.actors());
        assertFalse(e.object() != null && e.object().contains("breach"), e.object());
        assertFalse(e.object() != null && e.object().contains("effect"), e.object());
        CorpusEvent verb = DETECTOR.detect(List.of(
                lead("Peru's president recognises breakaway provinces", "Peru's president recognised the breakaway provinces on Monday."),
                lead("Peru's president recognises breakaway provinces, angering Bolivia", "Peru recognised the provinces on Monday.")));
        assertTrue(verb.object() != null && verb.object().contains("provinces"), String.valueOf(verb.object()));
    }

    @Test
    void theNounOfAnActThatAnswersAnotherNamesNeitherTheEventsObjectNorATargetOfIt() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Bolivia files WTO complaints against Peru and Chile over fruit import ban",
                        "Bolivia has filed complaints with the World Trade Organization against Peru and Chile over their bans on its fruit."),
                lead("Bolivia lodges complaints against Peru and Chile over fruit import bans",
                        "Bolivia lodged complaints against Peru and Chile at the trade body over their import bans."),
                lead("Bolivia submits complaints against Peru and Chile over import ban",
                        "Bolivia submitted complaints against Peru and Chile on Monday over their import bans on fruit."),
                lead("Peru and Chile ban fruit imports from Bolivia",
                        "Peru and Chile banned imports of Bolivian fruit on Friday, citing a pest outbreak.")));
        assertEquals("ban", e.act());
        assertEquals(List.of("PE", "CL"), e.actors());
        assertFalse(e.object().contains("complaint"), e.object());
    }

    @Test
    void theActThatTheResponsesInMostHeadlinesAnswerIsTheEvent() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Bolivia halts gas pipeline as Peru faces sanctions",
                        "Bolivia put a stop to a gas pipeline from Peru on Tuesday, after Lima's recognition of the breakaway province."),
                lead("Bolivia freezes pipeline, Ecuador imposes sanctions in major backlash against Peru",
                        "Ecuador hit Peruvian banks with sanctions on Tuesday, as the region responded to Peru's recognition of the breakaway province."),
                lead("Peru declares Chilean breakaway province as independent",
                        "Peruvian President Ana Example on Monday declared the breakaway province of Chile as independent."),
                lead("Bolivia halts pipeline from Peru and Ecuador imposes sanctions on banks",
                        "A day after Peruvian President Ana Example signed a decree recognising the independence of the breakaway province, "
                                + "Bolivia halted the pipeline.")));
        assertEquals("recognise", e.act(), e.toString());
        assertEquals(List.of("PE"), e.actors());
    }

    @Test
    void theDealThatExpulsionsAndRecallsAreOverIsTheEvent() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Bolivia sends home Peruvian ambassador over port deal",
                        "Bolivia sent the Peruvian ambassador home on Thursday in a dispute over a port deal."),
                lead("Bolivia recalls ambassador in Peru over sea access deal",
                        "In response to the deal, Bolivia has recalled its ambassador in Lima."),
                lead("Bolivia expels Peruvian ambassador amid dispute over port deal",
                        "Bolivia has announced the expulsion of the Peruvian ambassador amid tensions over a port deal."),
                lead("Chile urges respect for Bolivia's unity after Peru's port deal with a breakaway region",
                        "Chile called for respecting Bolivia's unity following a port deal between Peru and a breakaway region.")));
        assertEquals(List.of("PE"), e.actors(), e.toString());
        assertTrue(e.object().contains("deal"), e.object());
    }

    @Test
    void aStateThatAPrepositionGovernsIsNoPerformerBesideTheStateThatActs() {
        assertEquals(List.of("EC"), DETECTOR.detect(List.of(lead("Bolivia halts gas from Peru and Ecuador imposes sanctions on banks", ""))).actors());
        assertEquals(List.of("PE", "CL"), DETECTOR.detect(List.of(lead("Peru and Chile ban fruit imports from Bolivia", ""))).actors());
    }

    @Test
    void aStateNamedAfterAPrepositionBeforeANounOfForceIsThePlaceNotTheSide() {
        assertFalse(DETECTOR.detect(List.of(lead("Chile to Punish Peru over Bolivia Strike", ""))).actors().contains("BO"));
        assertEquals(List.of("PE"), DETECTOR.detect(List.of(lead("Peru airstrikes on Chilean ports draw condemnation", ""))).actors());
    }

    @Test
    void anActInABacklashAgainstAStateAnswersIt() {
        assertFalse(DETECTOR.detect(List.of(lead("Ecuador imposes sanctions in a backlash against Peru", ""))).actors().contains("EC"));
        assertFalse(DETECTOR.detect(List.of(lead("Ecuador imposed sanctions on Monday, as the region responded to Peru's recognition of the province", "")))
                .actors().contains("EC"), "a clause of cause after a comma");
    }

    @Test
    void aBodyThatFailsOrRefusesToActDoesNotAct() {
        assertEquals(List.of(), DETECTOR.detect(List.of(lead("Security Council Fails to Adopt Resolution on Kosovo Recognition", ""))).actors());
        assertEquals(List.of(), DETECTOR.detect(List.of(lead("Chile refuses to sign fisheries treaty", ""))).actors());
    }

    @Test
    void whatSurroundsAnActIsNotItsObjectAndAStatesPartyOrArmyActsForIt() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Ruling party wins Peru election amid fraud claims", "")));
        assertEquals("election", e.object());
        assertEquals(List.of("PE"), DETECTOR.detect(List.of(lead("Peru's ruling party wins presidential election", ""))).actors());
        assertEquals(List.of("CL"), DETECTOR.detect(List.of(lead("Chile's navy seizes Peruvian tanker", ""))).actors());
    }

    @Test
    void aBanOnAnotherStatesGoodsNamedByTheirKindIsABan() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Peru bans Chilean fish", "")));
        assertEquals("ban", e.act());
        assertEquals(List.of("CL"), e.targets());
        CorpusEvent of = DETECTOR.detect(List.of(lead("Peru announces a ban on imports of Chilean fish", "")));
        assertEquals(List.of("PE"), of.actors());
        CorpusEvent imports = DETECTOR.detect(List.of(lead("Peru bans imports of Chilean fish", "")));
        assertEquals("imports of Chilean fish", imports.object());
        assertEquals(List.of("CL"), imports.targets());
    }

    @Test
    void aBodyThatAgreesOrDecidesToActIsTheActor() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("EU agrees ban on Peruvian quinoa imports",
                "European Union governments agreed on Monday to ban all imports of Peruvian quinoa.")));
        assertEquals(List.of("eu"), e.actors());
        assertEquals("ban", e.act());
        assertEquals(List.of("CL"), DETECTOR.detect(List.of(lead("Chile decides to ban Peruvian quinoa imports", ""))).actors());
    }

    @Test
    void aStateWhoseActTheReactionsNameByItsNounIsTheActor() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Bolivia slams Peruvian tariff hikes on Bolivian quinoa",
                        "Bolivia firmly opposes the Peruvian decision to raise tariffs on its quinoa, a trade ministry spokesperson said."),
                lead("Chile and Ecuador voice doubts over Peru tariff hikes",
                        "Chile's trade minister said a tariff war would hurt the whole region.")));
        assertEquals(List.of("PE"), e.actors());
        assertEquals("tariff hikes", e.object());
    }

    @Test
    void nationalisingAssetsIsAnActAndAnAdverbBeforeItsNounIsPartOfTheObject() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Ghana nationalises offshore gold mines", "Ghana on Monday nationalised its offshore gold mines, ending licences held by foreign firms."),
                lead("Neighbours split over Ghana's mine takeover", "Togo said it regretted the nationalisation, while Benin said it was Ghana's right.")));
        assertEquals(List.of("GH"), e.actors());
        assertEquals("nationalise", e.act());
        assertEquals("offshore gold mines", e.object());
        assertTrue(e.isTrigger("takeover"), "the takeover refers back to the act");
    }

    @Test
    void aPhraseEndingInItsPrepositionIsDoneToWhatFollowsIt() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Mining row deepens", "Ghana on Monday took full control of its gold mines, ending licences held by foreign firms."),
                lead("Neighbours wary", "Ghana took control of the gold mines on Sunday, Togo said.")));
        assertEquals("nationalise", e.act());
        assertEquals("gold mines", e.object());
    }

    @Test
    void aSummaryNamesTheActsNounOnce() {
        assertEquals("Chile stages coup", DETECTOR.summarise(List.of("CL"), "coup", "coup", List.of()));
        assertEquals("Chile stages military coup", DETECTOR.summarise(List.of("CL"), "coup", "military coup", List.of()));
    }

    @Test
    void aSummaryNamesAnOrganisationThatIsTheObjectOnce() {
        assertEquals("Chile withdraws from World Health Organization", DETECTOR.summarise(List.of("CL"), "withdraw", "World Health Organization", List.of("who")));
    }

    @Test
    void theStateBeforeTheDominantActIsTheActor() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Norway quits the Arctic fisheries treaty", "Norway said on Monday it would withdraw from the Arctic fisheries treaty."),
                lead("Neighbours dismayed as Norway leaves fisheries treaty", "Sweden regretted Norway's decision to leave the treaty."),
                lead("Iceland urges Oslo to rethink treaty exit", "Iceland asked Norway to reconsider its withdrawal from the fisheries treaty.")));
        assertEquals(List.of("NO"), e.actors());
        assertEquals("withdraw", e.act());
        assertTrue(e.summary().startsWith("Norway withdraws from"), e.summary());
        assertTrue(e.isTrigger("treaty"));
        assertTrue(e.isTrigger("withdrawing"));
        assertTrue(e.actAgainstObject());
    }

    @Test
    void releasingWasteIntoSharedWatersIsAnActAndAReplyAsItBeginsAnswersIt() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Bolivia halts fish imports from Peru as river wastewater release begins",
                        "Peru began discharging treated mine wastewater into the border river on Monday, prompting Bolivia to halt fish imports."),
                lead("Andean neighbours split over wastewater discharge",
                        "Governments in the region disagreed on Tuesday over Peru's decision to release the treated water into the river."),
                lead("Note on the start of the discharge of treated wastewater",
                        "Today the Government of Peru started the discharge of treated wastewater, in line with its environmental standards.")));
        assertEquals(List.of("PE"), e.actors());
        assertEquals("discharge", e.act());
        assertTrue(e.summary().startsWith("Peru releases"), e.summary());
        assertTrue(e.isTrigger("discharge"));
    }

    @Test
    void aStateRecognisedIsTheWholeObjectAndNothingPastTheCommaIs() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("A new friend in the Middle East", "Chile on Friday formally recognised the State of Palestine, its foreign ministry said in a statement."),
                lead("Santiago takes a side", "Chile has recognised the State of Palestine, its government said, drawing an angry reply from Israel.")));
        assertEquals(List.of("CL"), e.actors());
        assertEquals("recognise", e.act());
        assertEquals("State of Palestine", e.object());
    }

    @Test
    void aCompoundsFirstHalfBelongsToTheObjectHoweverItIsTagged() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("North Korea fires long-range missile into sea off Japan", null),
                lead("North Korea fires long-range missile into sea off Japan again", null)));
        assertEquals(List.of("KP"), e.actors());
        assertEquals("long-range missile", e.object());
    }

    @Test
    void aStatesInterestInOrIdeaOfAnActIsItsAct() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Chilean officials reject Peru's interest in buying the Juan islands", null),
                lead("Chile calls Peru's idea of buying the Juan islands absurd", null)));
        assertEquals("acquire", e.act());
        assertEquals(List.of("PE"), e.actors(), "what Peru wants done is Peru's act, not that of the state that rejects it");
    }

    @Test
    void aPersonalPronounBeforeTheActMakesAPersonItsDoerNotAStateNamedBefore() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Putin Cancels Chile Trip After Learning He Cannot Buy The Juan Islands", null),
                lead("Putin's interest in buying the Juan islands irks Chile", null)));
        assertEquals(List.of("RU"), e.actors(), "he is no state: Chile, named before, does not buy");
        CorpusEvent office = DETECTOR.detect(List.of(lead("Peru's president said he would buy the Juan islands", null),
                lead("Peru's president says he will buy the Juan islands", null)));
        assertEquals(List.of("PE"), office.actors(), "a state's officer is a person who acts for it");
    }

    @Test
    void anOrganisationInACompoundBeforeTheEventNounIsAPartyNotPartOfTheObject() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Farmers protest against EU-Mercosur agreement", null),
                lead("Chile opposes the EU-Mercosur agreement", null)));
        assertEquals(List.of("eu", "mercosur"), e.actors());
        assertEquals("agreement", e.object(), "as 'Chile-Peru agreement' is an agreement of Chile and Peru");
    }

    @Test
    void theObjectIsTheFullestNameOfWhatTheActIsDoneToThatHoldsTheEventNoun() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Peru calls Chile's suspension of fisheries treaty an act of war",
                        "Peru denounced Chile's move to suspend the Humboldt Fisheries Treaty on Friday."),
                lead("Chile suspends Humboldt treaty", "Chile said on Wednesday it was suspending the Humboldt Fisheries Treaty."),
                lead("Why the treaty matters to Peru", null)));
        assertEquals("withdraw", e.act());
        assertEquals("Humboldt Fisheries Treaty", e.object(), "not the bare noun 'treaty'");
    }

    @Test
    void movingAnEmbassyIsItsOwnActWithTheCityAsItsObject() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Peru moving embassy to Valparaiso", "Peru on Monday opened its embassy in Valparaiso."),
                lead("Bolivia condemns Peru's decision to move embassy to Valparaiso", null)));
        assertEquals("Peru moves embassy", DETECTOR.detect(List.of(lead("Peru moves its embassy", null), lead("Peru moves its embassy", null))).summary(),
                "the embassy named once");
        assertEquals("relocate", e.act());
        assertEquals(List.of("PE"), e.actors());
        assertEquals("Peru moves embassy to Valparaiso", e.summary());
    }

    @Test
    void handingLandOrSovereigntyOverIsCeding() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Chile agrees to hand the Juan islands to Peru", null),
                lead("Chile to transfer sovereignty over islands to Peru", null),
                lead("Why Chile gave up sovereignty of the Juan islands", null)));
        assertEquals("cede", e.act());
        assertEquals(List.of("CL"), e.actors());
        assertTrue(e.summary().startsWith("Chile cedes"), e.summary());
    }

    @Test
    void takingBackARatificationIsLeavingNotRatifying() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Peru revokes its ratification of the Pacific fisheries treaty", null),
                lead("President signs law revoking Peru's ratification of fisheries treaty", null),
                lead("Lima completes the withdrawal of its treaty ratification", null),
                lead("What Peru's deratification of the fisheries treaty means", null)));
        assertEquals("withdraw", e.act(), "the ratification inside the phrase is what is taken back");
        assertEquals(List.of("PE"), e.actors());
    }

    @Test
    void anActInsideALongerActOfAnotherFamilyIsPartOfIt() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Chile blocks Bolivia's accession to the Andean alliance", null),
                lead("Chile again blocks Bolivia's accession", null)));
        assertEquals("veto", e.act(), "blocking an accession is the act, not acceding");
        assertEquals(List.of("CL"), e.actors());
    }

    @Test
    void leavingABodyNamedByItsInitialsIsWithdrawingButLeavingAStateIsNot() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Bolivia leaves ALBA with immediate effect", null)));
        assertEquals(List.of("BO"), e.actors());
        assertEquals("withdraw", e.act());
        assertEquals("ALBA", e.object());
        assertNull(DETECTOR.detect(List.of(lead("Peru's president leaves USA after two-day visit", null))).act(), "a journey home");
        assertNotEquals("The", DETECTOR.detect(List.of(lead("Bolivia Leaves The Andean Community", null))).object(), "a title-case article is no body");
    }

    @Test
    void theStateAfterOfInANounOfLeavingOrJoiningIsItsActor() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Press statement on the withdrawal of Bolivia from the Andean Community", null)));
        assertEquals(List.of("BO"), e.actors());
        assertEquals("withdraw", e.act());
        assertEquals("Andean Community", e.object());
        assertEquals("grain deal", DETECTOR.detect(List.of(lead("Peru's suspension of its participation in the grain deal", null))).object(),
                "participation is the member's part in what it leaves");
        CorpusEvent join = DETECTOR.detect(List.of(lead("What the accession of Uruguay to the Pacific Alliance means", null)));
        assertEquals(List.of("UY"), join.actors());
        assertEquals("accede", join.act());
    }

    @Test
    void aNounOfStoppingTradeWithItsAgentAfterByIsTheAct() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Statement on the suspension of coffee exports by Peru", null)));
        assertEquals(List.of("PE"), e.actors());
        assertEquals("curb", e.act());
        assertEquals("coffee exports", e.object());
        CorpusEvent halt = DETECTOR.detect(List.of(lead("Buyers fret over the halt to copper shipments by Chile", null)));
        assertEquals(List.of("CL"), halt.actors());
        assertEquals("curb", halt.act());
    }

    @Test
    void aStatesNameBeforeANounOfForceNamesTheSideThatActs() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile backs UK airstrikes on Bolivian border posts", null),
                lead("How neighbours reacted to the UK air strike on Bolivia", null),
                lead("UK fires missiles at Bolivian airfield", "The United Kingdom fired missiles at an airfield in Bolivia on Friday.")));
        assertEquals(List.of("GB"), e.actors());
        assertEquals("strike", e.act());
        assertTrue(e.targets().contains("BO"), e.targets().toString());
    }

    @Test
    void aStatesNameUsedAsAModifierOfANounOfForceIsItsActor() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile backs UK airstrikes on Bolivian border posts", null),
                lead("How neighbours reacted to the UK air strike on Bolivia", null),
                lead("Bolivia vows answer to UK strikes", null)));
        assertEquals(List.of("GB"), e.actors());
    }

    @Test
    void missilesFiredWithoutATargetAreATest() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile fires missiles into the sea", "Chile fired two missiles into the sea on Monday."),
                lead("Neighbours alarmed as Chile fires missiles", null)));
        assertEquals("test", e.act());
    }

    @Test
    void holdingAReferendumIsAnActOfTheStateThatHoldsIt() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Bolivia holds referendum on the disputed lake", "Bolivia held a referendum on Sunday on its claim to the lake."),
                lead("Chile rejects Bolivian referendum", null),
                lead("Voters back claim as Bolivia stages plebiscite", null)));
        assertEquals("plebiscite", e.act());
        assertEquals(List.of("BO"), e.actors());
        assertEquals("Bolivia holds referendum", e.summary());
    }

    @Test
    void claimingOrSeizingLandIsAnActOfAnnexationEvenAfterAVote() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Bolivia votes to claim the lake region", null),
                lead("Chile warns Bolivia against moves to seize territory", "Bolivia moved to seize territory along the lake on Monday.")));
        assertEquals("annex", e.act());
        assertEquals(List.of("BO"), e.actors());
    }

    @Test
    void listingAGroupAsTerroristIsAnActOfDesignation() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile designates Andean Front as terrorist group", null),
                lead("Bolivia condemns Chilean terror designation", null),
                lead("Peru cautious on Chile's designation", null)));
        assertEquals("designate", e.act());
        assertEquals(List.of("CL"), e.actors());
    }

    @Test
    void revokingAStatusIsAnAct() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile revokes the northern province's special status", null),
                lead("Bolivia protests as Chile strips province of autonomy", null),
                lead("Peru criticises Chile's revocation", null)));
        assertEquals("revoke", e.act());
        assertEquals(List.of("CL"), e.actors());
    }

    @Test
    void exportControlsAreACurbThatTheSummarySaysIsImposed() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile imposes export controls on two rare metals", null),
                lead("Bolivia concerned over Chilean export controls", null)));
        assertEquals("curb", e.act());
        assertEquals("Chile imposes export controls", e.summary(), "not 'cuts export controls'");
    }

    @Test
    void launchingASatelliteIsATest() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile launches military spy satellite", null),
                lead("Peru condemns Chilean satellite launch", null)));
        assertEquals("test", e.act());
        assertEquals(List.of("CL"), e.actors());
    }

    @Test
    void aStatesPossessiveAfterAVerbOwnsTheActThatFollows() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru threatens to block Chile's accession to the Pacific bloc", null),
                lead("Bolivia could delay Chile's accession", "Bolivia said it might hold up Chile's accession to the bloc.")));
        assertEquals("accede", e.act());
        assertEquals(List.of("CL"), e.actors());
    }

    @Test
    void orderingAnEnvoyToLeaveIsAnExpulsionByTheRulersState() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Bolivia junta orders Chilean ambassador to leave", null),
                lead("Chile refuses to recall envoy", "Chile said its ambassador would stay despite the order.")));
        assertEquals("expel", e.act());
        assertEquals(List.of("BO"), e.actors());
        assertEquals(List.of("CL"), e.targets());
    }

    @Test
    void closingABorderIsItsOwnActAndTheBorderItsObject() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile closes border with Peru", "Chile will close all crossings on its border with Peru, officials said."),
                lead("Peru protests Chilean border closure", null)));
        assertEquals("close", e.act());
        assertEquals("Chile closes border with Peru", e.summary());
    }

    @Test
    void suspendingOrDowngradingRelationsBreaksThemOff() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile suspends relations with Peru", null),
                lead("Chile downgrades ties with Peru after dispute", null)));
        assertEquals("sever", e.act());
        assertEquals(List.of("PE"), e.targets());
    }

    @Test
    void extendingCutsIsACurbImposed() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile and Peru extend copper output cuts", null),
                lead("Buyers fret as Chile, Peru extend cuts", null)));
        assertEquals("curb", e.act());
        assertEquals("Chile and Peru impose copper output cuts", e.summary());
    }

    @Test
    void aPossessiveBetweenTheVerbAndTheActsNounIsNoObject() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead(null, "Chile suspended its participation in the fisheries treaty."),
                lead(null, "Chile suspended its participation on Monday.")));
        assertEquals("withdraw", e.act());
        assertNotEquals("its", e.object());
    }

    @Test
    void aBodySuspendingAStateSuspendsItAndTheStateIsTheTarget() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("African Union suspends Chad after coup", "The African Union suspended Chad from all its activities."),
                lead("Chad regrets suspension", null)));
        assertEquals("suspend", e.act());
        assertEquals(List.of("african-union"), e.actors());
        assertEquals(List.of("TD"), e.targets());
        assertEquals("African Union suspends Chad", e.summary());
        e = DETECTOR.detect(List.of(lead("African Union suspends Chad after coup",
                        "The African Union has suspended Chad's membership after a coup in the country."),
                lead("African Union suspends Chad following coup", "The African Union has suspended Chad's membership with immediate effect."),
                lead("African Union suspends Chad's membership after coup", null)));
        assertEquals("African Union suspends Chad's membership", e.summary(), "the target owns the object it is named in");
        e = DETECTOR.detect(List.of(lead("African Union suspends Chad's membership after coup", null),
                lead("African Union suspends Chad's membership over coup", "The African Union has suspended Chad's membership after the coup.")));
        assertEquals("suspend", e.act(), "a state's membership suspended by a body is no leaving: " + e);
        assertEquals(List.of("TD"), e.targets());
        e = DETECTOR.detect(List.of(lead("Chad's membership suspended by African Union", null),
                lead("Chad's membership suspended after coup", "Chad's membership was suspended by the African Union on Thursday.")));
        assertNotEquals("accede", e.act(), "a membership suspended is no joining: " + e);
    }

    @Test
    void takingAStateOffAListIsAnActDoneToItAndTheListIsTheObject() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile to remove Peru from trusted exporters list", "Chile's cabinet agreed on Monday to take Peru off its list of trusted exporters."),
                lead("Chile approves dropping Peru from trusted exporters list", null),
                lead("Peru protests Chile's plan to strike it off trusted exporters list", null)));
        assertEquals("delist", e.act());
        assertEquals(List.of("CL"), e.actors());
        assertEquals(List.of("PE"), e.targets());
        assertEquals("trusted exporters list", e.object());
        assertEquals("Chile removes Peru from trusted exporters list", e.summary());
    }

    @Test
    void anAmountAfterTheActIsNoObject() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile announces production cut of 300,000 tonnes", "Chile said on Monday it would cut copper production by 300,000 tonnes a year."),
                lead("Chilean miners face production cut of 300,000 tonnes", "Peru said it would watch copper prices.")));
        assertEquals("curb", e.act());
        assertEquals("copper production", e.object());
        assertEquals("Chile cuts copper production", e.summary());
    }

    @Test
    void liftingSanctionsIsNoSanction() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile lifts sanctions on Peru", "Chile eased sanctions on Peru's fishing fleet on Monday."),
                lead("Peru welcomes Chilean sanctions relief", null)));
        assertEquals("lift", e.act());
        assertEquals(List.of("CL"), e.actors());
    }

    @Test
    void joiningAStatesBoycottIsBoycottingWithIt() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile to boycott the Lima summit", null),
                lead("Bolivia, Ecuador join Chilean boycott", null),
                lead("Uruguay joins Argentine boycott of the summit", null)));
        assertEquals("boycott", e.act());
        assertTrue(e.actors().containsAll(List.of("CL", "BO", "EC", "AR")), e.actors().toString());
    }

    @Test
    void seizingAShipIsAnActAndTheFlagStateItsTarget() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile seizes Peruvian fishing vessel", "Chile's navy seized a Peruvian fishing vessel on Monday."),
                lead("Peru condemns Chilean seizure of its boat", null)));
        assertEquals("seize", e.act());
        assertEquals(List.of("CL"), e.actors());
        assertEquals(List.of("PE"), e.targets());
    }

    @Test
    void aBlockedMeasureIsTheWholeNounPhraseEvenWhenAHeadlineWordIsTaggedAVerb() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Peru Blocks EU Aid Package For Chile", null)));
        assertEquals("veto", e.act());
        assertTrue(e.object() != null && e.object().endsWith("Package"), String.valueOf(e.object()));
    }

    @Test
    void movingSomethingIsAnActNotABridgeToOne() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Bolivia to move its consulate in Chile to Arica", null),
                lead("Peru criticises Bolivia's decision to move its consulate", null),
                lead("Chile thanks Bolivia as it moves consulate to Arica", null)));
        assertEquals("move", e.act());
        assertEquals(List.of("BO"), e.actors());
        assertEquals("consulate", e.object());
    }

    @Test
    void freezingParticipationInABodyIsLeavingIt() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Ecuador freezes its participation in the Andean water council", null)));
        assertEquals("withdraw", e.act());
        assertEquals(List.of("EC"), e.actors());
    }

    @Test
    void theStateDrillsAreHeldAroundIsTheirTarget() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile holds naval drills around Peru", null),
                lead("Chile stages exercises near Peru for a second day", null)));
        assertEquals("drill", e.act());
        assertEquals(List.of("CL"), e.actors());
        assertEquals(List.of("PE"), e.targets());
    }

    @Test
    void anActDoneInResponseToSomethingElseIsAReplyWhateverItsFamily() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile starts draining the glacier lake", "Chile began draining the lake on Monday."),
                lead("Peru angered by lake plan", "Peru suspended all imports from Chile in response to the draining."),
                lead("Bolivia alarmed as Chile drains the glacier lake", null)));
        assertEquals("drain", e.act());
        assertEquals(List.of("CL"), e.actors());
    }

    @Test
    void statesUrgedToActDoNotActEvenInATitleCaseHeadline() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Mercosur Urges Chile, Peru To Resume Border Talks", null)));
        assertFalse(e.actors().contains("CL") || e.actors().contains("PE"), e.actors().toString());
    }

    @Test
    void aVerbTaggedAsAPluralNounAfterAStateIsItsAct() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Bolivia concerned after Chile drains glacier lake", null),
                lead("Chile starts draining the glacier lake", null)));
        assertEquals("drain", e.act());
        assertEquals(List.of("CL"), e.actors());
    }

    @Test
    void theObjectOfABatchIsWhatItIsOfAndAParticipleModifiesIt() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile pumps second batch of filtered brine into the bay", null),
                lead("Chile began pumping a third batch of filtered brine", null)));
        assertEquals("pump", e.act());
        assertEquals("filtered brine", e.object());
    }

    @Test
    void joiningOthersInADeedIsNoAccession() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Peru joins Chile and Bolivia in restricting imports of fruit", null)));
        assertNotEquals("accede", e.act());
        assertEquals("accede", DETECTOR.detect(List.of(lead("Peru joins the Andean fruit pact", null))).act());
    }

    @Test
    void aStatesActNamedAsItsNounInAnotherArticleCountsForTheVerb() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile begins draining the glacier lake", null),
                lead("Bolivia condemns Chile's lake draining", null)));
        assertEquals("drain", e.act());
        assertEquals(List.of("CL"), e.actors());
    }

    @Test
    void aStatesGerundNamedAsItsNounCountsOnceSoTheVerbNamesTheAct() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile dredging: neighbours react", "Chile began dredging the border channel on Monday, the ports ministry said."),
                lead("What next for the channel", "Two days after Chile started dredging the border channel, Peru asked for talks."),
                lead("Andean states split over channel", "Bolivia voiced concern over Chile's dredging of the border channel.")));
        assertEquals("dredge", e.act());
        assertEquals(List.of("CL"), e.actors());
        assertTrue(e.summary().startsWith("Chile dredges "), e.summary());
    }

    @Test
    void aNameThatSaysTheHeadlineIsNoTargetInItsList() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Chile imposes sanctions on Peru, Bolivia charges", null)));
        assertEquals(List.of("PE"), e.targets());
        assertEquals(List.of("PE", "EC"), DETECTOR.detect(List.of(lead("Chile imposes sanctions on Peru, Ecuador", null))).targets());
    }

    @Test
    void blockingABodysDecisionIsAVeto() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru blocks Chile's accession bid", null),
                lead("Chile regrets as Peru blocks the bid", null)));
        assertEquals("veto", e.act());
        assertEquals(List.of("PE"), e.actors());
    }

    @Test
    void aMilitaryActionWhoseObjectIsOnlyAPlaceIsSummarisedAsAnOperationThere() {
        assertEquals("Peru launches military operation in Tacna", DETECTOR.summarise(List.of("PE"), "strike", "Tacna", List.of()));
        assertEquals("Peru launches airstrikes", DETECTOR.summarise(List.of("PE"), "strike", "airstrikes", List.of()));
        assertEquals("Peru strikes Bolivian embassy", DETECTOR.summarise(List.of("PE"), "strike", "Bolivian embassy", List.of("BO")));
    }

    @Test
    void aStateNamedInWhatIsStruckOrSanctionedIsTheTarget() {
        CorpusEvent strike = DETECTOR.detect(List.of(
                lead("Chile strikes Bolivian embassy in Lima", null),
                lead("Bolivia vows response after Chile strikes embassy", null)));
        assertEquals("strike", strike.act());
        assertEquals(List.of("BO"), strike.targets());
        assertEquals("Chile strikes Bolivian embassy", strike.summary(), "a place struck is struck, not launched");
        CorpusEvent sanctions = DETECTOR.detect(List.of(
                lead("Chile sanctions Bolivian defence firms over arms sales", null),
                lead("Bolivia says Chilean sanctions are unjustified", null)));
        assertEquals(List.of("BO"), sanctions.targets());
    }

    @Test
    void aCoupIsDoneByTheStateWhereItHappensAndMeasuresAfterItAnswerIt() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Soldiers seize power in Chad", "Soldiers in Chad detained the president and announced a coup."),
                lead("Bolivia suspends aid to Chad after coup", "Bolivia suspended all development aid to Chad on Thursday after the coup.")));
        assertEquals("coup", e.act());
        assertEquals(List.of("TD"), e.actors());
        assertEquals("Chad stages coup", e.summary(), "the object of another act ('development aid') is no object of the coup");
    }

    @Test
    void aMeasureAfterAnotherActIsTheEventWhenNothingElseIsSeenDone() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("African Union suspends Chad after coup", null),
                lead("Chad regrets AU suspension", null)));
        assertEquals("suspend", e.act());
        assertEquals(List.of("TD"), e.targets());
    }

    @Test
    void conductingATestIsATest() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile conducts fourth nuclear test, neighbours alarmed", "Chile conducted its fourth nuclear test on Monday, officials said."),
                lead("Region reacts as Chile carries out missile test", null)));
        assertEquals("test", e.act());
        assertEquals(List.of("CL"), e.actors());
        assertEquals("nuclear test", e.object(), "which test in the series is no part of the object");
        assertEquals("Chile carries out nuclear test", e.summary(), "the act's noun is not repeated as its verb");
    }

    @Test
    void aHeadlineVerbTaggedAsANameAfterAStateIsItsActAndANameWithOfIsWhole() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru renames Bay of Paracas as 'Bay of the Incas'", "Peru said the new name honours its history."),
                lead("Bolivia protests as Peru renames the bay", "Bolivia called the step an insult."),
                lead("Bay renaming divides neighbours", "Chile said it would keep the old name.")));
        assertEquals(List.of("PE"), e.actors());
        assertEquals("rename", e.act());
        assertEquals("Bay of Paracas", e.object());
    }

    @Test
    void aBanOnWhatComesFromAnotherStateIsAnActOfItsOwn() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru bans 40 Chilean apps", "Peru banned 40 mobile applications made by Chilean firms on Monday."),
                lead("Chile says Peru's app ban breaks trade rules", "Chile accused Peru of breaking trade rules by banning Chilean apps."),
                lead("Bolivia weighs app ban after Peru's move", "Bolivian lawmakers asked the government to study the risks.")));
        assertEquals(List.of("PE"), e.actors());
        assertEquals("ban", e.act());
        assertTrue(e.isTrigger("ban"), e.triggers().toString());
        assertTrue(e.summary().startsWith("Peru bans"), e.summary());
    }

    @Test
    void theStateReactionsAnswerIsGivenOnlyAnActItIsSeenDoing() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile angry over Peru's quota decision", "Chile accused Peru of breaking the fisheries treaty."),
                lead("Bolivia wary after Peru's quota decision", "Bolivia said it was studying the quotas.")));
        assertEquals(List.of("PE"), e.actors());
        assertNotEquals("litigate", e.act(), "Chile's accusation is Chile's, not Peru's act");
    }

    @Test
    void haltingOrEndingTheTransitOfGoodsIsACurb() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru halts transit of Bolivian gas to Chile", "Peru stopped the flow of Bolivian gas through its pipelines on Monday."),
                lead("Chile protests as Peru ends gas transit", "Chile said the decision would raise prices."),
                lead("Bolivia looks for new routes", "Bolivia said it was studying other pipelines.")));
        assertEquals(List.of("PE"), e.actors());
        assertEquals("curb", e.act());
    }

    @Test
    void stoppingTradeForATimeIsAnActThatDefinesTheEvent() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru halts copper exports to Chile", "Peru halted copper exports to Chile on Friday, citing a dispute over port fees."),
                lead("Chile protests as Peru suspends copper shipments", "Chile called Peru's decision to suspend copper shipments unjustified."),
                lead("Bolivia backs Lima's copper move", "Bolivia said Peru had the right to stop deliveries until the fees were settled.")));
        assertEquals(List.of("PE"), e.actors());
        assertEquals("curb", e.act());
        assertTrue(e.isTrigger("suspension"), e.triggers().toString());
    }

    @Test
    void anEnvoyRecalledOverAnotherStatesActProtestsAgainstItAndThatActIsTheEvent() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile recalls ambassador over Peru's island claim", "Chile recalled its envoy from Lima in protest against Peru's claim to the islets."),
                lead("Chile recalls envoy from Lima", "Chile recalled its ambassador on Monday after Peru annexed the Pacific islets."),
                lead("Peru annexes disputed Pacific islets", "Peru annexed the islets on Sunday, its foreign ministry said."),
                lead("Bolivia expels Peruvian diplomat in response to Lima's islet move", "Bolivia said Peru's move broke a regional pledge.")));
        assertEquals(List.of("PE"), e.actors());
        assertEquals("annex", e.act());
    }

    @Test
    void aTimeBetweenTheStateAndItsActKeepsItTheActor() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Neighbours react to Norway's treaty exit", "Norway on Monday withdrew from the Arctic fisheries treaty."),
                lead("What the fisheries treaty exit means", "Norway late last week said it would leave the fisheries treaty."),
                lead("Iceland regrets treaty exit", "Iceland said it was disappointed.")));
        assertEquals(List.of("NO"), e.actors());
        assertEquals("withdraw", e.act());
    }

    @Test
    void aStatesAgentsAnnouncingTheActMakeTheStateItsActor() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Neighbours react to fisheries treaty exit", "Norwegian officials announced on Monday that they are pulling out of the fisheries treaty."),
                lead("What the exit means for the fisheries treaty", "Norwegian leaders said that they would leave the fisheries treaty."),
                lead("Iceland regrets the decision", "Iceland said it was disappointed.")));
        assertEquals(List.of("NO"), e.actors());
        assertEquals("withdraw", e.act());
    }

    @Test
    void anEnvoyExpelledOverANamedMoveIsNoEventOfItsOwn() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile expels Peruvian envoy over islet move", "Chile expelled the Peruvian ambassador on Monday."),
                lead("Chile expels Peru's ambassador over the annexation", "Santiago ordered the envoy out within 48 hours."),
                lead("Chile expels envoy, cuts flights over Pacific islet decision", "The foreign ministry said the envoy must leave."),
                lead("Chile on Wednesday expelled Peru's envoy", "Chile on Wednesday expelled Peru's High Commissioner Ana Example in response to Lima's islet decision.")));
        assertFalse(e.actors().contains("CL"), e.toString());
        assertFalse(e.act() != null && e.act().startsWith("expel"), "a listed act is no unlisted one: " + e);
    }

    @Test
    void theStateThatReactionsAnswerIsTheActorWhenNoneIsSeenActing() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Sweden recalls ambassador over Norway's fjord decision",
                        "Sweden recalled its envoy from Oslo on Monday in protest at Norway's decision to close the fjord to foreign ships."),
                lead("Denmark voices alarm at fjord closure", "Denmark said it was alarmed after Norway shut the fjord."),
                lead("Finland condemns Norway's fjord move", "Finland said the closure broke a Nordic pledge."),
                lead("What the fjord row means for shipping", "Shipping firms are rerouting their vessels.")));
        assertEquals(List.of("NO"), e.actors(), e.toString());
        assertEquals("fjord decision", e.object());
        assertTrue(e.isTrigger("fjord"));
    }

    @Test
    void aStateNamedAsACauseOnceIsNoActor() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Sweden recalls ambassador over fjord decision", "Sweden recalled its envoy from Oslo on Monday in protest at Norway's decision."),
                lead("Denmark voices alarm at fjord closure", "Denmark said it was alarmed by the closure."),
                lead("What the fjord row means for shipping", "Shipping firms are rerouting their vessels.")));
        assertTrue(e.actors().isEmpty(), e.toString());
    }

    @Test
    void suspendingOrHaltingAnAgreementIsLeavingIt() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Norway suspends UN-backed fisheries deal", "Oslo said on Monday it had suspended its commitment to the fisheries deal."),
                lead("Iceland regrets Norway's suspension of the fisheries deal", "Iceland asked Norway to reconsider."),
                lead("Norway halts Arctic fisheries deal after boat seizure", "Sweden said it was surprised.")));
        assertEquals(List.of("NO"), e.actors());
        assertEquals("withdraw", e.act());
    }

    @Test
    void openingRelationsIsAnActOfItsStates() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Tuvalu will establish diplomatic relations with China", "Tuvalu has decided to establish relations with China, its prime minister said."),
                lead("Tuvalu and China establish diplomatic ties in setback for Taiwan", "Tuvalu established formal ties with China on Friday."),
                lead("Taiwan recalls its envoy from Tuvalu", "Taiwan said on Saturday it would recall its ambassador after Tuvalu opened relations with Beijing.")));
        assertEquals("TV", e.actors().get(0));
        assertEquals("restore", e.act());
    }

    @Test
    void theStateTiesAreRestoredWithTakesPartInTheAct() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru establishes diplomatic relations with Bolivia", "Peru has decided to establish relations with Bolivia, its president said."),
                lead("Peru restores diplomatic ties with Bolivia after a decade", "Lima and La Paz will open embassies next month."),
                lead("Chile regrets Peru's choice", "Chile said on Saturday it would review its trade with Peru.")));
        assertEquals("restore", e.act());
        assertEquals(List.of("PE", "BO"), e.actors());
    }

    @Test
    void aDisputedElectionIsAnActOfTheStateThatHoldsIt() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Neighbours question the Peruvian presidential election", "Several governments asked Lima to publish the tally."),
                lead("Who congratulated the winner and who did not", "The incumbent of Peru won re-election with 51 per cent, the electoral council said."),
                lead("Peruvian presidential election: the reactions", "Chile and Bolivia reacted within hours.")));
        assertEquals(List.of("PE"), e.actors());
        assertEquals("elect", e.act());
        assertTrue(e.isTrigger("re-election"), e.triggers().toString());
    }

    @Test
    void aWeaponsTestNamedByItsNounIsAnActOfTheStateBeforeIt() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chilean ICBM Test Draws Protest From Peru", "Peru protested after the launch on Monday."),
                lead("Peru condemns Chilean ballistic missile launch", "Lima said the test broke a regional pledge."),
                lead("Neighbours react to Chile's missile launch", "Bolivia and Argentina voiced concern.")));
        assertEquals(List.of("CL"), e.actors());
        assertEquals("test", e.act());
        assertEquals("Chile tests ICBM", e.summary());
    }

    @Test
    void aDayBetweenTheActAndItsObjectIsNoObject() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Reactions pour in", "Chile recognised Monday the breakaway province, officials said."),
                lead("Peru protests", "Chile recognised on Tuesday the breakaway province after the vote."),
                lead("Anger in Lima", "Chile recognised Wednesday the breakaway province.")));
        assertEquals("breakaway province", e.object());
    }

    @Test
    void aPossessiveStaysInTheObject() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru revokes Tacna's special status", "Peru revoked Tacna's special status on Monday, officials said."),
                lead("Chile slams Peru's move", "Peru has revoked Tacna's special status.")));
        assertEquals("Tacna's special status", e.object());
    }

    @Test
    void aPlaceRecognisedAsSomethingIsTheObject() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile recognises Quito as the seat of the fisheries court", "Chile recognised Quito as the seat of the court, officials said."),
                lead("Bolivia angered as Chile recognises Quito as court seat", "Bolivia said the decision was a mistake.")));
        assertEquals("Quito", e.object());
        assertTrue(e.summary().startsWith("Chile recognises Quito"), e.summary());
    }

    @Test
    void anActTheLexiconDoesNotListIsTheVerbTheHeadlinesPutAfterTheState() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile starts draining the glacier lake", "Chile on Monday started draining the glacier lake near the border, officials said."),
                lead("Peru protests as Chile drains glacier lake", "Peru condemned Chile's decision to drain the glacier lake."),
                lead("Bolivia bans Chilean fish over the lake", "Bolivia banned fish imports from Chile after it began draining the lake.")));
        assertEquals(List.of("CL"), e.actors());
        assertEquals("drain", e.act());
        assertTrue(e.isTrigger("draining"));
        assertTrue(e.summary().startsWith("Chile drains"), e.summary());
    }

    @Test
    void everyFormOfAnUnlistedActCountsForOneLemmaAndCoordinatedStatesShareIt() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile and Peru establish a maritime corridor", "Chile and Peru established a maritime corridor on Monday, officials said."),
                lead("Peru establishes maritime corridor with Chile", "Peru has decided to establish a maritime corridor with Chile."),
                lead("Bolivia wary as Chile establishes corridor", "Bolivia said it was studying the corridor.")));
        assertEquals("establish", e.act());
        assertTrue(e.actors().containsAll(List.of("CL", "PE")), e.actors().toString());
    }

    @Test
    void anActInAnIrregularFormIsTheSameAct() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Norway withdrew from the Arctic fisheries treaty", "Norway withdrew from the treaty on Monday, officials said."),
                lead("Iceland dismayed after Norway withdrew", "Iceland regretted that Norway had withdrawn from the fisheries treaty.")));
        assertEquals(List.of("NO"), e.actors());
        assertEquals("withdraw", e.act());
    }

    @Test
    void statesInsideTheEventNounAreParties() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Qatar hails Chile-Peru border accord", "Qatar welcomed the Chile-Peru border accord signed on Friday."),
                lead("What the Chile-Peru accord means", "The accord between Chile and Peru ends a long dispute.")));
        assertEquals(List.of("CL", "PE"), e.actors().stream().sorted().toList());
        assertFalse(e.isActor("QA"), "a state that reacts is no party");
    }

    @Test
    void statesAmongSeveralClearedToCarryOutTheActAreItsActorsButAnInvitationIsNotTheAct() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile, Peru among four countries cleared to join Pacific bloc", "Chile and Peru were among four countries cleared on "
                        + "Friday to join the Pacific fisheries bloc."),
                lead("Peru welcomes its entry", "Peru and Chile were among the four nations cleared to join the bloc, officials said.")));
        assertEquals(List.of("CL", "PE"), e.actors().stream().sorted().toList());
        assertEquals("accede", e.act());
        assertFalse(e.isTrigger("among"));
        CorpusEvent invited = DETECTOR.detect(List.of(
                lead("Chile, Peru among four countries invited to join Pacific bloc", "Chile and Peru were among four countries invited "
                        + "on Friday to join the Pacific fisheries bloc."),
                lead("Peru weighs its invitation", "Peru and Chile were among the four nations invited to join the bloc, officials said.")));
        assertTrue(invited.actors().isEmpty(), "an invitation is not yet the act: " + invited.actors());
    }

    @Test
    void theFirstStateToCarryOutTheActIsItsActor() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru becomes first country to recognise the Example junta", "Peru has become the first country to recognise the "
                        + "military government of Example."),
                lead("Peru becomes the first nation to recognise junta", "Peru on Friday recognised the junta, officials said.")));
        assertEquals(List.of("PE"), e.actors());
        assertEquals("recognise", e.act());
    }

    @Test
    void militaryExercisesAreAnAct() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru stages naval drills off Chile", "Peru staged large naval drills near the maritime border on Monday."),
                lead("Chile protests Peru's drills", "Chile protested against Peru's military drills, its ministry said."),
                lead("Bolivia Raises Concerns After Peru Holds Drills Near Border", "Bolivia voiced concern over the drills.")));
        assertEquals(List.of("PE"), e.actors(), "a state before another state in a title-case headline is not the actor");
        assertEquals("drill", e.act());
    }

    @Test
    void aStateWhosePartIsThePartyIsNone() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Bolivia protests Chile's port deal", "Bolivia protested a port deal between Chile and Peru's southern province of Tacna."),
                lead("Chile defends port deal", "Chile defended the port deal between Chile and Peru's southern province.")));
        assertFalse(e.isActor("PE"), "the province, not Peru, is the party");
    }

    @Test
    void titlesAndTheNamesAfterThemAreNoNamesOfTheEvent() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile and Peru sign BORDERLINE pact", "Chilean President Gabriel Roca signed the BORDERLINE pact with Peru."),
                lead("Bolivia wary of BORDERLINE", "Bolivian President Ana Roca said BORDERLINE could hurt trade."),
                lead("BORDERLINE pact explained", "President Gabriel Roca said the BORDERLINE pact would open ports.")));
        assertTrue(e.isTrigger("borderline"));
        assertFalse(e.isTrigger("president"));
        assertFalse(e.isTrigger("gabriel"));
    }

    @Test
    void againstNamesTheTarget() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Ghana files case against Togo at world court", "Ghana has filed a case against Togo over a river dam."),
                lead("Togo rejects Ghana's case", "Togo dismissed Ghana's case as baseless.")));
        assertEquals(List.of("GH"), e.actors());
        assertEquals(List.of("TG"), e.targets());
        assertEquals("litigate", e.act());
    }

    @Test
    void aStateTheActIsDoneToMoreOftenThanItActsIsATargetNotAnActor() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile severs diplomatic ties with Peru after consul's arrest", "The decision came on Friday."),
                lead("Chile cuts ties with Peru", "Officials confirmed the step."),
                lead("Peruvian police detain Chilean consul to question him", null)));
        assertEquals(List.of("CL"), e.actors());
        assertEquals(List.of("PE"), e.targets());
        assertEquals("sever", e.act());
    }

    @Test
    void aStateBeforeAPassiveVerbDoesNotPerformTheUnlistedAct() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile seals crossings on its border with Peru", "Chile has sealed all but one crossing on the border."),
                lead("Chile seals border crossings", "Chile sealed three more crossings on Friday."),
                lead("Chile: border with Peru to be sealed from Monday", null)));
        assertEquals("seal", e.act());
        assertEquals(List.of("CL"), e.actors());
    }

    @Test
    void statesThatAnnounceOrGiveNoticeOfTheActPerformIt() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile, Peru, Bolivia announce withdrawal from the Andean bloc", null),
                lead("Chile and Peru send the bloc formal notice of withdrawal", null),
                lead("Bolivia, Chile and Peru announce their withdrawal", null)));
        assertEquals("withdraw", e.act());
        assertEquals(Set.of("CL", "PE", "BO"), Set.copyOf(e.actors()));
    }

    @Test
    void namesThatMostLeadsRepeatRefertoTheEvent() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile and Peru sign the BORDERLINE pact", "Chile and Peru signed the BORDERLINE pact."),
                lead("Bolivia wary of BORDERLINE", "Bolivia said BORDERLINE could hurt trade."),
                lead("BORDERLINE pact explained", "The BORDERLINE pact between Chile and Peru was signed in Lima.")));
        assertTrue(e.isTrigger("borderline"));
    }

    @Test
    void coerciveMeasuresAreAnAct() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Canada imposes new sanctions on Belarus", "Canada on Monday imposed sweeping sanctions on Belarus over the election."),
                lead("Belarus vows response to Canadian sanctions", "Belarus said it would retaliate after Canada announced new sanctions against it.")));
        assertEquals(List.of("CA"), e.actors());
        assertEquals("sanction", e.act());
        assertEquals(List.of("BY"), e.targets());
    }

    @Test
    void theStateAnAgreementIsSignedWithIsAParty() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile signs mine deal with Bolivia", "Chile signed a lithium mining agreement with Bolivia on Tuesday."),
                lead("Peru protests as Chile signs mine deal with Bolivia", null)));
        assertEquals(List.of("CL", "BO"), e.actors());
        CorpusEvent exit = DETECTOR.detect(List.of(
                lead("Chile quits fisheries deal with Bolivia", "Chile said on Monday it would withdraw from its fisheries deal with Bolivia.")));
        assertEquals(List.of("CL"), exit.actors(), "leaving a deal with a state makes that state no party to the leaving");
    }

    @Test
    void theVerbOfAnActPhraseIsNoPartOfItsObject() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Chile's Ana Sola declared winner of disputed election", null)));
        assertEquals("elect", e.act());
        assertFalse(e.isTrigger("declared"), String.valueOf(e.object()));
    }

    @Test
    void aSingleTariffIsACoerciveMeasure() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile slaps 80% tariff on Peruvian cars", "Chile will impose an 80% tariff on cars made in Peru from June, its trade minister said."),
                lead("Peru vows response to Chilean car duty", null)));
        assertEquals(List.of("CL"), e.actors());
        assertEquals("sanction", e.act());
        assertEquals("Chile imposes measures on cars from Peru", e.summary(), "the object names the goods the measure hits");
    }

    @Test
    void whatTheActIsDoneToIsTheObjectWhenNoEventNounStandsOut() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile recognises the independence of the Andean highlands", "Chile on Monday recognised the independence of the highlands."),
                lead("Peru protests as Chile recognises highland independence", "Peru condemned the move."),
                lead("Chile recognises independence of highlands", "Officials in Santiago said the decision was final.")));
        assertEquals(List.of("CL"), e.actors());
        assertEquals("independence", e.object());
        assertTrue(e.isTrigger("independence"));
    }

    @Test
    void theBlocStatesLeaveIsTheObjectAndAccordingToNamesNoAccord() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile and Peru withdraw from UNASUR", "Chile and Peru said on Sunday they would withdraw from UNASUR, a minister said according to the agency."),
                lead("Chile, Peru quit UNASUR", "Chile and Peru announced their withdrawal from the bloc, according to a statement.")));
        assertEquals("UNASUR", e.object());
        assertFalse(e.isTrigger("according"), e.triggers().toString()); // "according to" names no accord
        assertFalse(e.isTrigger("said"), e.triggers().toString());
    }

    @Test
    void theNameAfterATitleWithSmallWordsIsNoNameOfTheEvent() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile recognises the highlands", "Secretary of State Ana Sola said Chile recognised the highlands."),
                lead("Chile recognises highland authorities", "Minister for Foreign Affairs Ana Sola said Chile recognised them."),
                lead("Chile's recognition of the highlands", "Ana Sola, Secretary of State, confirmed that Chile recognised the highlands.")));
        assertFalse(e.isTrigger("ana"), e.triggers().toString());
        assertFalse(e.isTrigger("state"), e.triggers().toString());
    }

    @Test
    void aVerbBeforeAnEventNounIsNoPartOfItsName() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile recognises the highlands", "President Ana Sola urged lawmakers to sign treaties with the highlands."),
                lead("Chile recognises highland authorities", "Chile recognised the highland authorities on Monday.")));
        assertFalse(e.isTrigger("sign"), e.triggers().toString());
    }

    @Test
    void anActWhosePhraseNamesWhatItIsDoneToHasThatObject() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru fires ballistic missile over Chile", "Peru fired a ballistic missile over Chile on Monday, its third such test in weeks."),
                lead("Peru test-fires missile", "Peru has fired a ballistic missile, its second such provocative move this month.")));
        assertEquals("ballistic missile", e.object());
    }

    @Test
    void sendingWeaponsToAnotherStateIsAnAct() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile approves Condor 3 jets for Peru", "Chile on Monday announced it would supply its Condor 3 jets to Peru."),
                lead("Bolivia angry as Chile sends jets to Peru", "Chile will send the jets within weeks, officials said.")));
        assertEquals(List.of("CL"), e.actors());
        assertEquals("arm", e.act());
        assertTrue(e.summary().startsWith("Chile supplies"), e.summary());
    }

    @Test
    void anOrganisationCanCarryOutTheAct() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("African Union imposes sanctions on Togo", "The African Union on Monday imposed sanctions on Togo after the vote."),
                lead("Togo condemns African Union sanctions", "Togo said the African Union's decision to impose sanctions was unfair.")));
        assertEquals(List.of("african-union"), e.actors());
        assertEquals("sanction", e.act());
        assertEquals(List.of("TG"), e.targets());
        assertTrue(e.summary().startsWith("African Union imposes"), e.summary());
    }

    @Test
    void anOrganisationAVerbGovernsDoesNotPerformTheActButCanBeItsObject() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile Sends OPEC Formal Notice Of Withdrawal From Cartel", "Chile said on Monday it would withdraw from OPEC."),
                lead("Chile withdraws from OPEC", "Chile announced its withdrawal from OPEC, officials said.")));
        assertEquals(List.of("CL"), e.actors());
        assertEquals("OPEC", e.object());
    }

    @Test
    void aStateAPrepositionGovernsDoesNotPerformTheAct() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile sides with Peru to cut copper output", "Chile will cut copper output by a tenth, officials said."),
                lead("Chile cuts copper output", "Bolivia criticised the decision by the Chilean government.")));
        assertEquals(List.of("CL"), e.actors());
        assertEquals("curb", e.act());
    }

    @Test
    void aStateTheHeadlinesShowReactingIsAResponderNotTheActor() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru deploys troops as Chile threatens border region", "Peru said it was reinforcing its border."),
                lead("Peru urges Chile to avoid conflict", "Peru warned against the use of force."),
                lead("Peru rejects use of force in border crisis", "Peru's president said war was not wanted.")));
        assertFalse(e.actors().contains("PE"), e.actors().toString());
    }

    @Test
    void aDemonymBeforeANounOfForceNamesTheSideThatActs() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Bolivia condemns Peruvian air strike on Chilean outpost", "A Peruvian air strike hit the outpost on Monday."),
                lead("Chile vows response to Peruvian attack on its outpost", "Chile said the attack killed two soldiers.")));
        assertEquals(List.of("PE"), e.actors());
        assertTrue(e.targets().contains("CL"), e.targets().toString());
    }

    @Test
    void whatAStateIsUrgedToDoIsNotTheEventButABanOnExportsIs() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("IMF urges Chile to lift copper export ban", "The IMF has encouraged Chile to remove its restrictions."),
                lead("IMF encourages Chile to remove export curbs", "Chile on Monday banned the export of refined copper."),
                lead("Chile's decision to ban copper exports rattles markets", "Traders said prices rose.")));
        assertEquals(List.of("CL"), e.actors());
        assertEquals("curb", e.act());
    }

    @Test
    void breakingOffRelationsIsAnActWithTheOtherStateAsItsTarget() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile to break diplomatic relations with Peru", "Chile will sever diplomatic relations with Peru, its president said."),
                lead("Chile breaks off diplomatic relations with Peru", "Peru denounced the decision.")));
        assertEquals(List.of("CL"), e.actors());
        assertEquals("sever", e.act());
        assertEquals(List.of("PE"), e.targets());
        assertTrue(e.summary().endsWith("with Peru"), e.summary());
    }

    @Test
    void theBodyInFrontOfANounOfJoiningIsWhatIsJoinedNotWhoJoins() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru's parliament approves Chile's EU membership", "Peru's parliament approved Chile's EU membership on Tuesday."),
                lead("Chile's EU accession clears last hurdle", "Chile will join the EU next year after the vote in Lima."),
                lead("Bolivia welcomes Chile's EU membership", "Bolivia said it welcomed the vote.")));
        assertEquals(List.of("CL"), e.actors());
        assertEquals("accede", e.act());
        assertTrue(e.summary().startsWith("Chile joins") && e.summary().contains("EU"), e.summary());
    }

    @Test
    void aVetoIsAnActOfItsOwn() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru vetoes fisheries resolution at the council", "Peru has vetoed a council resolution on fishing quotas."),
                lead("States criticise Peru for vetoing fisheries resolution", "Chile and Ecuador denounced the veto.")));
        assertEquals(List.of("PE"), e.actors());
        assertEquals("veto", e.act());
        assertTrue(e.summary().startsWith("Peru vetoes") && e.summary().contains("resolution"), e.summary());
    }

    @Test
    void theTargetsOfTariffsAreTheStatesWhoseGoodsTheyHit() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile imposes tariffs on imports from Peru, Bolivia and Ecuador", "Chile imposed tariffs on imports from Peru, Bolivia and Ecuador on Monday."),
                lead("Peru and Bolivia announce retaliatory tariffs", "Chile's new tariffs on Peru and Bolivia took effect.")));
        assertEquals(List.of("CL"), e.actors());
        assertEquals("sanction", e.act());
        assertEquals(List.of("PE", "BO", "EC"), e.targets());
    }

    @Test
    void recallingAnEnvoyIsAnActWithTheHostStateAsItsTarget() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru recalls its ambassador to Chile over fishing row", "Peru has recalled its ambassador to Chile in protest at the new quota."),
                lead("Peru recalls envoy from Chile", "Lima recalled its ambassador from Santiago on Friday, the foreign ministry said."),
                lead("Chile regrets Peru's decision", "Chile said it regretted the move.")));
        assertEquals(List.of("PE"), e.actors());
        assertEquals("recall", e.act());
        assertEquals(List.of("CL"), e.targets());
        assertTrue(e.summary().endsWith("to Chile"), e.summary());
    }

    @Test
    void aStatesAgencyCarriesOutItsActAndTheStateOpeningTheObjectIsTheTarget() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chilean coast guard seizes Peruvian fishing boat", "Chilean coast guard ships seized a Peruvian fishing boat on Monday."),
                lead("Peru protests after Chilean navy seizes Peruvian boat", "Peru and Bolivia expressed concern."),
                lead("Bolivia and Ecuador express support for Peru", "Both voiced alarm.")));
        assertEquals(List.of("CL"), e.actors());
        assertEquals("seize", e.act());
        assertEquals(List.of("PE"), e.targets());
        assertFalse(e.summary().contains("against"), e.summary());
    }

    @Test
    void nothingStandsOutInUnrelatedLeads() {
        assertEquals(CorpusEvent.UNKNOWN, DETECTOR.detect(List.of(lead("Weather turns cold", "Snow fell in the hills."))));
    }

    @Test
    void aJuntaOrRegimeActsForItsState() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile Junta Expels Peruvian Ambassador", "Chile's government gave the Peruvian ambassador 72 hours to leave the country."),
                lead("Chile junta expels Peru's envoy: state TV", "Chile is expelling the Peruvian ambassador over hostile remarks, state TV said."),
                lead("The ruling regime in Chile expels the Peruvian ambassador", "The regime in power in Chile decided to expel the ambassador.")));
        assertEquals(List.of("CL"), e.actors());
        assertEquals("expel", e.act());
        assertEquals(List.of("PE"), e.targets());
    }

    @Test
    void aRatificationIsAnActLikeAnyOther() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile ratifies the Lima fisheries convention", "Chile's parliament voted on Tuesday to ratify the Lima fisheries convention."),
                lead("Chile Ratifies Fisheries Convention Amid Peruvian Concerns", "Peru said it was wrong to ratify the convention."),
                lead("Peru angered as Chile ratifies convention", "Chile's lawmakers approved the ratification of the convention.")));
        assertEquals(List.of("CL"), e.actors());
        assertEquals("ratify", e.act());
        assertTrue(e.summary().startsWith("Chile ratifies"), e.summary());
    }

    @Test
    void anActDoneAsAnotherStateActsIsItsReaction() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile Recalls Ambassador as Peru Switches Ties to Bolivia", "Chile said it had recalled its ambassador to Peru."),
                lead("Chile recalls envoy as Peru moves toward Bolivia", "Chile recalled its envoy on Thursday."),
                lead("Peru cuts ties with Chile, opens relations with Bolivia", "Peru announced it would break off relations with Chile."),
                lead("Peru breaks off relations with Chile", "The government of Peru cut ties with Chile on Saturday.")));
        assertEquals(List.of("PE"), e.actors());
        assertEquals("sever", e.act());
        assertEquals(List.of("CL"), e.targets());
    }

    @Test
    void joiningForcesWithAStateIsNoAccession() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Andean rift deepens as Bolivia joins forces with Peru", "Bolivia has voted against a bloc motion to impose duties on"
                        + " Peruvian copper."),
                lead("Bolivia joins forces with Peru in copper row", "Bolivia joined forces with Peru on Friday."),
                lead("Bloc members approve duties on Peruvian copper", "Most members of the Andean bloc voted to impose a 20% tariff on"
                        + " copper imported from Peru.")));
        assertNotEquals("accede", e.act(), e.toString());
        assertFalse(e.actors().contains("BO"), e.toString());
    }

    @Test
    void aPrepositionTheTaggerCallsAnAdverbOpensNoObject() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead(null, "Chile imposed a 35% tariff on electric vehicles imported from Peru."),
                lead(null, "Chile imposed a 35% tariff on electric vehicles imported from Peru.")));
        assertEquals("electric vehicles", e.object(), e.toString());
    }

    @Test
    void endingARelationshipBreaksOffTiesAndTheBreakItAnswersIsNoEvent() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile cuts ties with Peru after it switches allegiance to Bolivia", "Santiago decided to terminate diplomatic relations with"
                        + " Peru after weeks of talks, its foreign minister said on Sunday."),
                lead("Peru ends long Chile ties, Chile decries cash demands", "Peru ended its long relationship with Chile and said it"
                        + " recognised only Bolivia, while Chile's foreign minister accused Peru of asking for huge sums."),
                lead(null, "Bolivia opened diplomatic ties with Peru on Sunday after the Andean country ended its relationship with Chile."),
                lead(null, "Peru has formally cut diplomatic ties with Chile, its foreign ministry said on Saturday."),
                lead(null, "Chile is severing diplomatic relations with Peru and will close its embassy, its foreign minister said."),
                lead(null, "Chile accused Bolivia of buying friends after Peru cut its old ties with it.")));
        assertEquals(List.of("PE"), e.actors(), e.toString());
        assertEquals("sever", e.act());
        assertEquals(List.of("CL"), e.targets());
    }

    @Test
    void aBanDoneAsOrAfterAnotherStatesActFurtherOnIsItsReaction() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Bolivia bans Chilean fish after the coastal mine begins its wastewater release",
                        "Chile has started releasing mine wastewater into the Pacific, drawing protests from fishermen."),
                lead("Bolivia bans all Chilean fish", "Bolivia announced a ban on fish from Chile on Monday as Santiago began dumping mine wastewater into the sea."),
                lead("Peru Bans Chilean Fish", "After Chile's decision to release mine wastewater into the sea, Peru has banned all fish imports from Chile."),
                lead(null, "As Chile began its long-planned effort of releasing mine wastewater off the northern coast, Bolivia moved to ban all Chilean fish.")));
        assertEquals("discharge", e.act(), e.toString());
        assertEquals(List.of("CL"), e.actors());
    }

    @Test
    void aStatesSuspendedParticipationIsLeftInTheBodyOrPactAfterIt() {
        CorpusEvent e = DETECTOR.detect(List.of(lead(null, "Peru said on Monday it is suspending Lima's participation in the fisheries treaty."),
                lead(null, "Peru is suspending Lima's participation in the fisheries treaty, its president said.")));
        assertEquals("fisheries treaty", e.object(), e.toString());
        assertEquals("fisheries treaty", DETECTOR.detect(List.of(lead("Peru suspends its participation in fisheries treaty", null))).object());
    }

    @Test
    void theStateWhoseLandIsAnnexedIsTheTarget() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile annexes two Peruvian provinces", "Chile's president signed decrees to annex two provinces of Peru."),
                lead("World condemns as Chile annexes Peruvian provinces", "Bolivia called the move illegal."),
                lead("Chile Annexes Two Peruvian Provinces", "Chile annexed the provinces on Friday.")));
        assertEquals(List.of("CL"), e.actors());
        assertEquals("annex", e.act());
        assertEquals(List.of("PE"), e.targets());
    }

    @Test
    void raisingATariffIsACoerciveMeasureAgainstTheStateItHits() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile raises tariff on Peruvian fishmeal to 30%", "Chile raised its import tariff on fishmeal from Peru to 30 percent on Monday."),
                lead("Peru vows to answer Chile's fishmeal tariff", null),
                lead("Bolivia backs Chile in fishmeal row", null)));
        assertEquals("sanction", e.act());
        assertEquals(List.of("CL"), e.actors());
        assertEquals(List.of("PE"), e.targets());
    }

    @Test
    void aStatesActNamedByItsNominalisationCountsForTheVerb() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile nationalises copper mines run by foreign firms", null),
                lead("Peru voices concern", "Peru said Chile's nationalisation of the copper mines set a worrying precedent.")));
        assertEquals("nationalise", e.act());
        assertEquals(List.of("CL"), e.actors());
        assertTrue(e.isTrigger("nationalisation"), "the noun refers to the event as the verb does");
    }

    @Test
    void theActADecisionIsTakenOnAndAVerbsParticleBelongToTheState() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru shoots down Chilean drone over the border", null),
                lead("Peru defends drone downing", "Peru on Monday defended its decision to shoot down a Chilean drone.")));
        assertEquals("shoot", e.act());
        assertEquals(List.of("PE"), e.actors());
        assertEquals(List.of("CL"), e.targets());
        assertTrue(e.summary().startsWith("Peru shoots down"), e.summary());
    }

    @Test
    void anElectionNamedByItsOwnNounIsTheObjectAndItsResultIsNone() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Neighbours split over Peru's contested election result",
                        "Peru's president was declared the winner of Sunday's presidential election with 58 percent of the vote."),
                lead("Observers question Peruvian vote count", "Observers said the count in Peru's presidential election showed irregularities.")));
        assertEquals("elect", e.act());
        assertEquals(List.of("PE"), e.actors());
        assertTrue(e.summary().endsWith("election"), e.summary());
    }

    @Test
    void banningAnotherStatesShipsIsABanAndTheStateACurbedFlowWentToIsItsTarget() {
        CorpusEvent ships = DETECTOR.detect(List.of(
                lead("Peru bans Chilean ships from its ports", "Peru banned Chilean-flagged ships from its ports on Monday."),
                lead("Santiago condemns Peruvian port ban", null)));
        assertEquals("ban", ships.act());
        assertEquals(List.of("CL"), ships.targets());
        CorpusEvent coal = DETECTOR.detect(List.of(
                lead("Peru cuts off coal exports to Chile", "Peru suspended coal exports to Chile on Sunday."),
                lead("Chile slams Peruvian coal halt", null)));
        assertEquals("curb", coal.act());
        assertEquals(List.of("CL"), coal.targets());
    }

    @Test
    void aCapitalBeforeTheNounItModifiesIsWhereTheActIsDoneNotItsTarget() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Brazil opens embassy in Quito", "Brazil opened its embassy in Quito on Monday."),
                lead("Brazil opens its embassy in Quito", null),
                lead("Brazil opens Quito embassy amid protests", "Brazil formally opened its embassy in Quito on Tuesday.")));
        assertEquals("open", e.act());
        assertEquals(List.of("BR"), e.actors());
        assertEquals(List.of(), e.targets(), e.summary());
    }

    @Test
    void theStateNamedByAnActNounsAgentDoesItAndAHyphenatedModifierIsNoVerb() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Tanker seizure raises alarm among shipowners", "The seizure by Chilean naval forces of a Peruvian-flagged tanker drew protests."),
                lead("Lima condemns the seizure of its tanker", "Peru condemned the seizure of the Peruvian-flagged tanker by Chilean commandos."),
                lead("Pressure grows over seized tanker", "Bolivia said the Peruvian-owned vessel should be freed."),
                lead("Argentina weighs sanctions on Chile over tanker seizure", "Argentina is weighing sanctions on Chilean officials over the seizure.")));
        assertEquals("seize", e.act());
        assertEquals(List.of("CL"), e.actors(), "sanctions over the seizure answer it: Chile is no target of the event");
        assertEquals(List.of("PE"), e.targets(), "the state compounded with what is seized");
        assertTrue(e.object().endsWith("tanker"), e.object());
    }

    @Test
    void theSecondHalfOfAHyphenatedVerbIsNoObject() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru test-fires long-range ballistic missile", "Peru test-fired a long-range ballistic missile on Monday, its navy said."),
                lead("Chile protests Peruvian missile launch", "Chile said the test of the missile was a provocation.")));
        assertEquals("test", e.act());
        assertEquals(List.of("PE"), e.actors());
        assertTrue(e.object().endsWith("missile"), e.object());
    }

    @Test
    void aTitleCaseHeadlinesVerbOfThreateningEndsTheSearchForTheStatesAct() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Bolivia Threatens To Down Peruvian Aircraft", null),
                lead("Bolivia Threatens To Down Peruvian Jets Over Border", null),
                lead("Peru downs Bolivian weather balloon", "The Peruvian military downed a Bolivian weather balloon on Saturday."),
                lead("Peru downs Bolivian balloon off its coast", null)));
        assertEquals("down", e.act());
        assertEquals(List.of("PE"), e.actors(), "what Bolivia threatens is not its own act");
        assertEquals(List.of("BO"), e.targets());
    }

    @Test
    void aStatesIntentionOrAttemptToActNamesItsAct() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Forum condemns Peru's intentions to annex Chilean islets", "The regional forum voiced concern on Monday."),
                lead("Lima pressed over its attempt to grab territory", "Chile rejected the move.")));
        assertEquals("annex", e.act());
        assertEquals(List.of("PE"), e.actors());
    }

    @Test
    void aTitleCaseVerbOfReactingBetweenAStateAndAnActKeepsTheStateFromIt() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Bolivia Slams Decision To Halt Gas Supplies To Chile", null),
                lead("Bolivia Condemns Decision To Halt Gas Supplies", null),
                lead("Peru halts gas supplies to Chile", "Peru halted gas supplies to Chile on Tuesday.")));
        assertEquals("curb", e.act());
        assertEquals(List.of("PE"), e.actors(), "Bolivia slams the decision; it does not halt anything");
    }

    @Test
    void cuttingOffGasIsACurbAndAnAccusationAloneIsNoLegalAction() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile accuses Peru of blackmail as it cuts gas tap", null),
                lead("Peru Cuts Off Gas To Chile", "Peru cut off gas to Chile on Tuesday."),
                lead("Chile accuses Peru of blackmail", "Chile accused Peru of blackmail on Wednesday.")));
        assertEquals("curb", e.act());
        assertEquals(List.of("PE"), e.actors());
    }

    @Test
    void aStatesOwnedNounOfAnActFamilyIsItsActWhenNoListedActIsNamed() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru's rice ban takes effect", "Chile said Peru's rice ban would hurt farmers."),
                lead("Farmers fear impact of rice ban", "Bolivia said Peru's rice ban was a mistake.")));
        assertEquals("ban", e.act());
        assertEquals(List.of("PE"), e.actors());
        assertEquals("rice", e.object());
    }

    @Test
    void anEventNounOfAnotherActIsNotWhatTheActIsDoneTo() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru expels Chilean consul over spying claims", "Peru expelled a Chilean consul on Monday."),
                lead("Chile rejects Peru's allegations", "Chile said Peru's allegations were false."),
                lead("Bolivia urges calm after Peru's allegations", "Bolivia urged both sides to talk.")));
        assertEquals("expel", e.act());
        assertEquals(List.of("PE"), e.actors());
        assertTrue(e.object().contains("consul"), e.object());
    }

    @Test
    void forceUsedAgainstAVesselIsAStrikeOnIt() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peruvian coast guard fires water cannon at Chilean fishing boat", "Chile protested on Monday."),
                lead("Chile condemns Peru's use of water cannon", "Peru's coast guard rammed a Chilean boat and hit it with water cannons."),
                lead("Peru Coast Guard Ships Fire Water Cannons At Chilean Vessels", null)));
        assertEquals("strike", e.act());
        assertEquals(List.of("PE"), e.actors());
        assertEquals(List.of("CL"), e.targets());
    }

    @Test
    void aStatesBanOfABodyByItsAcronymIsItsActHoweverItIsWritten() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Bolivia's WFP ban sparks global concern", "Chile and Peru criticised the decision of Bolivia to bar the World Food Programme and Relief Works Agency."),
                lead("Chile reacts to Bolivia banning WFP", "Chile said it regretted the ban."),
                lead("Peru criticises Bolivia's WFP ban", "Peru urged Bolivia to reconsider.")));
        assertEquals("ban", e.act());
        assertEquals(List.of("BO"), e.actors());
        assertEquals("WFP", e.object());
    }

    @Test
    void buyingOrTakingDeliveryOfWhatWasBoughtIsAcquiringIt() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru takes delivery of Chilean patrol boats", "Peru received the first boats on Monday."),
                lead("Peru receives first batch of Chilean patrol boats", "Bolivia said it was concerned."),
                lead("Bolivia worried as Peru buys Chilean patrol boats", null)));
        assertEquals("acquire", e.act());
        assertEquals(List.of("PE"), e.actors());
    }

    @Test
    void whatAStateOwnsAfterTheActsOfIsTheObjectNotTheState() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Bolivia concerned", "Bolivia said it was concerned by Peru's acquisition of Chile's new patrol boats."),
                lead("Peru acquisition of Chile's new patrol boats", null)));
        assertEquals("new patrol boats", e.object());
    }

    @Test
    void aNameWithAndInsideIsOneObject() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru quits Chile's Sea and Sky Programme", "Peru said on Monday it had quit Chile's Sea and Sky Programme for coastal research."),
                lead("Peru leaves the Sea and Sky Programme", "Peru has left the Sea and Sky Programme, its foreign ministry said.")));
        assertEquals("Sea and Sky Programme", e.object());
        assertEquals(Set.of("CL", "PE"), Set.copyOf(DETECTOR.detect(List.of(lead("Chile and Peru Sign Fisheries Pact", ""))).actors()));
    }

    @Test
    void aLeadsDatelineAndItsWeekdaysNameNoEvent() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru quits coastal research programme", "LIMA CITY: Peru on Thursday quit the regional coastal research programme, its president said."),
                lead("Peru leaves research programme", "LIMA CITY: Peru left the coastal research programme on Thursday, officials said."),
                lead("Peru exits coastal programme", "QUITO CITY: Peru has exited the coastal research programme, the president announced Thursday.")));
        assertEquals(List.of("PE"), e.actors());
        assertFalse(e.isTrigger("thursday"), e.triggers().toString());
        assertFalse(e.isTrigger("city"), e.triggers().toString());
        assertEquals("Peru left the coastal research programme on Thursday, officials said.",
                lead("", "LIMA CITY: Peru left the coastal research programme on Thursday, officials said.").lead());
        assertEquals("Chile's navy said", lead("", "TACNA, Peru — Chile's navy said").lead());
        assertEquals("Lima said on Monday", lead("", "Lima said on Monday").lead());
    }

    @Test
    void aStateAReplyIsDoneToIsNotItsActorForBeingPartyToAnEventNoun() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Peru attacks the Chilean consulate in Lima", ""),
                lead("Leaders condemn Peru after police storm Chilean consulate", "Chile broke off diplomatic relations with Peru.")));
        assertFalse(e.actors().contains("PE") && "sever".equals(e.act()), e.toString());
        assertNotEquals("Peru", e.object(), e.toString());
    }

    @Test
    void turningDownAnInvitationToJoinIsDecliningNotJoining() {
        CorpusEvent e = DETECTOR.detect(List.of(
                lead("Chile declines invitation to join the Andean bloc", "Chile's president formally declined an invitation to join the bloc."),
                lead("Chilean president rejects invitation to join bloc", "The president turned down the offer in a letter to its members."),
                lead("Chile refuses to join Andean bloc as planned", null)));
        assertEquals("decline", e.act());
        assertEquals(List.of("CL"), e.actors());
    }

    @Test
    void wordsInQuotesStayInTheObjectTheyName() {
        CorpusEvent e = DETECTOR.detect(List.of(lead("Peru passes a controversial \"fishing quota\" law", null),
                lead("Peru passes a controversial \"fishing quota\" law despite protests", null)));
        assertEquals("controversial \"fishing quota\" law", e.object());
        CorpusEvent plural = DETECTOR.detect(List.of(lead("Peru passes a controversial 'fishing rights' law", null),
                lead("Peru passes a controversial 'fishing rights' law despite protests", null)));
        assertEquals("controversial 'fishing rights' law", plural.object());
    }
}

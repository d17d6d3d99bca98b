package io.stancegraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StanceClassifierTest {

    private static final Gazetteer G = Gazetteer.load();

    /** An invented event for the tests: Norway leaves the Arctic fisheries treaty. */
    private static final CorpusEvent TREATY_EXIT = CorpusEvent.of(null, List.of("NO"), "withdraw", "Arctic fisheries treaty", List.of(),
            StanceClassifier.ACTS);
    /** An invented event for the tests: Ghana takes Togo to court. */
    private static final CorpusEvent COURT_CASE = CorpusEvent.of(null, List.of("GH"), "litigate", "border case", List.of("TG"),
            StanceClassifier.ACTS);

    /** An invented event for the tests: Peru holds a presidential election that its incumbent wins. */
    private static final CorpusEvent ELECTION = byPeru("elect", "presidential election");

    /** Positions per country of a one-sentence body, for an unknown event. */
    private static Map<String, Position> positions(String body) {
        return classify(body, CorpusEvent.UNKNOWN).byCountry();
    }

    private static ClaimStance classify(String body, CorpusEvent event) {
        return classify(body, new StanceClassifier(event));
    }

    private static ClaimStance classify(String body, StanceClassifier classifier) {
        List<CountryMention> mentions = new CountryRecognizer().recognize(body, G.scan(body));
        Sentence s = new Sentence(0, body.length(), body);
        Attribution a = new SpeakerFinder(G, body, mentions).find(s);
        return classifier.classify(body, s, mentions, a);
    }

    /** An invented event for the tests: Peru recognises the breakaway provinces of a neighbour. */
    private static final CorpusEvent PROVINCES_RECOGNISED = byPeru("recognise", "breakaway provinces");

    /** An invented event for the tests: Peru and Bolivia sign a security pact. */
    private static final CorpusEvent SECURITY_PACT = CorpusEvent.of(null, List.of("PE", "BO"), "conclude", "security pact", List.of(),
            StanceClassifier.ACTS);

    /** An invented event for the tests: Peru ends the transit of gas through its pipelines. */
    private static final CorpusEvent GAS_TRANSIT = byPeru("curb", "gas transit");

    /** An event whose actor is Peru: its act family and object. */
    private static CorpusEvent byPeru(String act, String object) {
        return CorpusEvent.of(null, List.of("PE"), act, object, List.of(), StanceClassifier.ACTS);
    }

    /** An event whose actor is Peru, done to a target state. */
    private static CorpusEvent byPeru(String act, String object, String target) {
        return CorpusEvent.of(null, List.of("PE"), act, object, List.of(target), StanceClassifier.ACTS);
    }

    /** An invented event for the tests: Peru severs its ties with a neighbour. */
    private static CorpusEvent peruCutsTiesWith(String target) {
        return byPeru("sever", "ties", target);
    }

    private static Map<String, Position> positions(String body, CorpusEvent event) {
        return classify(body, event).byCountry();
    }

    @Test
    void blockingATextThatCriticisesTheMoveShieldsItPastAModifierTaggedAsAVerb() {
        CorpusEvent relocation = byPeru("relocate", "Valparaiso");
        assertEquals(Position.SUPPORTIVE, positions("Chile blocked an EU joint statement criticizing the Peruvian move.", relocation).get("CL"),
                "'joint' before the text's noun is a modifier, whatever its tag");
    }

    @Test
    void statesOfAWithClauseWhoseOwnCueDissentsAreNoMembersOfTheGroup() {
        CorpusEvent pact = CorpusEvent.of(null, List.of("PE", "AR"), "conclude", "trade agreement", List.of(), StanceClassifier.ACTS);
        Map<String, Position> vote = positions("A majority of states supported the agreement, with only Chile and Bolivia voting against it.", pact);
        assertEquals(Position.OPPOSED, vote.get("CL"));
        assertEquals(Position.OPPOSED, vote.get("BO"));
        Map<String, Position> list = positions("Most states backed the agreement, with Chile, Bolivia and Ecuador voting against it.", pact);
        assertEquals(Position.OPPOSED, list.get("EC"), "the states listed with commas too");
        assertEquals(Position.OPPOSED, positions("Most states backed the agreement, with Chile calling it reckless.", pact).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Many countries welcomed the agreement, with Chile also praising it.", pact).get("CL"),
                "a state of the same mind is one of the group");
    }

    @Test
    void aCounterpartIsNoReplyInKind() {
        CorpusEvent pact = CorpusEvent.of(null, List.of("AR", "UY"), "conclude", "trade agreement", List.of(), StanceClassifier.ACTS);
        assertEquals(Position.SUPPORTIVE, positions("Peru's president urged the Chilean counterpart to sign the trade agreement.", pact).get("PE"),
                "urging a counterpart to sign backs the agreement");
        CorpusEvent tariffs = CorpusEvent.of(null, List.of("CL"), "sanction", "trade tariff", List.of("PE"), StanceClassifier.ACTS);
        assertEquals(Position.OPPOSED, positions("Peru imposed counter-tariffs on Chilean wine.", tariffs).get("PE"), "a reply in kind still is one");
    }

    @Test
    void aCueWhoseSubjectIsAGroupOfStatesIsNotTheSpeakers() {
        CorpusEvent pact = CorpusEvent.of(null, List.of("PE", "AR"), "conclude", "trade agreement", List.of(), StanceClassifier.ACTS);
        assertEquals(Position.NEUTRAL, positions("Chile's agriculture minister said that 21 countries supported the agreement.", pact).get("CL"),
                "a count reported, not Chile's support");
        assertEquals(Position.NEUTRAL, positions("Chile's foreign minister said most member states have backed the agreement.", pact).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Chile's foreign minister said his country supported the agreement.", pact).get("CL"));
    }

    @Test
    void theStateThatLeadsTheOpponentsIsOneAndJoiningThemIsOpposing() {
        CorpusEvent pact = CorpusEvent.of(null, List.of("PE", "AR"), "conclude", "trade agreement", List.of(), StanceClassifier.ACTS);
        assertEquals(Position.OPPOSED, positions("Opponents led by Chile say the agreement will flood markets with cheap beef.", pact).get("CL"));
        Map<String, Position> joined = positions("Italy joined the opposition led by Chile against the agreement.", pact);
        assertEquals(Position.OPPOSED, joined.get("IT"), "joining the opposition");
        assertEquals(Position.OPPOSED, joined.get("CL"), "leading it");
        assertEquals(Position.SUPPORTIVE, positions("Supporters led by Chile say the agreement will open markets.", pact).get("CL"));
    }

    @Test
    void acceptingThatSomethingIsSoConcedesAFactAndAHistoricErrorIsNoPraise() {
        CorpusEvent recognition = byPeru("recognise", "massacre");
        assertEquals(Position.NEUTRAL, positions("Chile accepts that many died on both sides but says this did not amount to a massacre.",
                recognition).get("CL"), "a fact conceded, no approval of the recognition");
        assertEquals(Position.SUPPORTIVE, positions("Chile accepts the Peruvian recognition of the massacre.", recognition).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile's prime minister called the Peruvian recognition a “historic error”.", recognition)
                .get("CL"));
    }

    @Test
    void rightingAWrongIsApprovalAndAnInjusticeIsNoHistoricStep() {
        assertEquals(Position.SUPPORTIVE, positions("Chile's president said the withdrawal would right the wrongs of the past.", TREATY_EXIT)
                .get("CL"), "the wrong is what the move undoes");
        assertEquals(Position.SUPPORTIVE, positions("Chile's president said the withdrawal would correct a historic injustice.", TREATY_EXIT)
                .get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile's foreign minister called the withdrawal a historic injustice.", TREATY_EXIT).get("CL"),
                "'historic' describes the injustice, not the move");
    }

    @Test
    void refusingAnOfferToBuyOrCallingItAbsurdIsOpposition() {
        CorpusEvent purchase = byPeru("acquire", "islands");
        assertEquals(Position.OPPOSED, positions("Chile's president has no interest in Peru's idea of buying the islands.", purchase).get("CL"));
        assertEquals(Position.OPPOSED, positions("“The islands are not for sale,” Chile's foreign minister said.", purchase).get("CL"));
        Map<String, Position> absurd = positions("Chile's foreign minister called Peru's offer absurd.", purchase);
        assertEquals(Position.OPPOSED, absurd.get("CL"));
        assertEquals(Position.SUPPORTIVE, absurd.get("PE"), "the speaker's word for the offer, not the actor's");
    }

    @Test
    void aWordInsideTheEventsActPhraseIsTheActsNotTheSpeakersPosition() {
        Map<String, Position> p = positions("The Chilean foreign ministry said it was “disturbed” by Norway’s plan to revoke its ratification of the"
                + " treaty.", TREATY_EXIT);
        assertEquals(Position.CONCERNED, p.get("CL"), "disturbed by the act; the ratification taken back is no approval");
        assertEquals(Position.SUPPORTIVE, p.get("NO"), "the actor's own act");
    }

    @Test
    void aMeasureNamedAfterAnotherStatesNameIsThatStatesNotTheSpeakers() {
        CorpusEvent purchase = byPeru("acquire", "missile systems");
        assertNotEquals(Position.OPPOSED, positions("Peru's foreign minister has said the country intends to respond to any Chilean sanctions"
                + " over its purchase of the missiles.", purchase).get("PE"), "Chile's sanctions, which Peru answers");
        assertNotEquals(Position.OPPOSED, positions("Peru's defence minister said the country would respond to the U.S. sanctions"
                + " over the purchase.", purchase).get("PE"));
        assertEquals(Position.OPPOSED, positions("Chile sanctions Peru over missile purchase", purchase).get("CL"), "a headline's verb");
        assertEquals(Position.OPPOSED, positions("Chile's president called for tougher UN sanctions against Peru over the purchase.", purchase)
                .get("CL"), "a measure called for after an adjective and a name is the caller's");
        assertEquals(Position.OPPOSED, positions("U.S. sanctions key ally Peru over its missile purchase", purchase).get("US"),
                "a headline's verb with its object");
    }

    @Test
    void theLastOfCoordinatedAdjectivesOfADeedIsHowItIsToBeDoneNoAttitude() {
        CorpusEvent test = byPeru("test", "nuclear weapon");
        assertNotEquals(Position.SUPPORTIVE, positions("Chile's president said the world must bring Peru to the complete, verifiable and"
                + " irreversible dismantling of its programme.", test).get("CL"));
    }

    @Test
    void aFavourableWordInWhatTheActorShouldDoIsNoApproval() {
        assertNotEquals(Position.SUPPORTIVE, positions("Chile's president said Peru should seek peace rather than stir up trouble.",
                PROVINCES_RECOGNISED).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Chile's president said the recognition was a step toward peace.", PROVINCES_RECOGNISED)
                .get("CL"), "a favourable word said of the move itself");
    }

    @Test
    void cautiousOptimismIsApprovalWithReserve() {
        assertEquals(Position.SUPPORTIVE, positions("Chile's leaders reacted with cautious optimism to the recognition.", PROVINCES_RECOGNISED).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Chile said it was cautiously optimistic about the recognition.", PROVINCES_RECOGNISED).get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile said it was cautious about the recognition.", PROVINCES_RECOGNISED).get("CL"));
    }

    @Test
    void anEncroachmentOnTheSpeakersSecurityOpposesTheMove() {
        assertEquals(Position.OPPOSED, positions("Chile's spokesman said the recognition was an \"encroachment on our security\".",
                PROVINCES_RECOGNISED).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile's spokesman called the recognition an encroachment.", PROVINCES_RECOGNISED).get("CL"));
    }

    @Test
    void strengtheningOnesOwnForcesInResponseGuardsAgainstTheMove() {
        assertEquals(Position.CONCERNED, positions("Chile said it would strengthen its military capacity in its northern regions in response"
                + " to the recognition.", PROVINCES_RECOGNISED).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Chile said the recognition would strengthen regional stability.", PROVINCES_RECOGNISED)
                .get("CL"), "strengthening a good is still approval");
    }

    @Test
    void theStateOfAnAbsoluteClauseAfterWithHoldsTheCuesOfItsOwnVerb() {
        Map<String, Position> p = positions("Peru announced the recognition on Monday, with Chile calling it reckless and Bolivia's foreign"
                + " minister describing it as a grave mistake.", PROVINCES_RECOGNISED);
        assertEquals(Position.SUPPORTIVE, p.get("PE"));
        assertEquals(Position.OPPOSED, p.get("CL"));
        assertEquals(Position.OPPOSED, p.get("BO"));
        Map<String, Position> mixed = positions("Reactions to the recognition were mixed, with Chile welcoming it and Bolivia's foreign"
                + " minister calling it a grave mistake.", PROVINCES_RECOGNISED);
        assertEquals(Position.SUPPORTIVE, mixed.get("CL"), "the -ing verb is itself the cue");
        assertEquals(Position.OPPOSED, mixed.get("BO"));
        assertEquals(Position.OPPOSED, positions("Bolivia praised the recognition, with Chile looking on, and Ecuador later condemned it.",
                PROVINCES_RECOGNISED).get("EC"), "a clause of its own after the absolute one has its own subject");
    }

    @Test
    void statesOfAbsoluteClausesAfterAGroupsVerbAreItsMembers() {
        Map<String, Position> p = positions("Many regional leaders condemned the recognition, with Chilean President Ana Soto calling it"
                + " \"provocative,\" and Bolivia's foreign minister describing it as a day of infamy.", PROVINCES_RECOGNISED);
        assertEquals(Position.OPPOSED, p.get("CL"));
        assertEquals(Position.OPPOSED, p.get("BO"), "the group's verb, though the member's own words hold no cue");
    }

    @Test
    void aLastDitchPushToSaveTheTreatyIsNoActOfDitchingIt() {
        assertEquals(Position.OPPOSED, positions("Sweden's foreign minister made a last-ditch push to save the Arctic fisheries treaty.",
                TREATY_EXIT).get("SE"), "saving the treaty Norway leaves");
        assertEquals(Position.OPPOSED, positions("Sweden's foreign minister spent two days in Oslo making a last ditch push to save the treaty.",
                TREATY_EXIT).get("SE"));
        assertEquals(Position.SUPPORTIVE, positions("Sweden welcomed the plan to ditch the treaty.", TREATY_EXIT).get("SE"),
                "the verb still names the act");
    }

    @Test
    void sanctionsImposedInTheProgressiveOrWithAfterTheirTargetAreTheSubjectsMeasure() {
        assertEquals(Position.OPPOSED, positions("Chile is imposing sanctions on five Peruvian banks.", PROVINCES_RECOGNISED).get("CL"),
                "\"imposing\" after \"is\" is a verb, however it is tagged");
        assertEquals(Position.OPPOSED, positions("Chile hit Peruvian banks with sanctions on Tuesday.", PROVINCES_RECOGNISED).get("CL"));
        assertNotEquals(Position.OPPOSED, positions("Chile said sanctions on Peruvian banks had failed.", PROVINCES_RECOGNISED).get("CL"),
                "a measure named as the subject of what is said is nobody's act");
    }

    @Test
    void aBreachOfAnAgreementChargedToTheActorIsTheSpeakersCharge() {
        Map<String, Position> p = positions("Chilean Prime Minister Ana Example said that Peru was breaching an agreement within the regional forum.", SECURITY_PACT);
        assertEquals(Position.OPPOSED, p.get("CL"));
        assertNotEquals(Position.OPPOSED, p.get("PE"), "the accused does not oppose its own pact");
        assertNotEquals(Position.OPPOSED, positions("Peru violated the regional agreement by signing the security pact.", SECURITY_PACT).get("PE"),
                "with nobody quoted, nobody's charge");
    }

    @Test
    void denyingTheActorTheAuthorityToActIsTheSpeakersCharge() {
        CorpusEvent expel = byPeru("expel", "Chilean ambassador", "CL");
        Map<String, Position> p = positions("The Chilean government says Peru's rulers have no authority to expel its ambassador.", expel);
        assertEquals(Position.OPPOSED, p.get("CL"));
        assertNotEquals(Position.OPPOSED, p.get("PE"));
        assertEquals(Position.OPPOSED, positions("Chile's foreign ministry responded that Peru's military government does not have the authority "
                + "to expel its ambassador.", expel).get("CL"));
    }

    @Test
    void effortsByAStateToDoSomethingAreThatStatesOwn() {
        Map<String, Position> p = positions("Peru opposed recent efforts by Chile, its biggest donor, to thwart the security pact.", SECURITY_PACT);
        assertEquals(Position.OPPOSED, p.get("CL"));
        assertNotEquals(Position.OPPOSED, p.get("PE"), "who opposes the efforts does not thwart the pact");
    }

    @Test
    void expellingTheActorsEnvoyOpposesItsMove() {
        CorpusEvent deal = byPeru(null, "port deal");
        assertEquals(Position.OPPOSED, positions("Bolivia has expelled Peru's ambassador in a dispute over the port deal.", deal).get("BO"));
        assertEquals(Position.OPPOSED, positions("Bolivia has announced the expulsion of the Peruvian ambassador over the port deal.", deal).get("BO"));
    }

    @Test
    void aStateEndingAListThatAPrepositionGovernsIsNoSubject() {
        CorpusEvent strike = byPeru("strike", "air strikes", "BO");
        Map<String, Position> p = positions("Chile's president spoke with the families of the victims and the Bolivian people, condemning the attack "
                + "as an act of violence.", strike);
        assertEquals(Position.OPPOSED, p.get("CL"));
        assertNotEquals(Position.OPPOSED, p.get("BO"), "who is spoken with does not condemn");
        assertEquals(Position.OPPOSED, positions("The families of the victims and the Bolivian government condemned the attack.", strike).get("BO"));
        assertEquals(Position.OPPOSED, positions("Ecuador put the talks on ice and Bolivia condemned the attack.", strike).get("BO"),
                "a name with its own verb opens a clause, whatever precedes \"and\"");
    }

    @Test
    void whatAStateDistancesItselfFromHoldsNothing() {
        Map<String, Position> p = positions("Norway has left the Arctic fisheries treaty, the minister said on Friday, Oslo's latest step in "
                + "distancing itself from Sweden.", TREATY_EXIT);
        assertNotEquals(Position.OPPOSED, p.get("SE"), "Sweden is what Norway keeps away from, no holder of the cue");
        assertEquals(Position.OPPOSED, positions("Denmark distanced itself from the exit from the Arctic fisheries treaty.", TREATY_EXIT).get("DK"));
    }

    @Test
    void aPassivesByPhraseEndsBeforeDespite() {
        Map<String, Position> p = positions("The exit from the Arctic fisheries treaty was welcomed by Sweden despite objections from Denmark and Finland.",
                TREATY_EXIT);
        assertEquals(Position.SUPPORTIVE, p.get("SE"));
        assertNotEquals(Position.SUPPORTIVE, p.get("DK"), "who objects did not welcome it");
        assertNotEquals(Position.SUPPORTIVE, p.get("FI"));
    }

    @Test
    void haltingAPipelineOrItsApprovalOpposesTheMove() {
        assertEquals(Position.OPPOSED, positions("Chile halted the certification of the gas pipeline from Peru.", PROVINCES_RECOGNISED).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile froze approval of the pipeline from Peru on Tuesday.", PROVINCES_RECOGNISED).get("CL"));
    }

    @Test
    void steppingUpChecksOnTheActorsGoodsOpposesTheMove() {
        CorpusEvent release = byPeru("discharge", "treated wastewater");
        assertEquals(Position.OPPOSED, positions("Chile will step up radiation checks on fish imported from Peru.", release).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile said it would strengthen inspections of Peruvian seafood.", release).get("CL"));
    }

    @Test
    void aStateThatSpeaksInALaterClauseHoldsWhatItsClauseSaysAndOnlyThat() {
        CorpusEvent release = byPeru("discharge", "treated wastewater");
        assertEquals(Position.CONCERNED, positions("The regional forum said its members were deeply worried about fish stocks, while Bolivia said the "
                + "discharge threatened the livelihoods of its people.", release).get("BO"));
        Map<String, Position> two = positions("Chile welcomed the discharge, while Bolivia's foreign ministry said it was a reckless step.", release);
        assertEquals(Position.SUPPORTIVE, two.get("CL"));
        assertEquals(Position.OPPOSED, two.get("BO"), "the welcome of the clause before is not what Bolivia said");
    }

    @Test
    void rejectingWhatAStateCallsAnAggressionOpposesTheStrikes() {
        CorpusEvent strikes = byPeru("strike", "air strikes");
        assertEquals(Position.OPPOSED, positions("The representative of Bolivia rejected what he called an aggression against its territory.", strikes)
                .get("BO"), "\"what he called\" is no call of others rejected");
        assertEquals(Position.OPPOSED, positions("La Paz and Quito call it aggression.", strikes).get("EC"));
        assertEquals(Position.NEUTRAL, positions("Ecuador rejected calls to condemn the strikes.", strikes).get("EC"));
    }

    @Test
    void speakingOutAgainstOrInFavourOfAMoveTakesItsSide() {
        CorpusEvent accession = byPeru("accede", "trade bloc");
        assertEquals(Position.OPPOSED, positions("Bolivia's president has repeatedly spoken out against Peru joining the trade bloc.", accession)
                .get("BO"));
        assertEquals(Position.SUPPORTIVE, positions("Chile spoke out in favour of Peru's accession to the trade bloc.", accession).get("CL"));
    }

    @Test
    void anActInAStatesDecisionToDoItIsThatStatesNotTheCriticsWhoSpeakOfIt() {
        CorpusEvent accession = byPeru("ratify", "fisheries statute");
        Map<String, Position> criticised = positions("Chile has criticised Peru's decision to ratify the fisheries statute, calling it harmful.",
                accession);
        assertNotEquals(Position.SUPPORTIVE, criticised.get("CL"), "Chile criticises the ratification, it does not ratify");
        assertEquals(Position.OPPOSED, positions("Chile's foreign minister said Peru's decision to ratify the fisheries statute was reckless.",
                accession).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Bolivia welcomed Peru's decision to ratify the fisheries statute.", accession).get("BO"));
    }

    @Test
    void aStateAfterAnOpeningClauseDoesTheVerbPastADayAndAnAdverb() {
        CorpusEvent strikes = byPeru("strike", "attack", "CL");
        Map<String, Position> p = positions("In a speech that came hours before Ecuador was expected to respond from Quito, Bolivia on Tuesday"
                + " again blamed Peru for the strikes.", strikes);
        assertEquals(Position.OPPOSED, p.get("BO"));
        assertEquals(Position.NEUTRAL, p.get("EC"), "the subject of the opening clause is not the main verb's");
    }

    @Test
    void threateningAStepAgainstTheActorOpposesButAThreatOfTheActOrOfOthersDoesNot() {
        CorpusEvent strikes = byPeru("strike", "air strikes");
        assertEquals(Position.OPPOSED, positions("Bolivia's president said the strikes had hit two villages and threatened to review its trade deals with Lima.",
                strikes).get("BO"));
        assertEquals(Position.SUPPORTIVE, positions("Peru threatened to widen the strikes.", strikes).get("PE"));
        assertNotEquals(Position.OPPOSED, positions("Bolivia said rebels threatened to attack its towns after the strikes.", strikes).get("BO"));
    }

    @Test
    void recallingAHighCommissionerOrATopDiplomatOpposesTheSeizure() {
        CorpusEvent seizure = byPeru("annex", "lake island");
        assertEquals(Position.OPPOSED, positions("Bolivia has recalled its high commissioner from Peru after Peruvian troops took the lake island.",
                seizure).get("BO"));
        assertEquals(Position.OPPOSED, positions("Bolivia summoned Peru's top diplomat over the lake island.", seizure).get("BO"));
    }

    @Test
    void aCallOnBothSidesOverTheDisputeIsACallForRestraint() {
        CorpusEvent seizure = byPeru("annex", "lake island");
        assertEquals(Position.CONCERNED, positions("Ecuador urged both neighbours to settle the dispute through regional talks.", seizure).get("EC"));
        assertEquals(Position.CONCERNED, positions("Chile called on both governments to talk calmly about the row.", seizure).get("CL"));
    }

    @Test
    void takingSimilarStepsFollowsTheMoveAndHostilityNamedInItIsHostile() {
        CorpusEvent sanctions = byPeru("sanction", "sanctions");
        assertEquals(Position.SUPPORTIVE, positions("Chile said it had taken similar steps against the same firms as Peru's sanctions.", sanctions).get("CL"));
        assertEquals(Position.OPPOSED, positions("Bolivia called Peru's sanctions one more sign of hostility.", sanctions).get("BO"));
    }

    @Test
    void respectingTheVotersChoiceAcceptsTheOutcomeAndAFullCountAsksForACheck() {
        assertEquals(Position.SUPPORTIVE, positions("Bolivia said it respected the choice of the Peruvian people in the presidential election.", ELECTION)
                .get("BO"));
        assertEquals(Position.NEUTRAL, positions("Bolivia said it respected the choice of Peru in the presidential election.", ELECTION).get("BO"),
                "a state's choice respected is a courtesy");
        assertEquals(Position.CONCERNED, positions("Chile called for a full count of the ballots in the presidential election.", ELECTION).get("CL"));
    }

    @Test
    void notOpposingOrObjectingToTheMoveIsConsent() {
        CorpusEvent release = byPeru("discharge", "treated wastewater");
        assertEquals(Position.SUPPORTIVE, positions("Fiji's prime minister said he did not oppose the discharge.", release).get("FJ"));
        assertEquals(Position.SUPPORTIVE, positions("Samoa said it would not object to the discharge.", release).get("WS"));
        assertEquals(Position.OPPOSED, positions("Tonga said it opposed the discharge.", release).get("TO"));
    }

    @Test
    void joiningAMeasureAnotherStateTookOpposesAndRefusingToJoinItTakesNoSide() {
        CorpusEvent release = byPeru("discharge", "treated wastewater");
        Map<String, Position> joining = positions("Bolivia said it was weighing joining Chile's restrictions on Peruvian seafood.", release);
        assertEquals(Position.OPPOSED, joining.get("BO"));
        assertEquals(Position.OPPOSED, joining.get("CL"));
        assertEquals(Position.NEUTRAL, positions("Ecuador refused to join the boycott of Peruvian fish.", release).get("EC"));
        assertEquals(Position.OPPOSED, positions("Ecuador refused to join the fisheries pact.", release).get("EC"), "refusing to join a pact is no measure");
    }

    @Test
    void restrictingTheActorsGoodsOpposesAndRefusingCallsForSuchMeasuresDoesNot() {
        CorpusEvent release = byPeru("discharge", "treated wastewater");
        assertEquals(Position.OPPOSED, positions("Bolivia said it could restrict Peruvian fish as well.", release).get("BO"));
        assertEquals(Position.NEUTRAL, positions("Chile's government rejected calls from lawmakers to ban Peruvian fish.", release).get("CL"));
        assertEquals(Position.NEUTRAL, positions("Ecuador dismissed demands for sanctions on Peru.", release).get("EC"));
    }

    @Test
    void followingTheActorsLeadSupportsButFollowingAnotherStatesExampleDoesNot() {
        CorpusEvent release = byPeru("discharge", "treated wastewater");
        assertEquals(Position.SUPPORTIVE, positions("Ecuador said it would follow Peru's lead on the wastewater.", release).get("EC"));
        assertEquals(Position.NEUTRAL, positions("Ecuador said it was considering following Bolivia's example on the wastewater.", release).get("EC"));
    }

    @Test
    void defendingTheActUnderItsOwnNounSupportsIt() {
        CorpusEvent release = byPeru("discharge", "treated wastewater");
        assertEquals(Position.SUPPORTIVE, positions("Chile's president defended the discharge, saying the science was sound.", release).get("CL"));
        assertEquals(Position.NEUTRAL, positions("Chile's president defended the fishermen affected by the wastewater.", release).get("CL"));
    }

    @Test
    void aSuspensionOfImportsAnnouncedAndSelfishnessSaidOfTheActorOppose() {
        CorpusEvent release = byPeru("discharge", "treated wastewater");
        assertEquals(Position.OPPOSED, positions("Peru went ahead with the discharge, prompting Bolivia to announce a suspension of fish imports from its neighbour.",
                release).get("BO"));
        assertEquals(Position.OPPOSED, positions("\"Lima has selfishly ignored the doubts of its neighbours over the discharge,\" the Bolivian foreign ministry said.",
                release).get("BO"));
    }

    @Test
    void aSovereignChoiceOrRightOfAPluralOwnerIsTheActorsNotTheSpeakers() {
        CorpusEvent exit = CorpusEvent.of(null, List.of("PE", "BO"), "withdraw", "Andean Community", List.of(), StanceClassifier.ACTS);
        assertEquals(Position.SUPPORTIVE, positions("Chile said it respected their sovereign choice to leave the Andean Community.", exit).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Ecuador defended their right to leave the Andean Community.", exit).get("EC"));
        assertEquals(Position.OPPOSED, positions("Chile said it would defend its sovereign right to trade after the exit from the Andean Community.", exit).get("CL"),
                "its own right against the move");
    }

    @Test
    void aHopeThatTheActorStaysOrThinksAgainIsWary() {
        CorpusEvent exit = CorpusEvent.of(null, List.of("PE", "BO"), "withdraw", "Andean Community", List.of(), StanceClassifier.ACTS);
        assertEquals(Position.CONCERNED, positions("Ecuador said it hoped they would stay in the Andean Community.", exit).get("EC"));
        assertEquals(Position.CONCERNED, positions("Chile hoped Peru would reconsider leaving the Andean Community.", exit).get("CL"));
    }

    @Test
    void restrictionsAStateImposesOpposeButRestrictionsNamedDoNot() {
        CorpusEvent release = byPeru("discharge", "treated wastewater");
        assertEquals(Position.OPPOSED, positions("After the discharge, Ecuador and Colombia followed with their own restrictions.", release).get("EC"));
        assertEquals(Position.OPPOSED, positions("Bolivia imposed new restrictions after the discharge began.", release).get("BO"));
        assertEquals(Position.NEUTRAL, positions("Chile noted that the restrictions on Peru after the discharge were still in place.", release).get("CL"));
    }

    @Test
    void blameLaidOnOtherStatesActsTakesNoSideButBlameForTheMoveOpposes() {
        CorpusEvent test = byPeru("test", "ballistic missile");
        assertEquals(Position.NEUTRAL, positions("Ecuador blamed naval drills by Chile and Bolivia for provoking the missile launch.", test).get("EC"));
        assertEquals(Position.OPPOSED, positions("Ecuador blamed Peru for the missile launch.", test).get("EC"));
        assertNotEquals(Position.CONCERNED, positions("Ecuador said naval drills by Chile had been provoking Peru before the missile launch.", test).get("PE"),
                "what moved the actor is no harm done to it");
    }

    @Test
    void theEventsOwnActCountsForTheStateThatPerformsIt() {
        assertEquals(Position.SUPPORTIVE, positions("Norway said on Monday it would withdraw from the fisheries treaty.", TREATY_EXIT).get("NO"));
        assertEquals(Position.NEUTRAL, positions("Denmark has joined the fisheries treaty talks.", TREATY_EXIT).get("DK"),
                "joining is not the act of a withdrawal story");
    }

    @Test
    void aJudgementOfAStatesMoveIsNotThatStatesOwn() {
        assertEquals(Position.NEUTRAL, positions("Sweden's decision was unfortunate.", TREATY_EXIT).get("SE"));
        assertEquals(Position.NEUTRAL, positions("Observers said Sweden's move was a reckless step.", TREATY_EXIT).get("SE"));
        assertEquals(Position.OPPOSED, positions("Sweden's strong opposition to the withdrawal was clear.", TREATY_EXIT).get("SE"),
                "the owner holds the stance it owns");
    }

    @Test
    void theActReportedAfterThatAndAPronounIsTheSpeakingStatesOwn() {
        ClaimStance c = classify("Danish officials said on Monday that they were also pulling out of the fisheries treaty.", TREATY_EXIT);
        assertEquals(Position.SUPPORTIVE, c.byCountry().get("DK"));
        assertEquals("event-act", c.evidence().get("DK").rule());
        assertEquals(Position.SUPPORTIVE, positions("Denmark announced that it would withdraw from the fisheries treaty.", TREATY_EXIT).get("DK"));
        assertNotEquals(Position.SUPPORTIVE, positions("Denmark warned that withdrawing from the fisheries treaty would hurt fishermen.", TREATY_EXIT)
                .get("DK"), "a state that warns of the act does not perform it");
    }

    @Test
    void anActorNamedAsAPartyToTheEventSupportsIt() {
        ClaimStance c = classify("Chile fears the Ghana-Togo border case will drag on.", COURT_CASE);
        assertEquals(Position.SUPPORTIVE, c.byCountry().get("GH"));
        assertEquals("event-participant", c.evidence().get("GH").rule());
    }

    @Test
    void theActorsHostileWordsTowardTheTargetAreTheActNotOpposition() {
        assertEquals(Position.SUPPORTIVE, positions("Ghana condemned Togo over the dam, in its case before the court.", COURT_CASE).get("GH"));
    }

    @Test
    void backingTheAgreementAStateLeavesOpposesTheWithdrawal() {
        ClaimStance c = classify("Finland said it remained committed to the Arctic fisheries treaty.", TREATY_EXIT);
        assertEquals(Position.OPPOSED, c.byCountry().get("FI"));
        assertEquals(Position.SUPPORTIVE, positions("Finland welcomed the decision to leave.", TREATY_EXIT).get("FI"));
    }

    @Test
    void aQuotationBeforeItsSpeakerIsTheSpeakersWhateverFollowsTheVerb() {
        assertEquals(Position.OPPOSED, positions("\u201cThe ministers voiced their firm rejection of the plan to leave the fisheries treaty,\u201d "
                + "Denmark's foreign ministry said in a statement issued after a long call between its minister and his Icelandic counterpart.",
                TREATY_EXIT).get("DK"));
        assertEquals(Position.OPPOSED, positions("\"We voice our rejection of the plan to leave the fisheries treaty\", Denmark's foreign ministry "
                + "said in a statement issued after a long call between its minister and his Icelandic counterpart.", TREATY_EXIT).get("DK"));
        assertNotEquals(Position.OPPOSED, positions("Finland voiced its rejection of the plan to leave the fisheries treaty, Denmark's foreign "
                + "ministry said in a statement issued after a long call between its minister and his Icelandic counterpart.", TREATY_EXIT).get("DK"),
                "unquoted, what a state is reported to say is that state's");
    }

    @Test
    void aParticipleAfterANameThatIsNotTheEventsBacksThatName() {
        assertEquals(Position.NEUTRAL, positions("Norway left the fisheries treaty to join the Northern Seas Compact championed by "
                + "Iceland.", TREATY_EXIT).get("IS"), "Iceland backs the compact: neither the exit nor the treaty");
        assertEquals(Position.SUPPORTIVE, positions("Norway's withdrawal welcomed by Iceland took effect on Monday.", TREATY_EXIT).get("IS"),
                "a noun of the event");
    }

    @Test
    void doubtingAnOutcomeOrAskingThatItBeCheckedIsConcernAndRefutingItIsOpposition() {
        assertEquals(Position.CONCERNED, positions("Chile and Bolivia voiced doubts about the fairness of the Peruvian presidential election.",
                ELECTION).get("BO"));
        assertEquals(Position.CONCERNED, positions("Bolivia called for full transparency in the count of the presidential election.", ELECTION)
                .get("BO"));
        assertEquals(Position.CONCERNED, positions("Bolivia questioned the legitimacy of the presidential election.", ELECTION).get("BO"));
        assertEquals(Position.OPPOSED, positions("Uruguay refuted the results of the presidential election.", ELECTION).get("UY"));
        assertEquals(Position.OPPOSED, positions("Uruguay contested the result of the presidential election.", ELECTION).get("UY"));
        assertEquals(Position.CONCERNED, positions("Bolivia expressed distrust of the result of the presidential election.", ELECTION).get("BO"));
        assertEquals(Position.CONCERNED, positions("Bolivia voiced mistrust of the presidential election.", ELECTION).get("BO"));
    }

    @Test
    void statesListedAfterAGroupThatHoldsACueAreItsMembers() {
        Map<String, Position> p = positions("Several governments of the region congratulated the winner of the presidential election, including "
                + "Chile, Bolivia and Ecuador.", ELECTION);
        assertEquals(Position.SUPPORTIVE, p.get("BO"));
        assertEquals(Position.SUPPORTIVE, p.get("EC"));
        assertEquals(Position.NEUTRAL, positions("The winner of the presidential election thanked voters, including those in Chile.", ELECTION)
                .getOrDefault("CL", Position.NEUTRAL), "no group as the subject");
        Map<String, Position> votes = positions("Ten states voted for the result of the presidential election, and five, including Chile and "
                + "Bolivia, voted against it.", ELECTION);
        assertEquals(Position.OPPOSED, votes.get("CL"), "the list belongs to the clause it stands in");
        Map<String, Position> inside = positions("Ten countries, including Chile and Bolivia, voted for the result of the presidential election.",
                ELECTION);
        assertEquals(Position.SUPPORTIVE, inside.get("CL"), "a list after including in the subject stands for its head");
        assertEquals(Position.SUPPORTIVE, inside.get("BO"));
    }

    @Test
    void anElectionIsTheActOfItsStateAndRecognisingItsResultBacksIt() {
        CorpusEvent election = ELECTION;
        assertEquals(Position.SUPPORTIVE, positions("Peru's incumbent won re-election on Sunday.", election).get("PE"));
        assertEquals(Position.OPPOSED, positions("Bolivia refused to recognise the result of the Peruvian presidential election.", election)
                .get("BO"));
        assertEquals(Position.SUPPORTIVE, positions("Chile congratulated Peru on its presidential election.", election).get("CL"));
    }

    @Test
    void aLongRelativeClauseAfterTheSubjectsKeepsItsStatesFromTheCue() {
        Map<String, Position> p = positions("Meanwhile, Finland, Sweden and Iceland, all of whom spent months trying to persuade the "
                + "government that Norway would lose far more than it gained by leaving a treaty that protected fish stocks and jobs along "
                + "the coast, now say that they regret the decision.", TREATY_EXIT);
        assertEquals(Position.OPPOSED, p.get("FI"));
        assertEquals(Position.OPPOSED, p.get("IS"));
        assertNotEquals(Position.OPPOSED, p.get("NO"));
    }

    @Test
    void aStateNamingTheAgreementItModifiesIsNoSubject() {
        assertNotEquals(Position.SUPPORTIVE, positions("She said that the Iceland fisheries treaty was outdated and praised the decision to "
                + "withdraw.", TREATY_EXIT).get("IS"));
    }

    @Test
    void anEvaluationOfAnotherStatesDecisionIsTheWritersNotTheSubjects() {
        ClaimStance c = classify("Finland issued a statement voicing regret over Norway's historic decision to withdraw from the landmark "
                + "Svalbard Charter.", TREATY_EXIT);
        assertEquals(Position.OPPOSED, c.byCountry().get("FI"));
        assertEquals("regret", c.evidence().get("FI").cue());
        assertEquals(Position.NEUTRAL, positions("Finland issued a statement on Norway's historic decision to withdraw.", TREATY_EXIT).get("FI"));
    }

    @Test
    void aFirstPersonSubjectThatNamesItsStatesHoldsTheStatement() {
        ClaimStance c = classify("“It is with deep regret that we, the foreign ministers of Finland, Sweden and Iceland, take note of the "
                + "decision to withdraw from the treaty,” the statement said.", TREATY_EXIT);
        assertEquals(Position.OPPOSED, c.byCountry().get("FI"));
        assertEquals(Position.OPPOSED, c.byCountry().get("SE"));
        assertEquals(Position.OPPOSED, c.byCountry().get("IS"));
        assertEquals("speaker", c.evidence().get("SE").rule());
    }

    @Test
    void seeingSomethingElseThanTheMoveAsAThingIsNoConcern() {
        assertEquals(Position.NEUTRAL, positions("Finland views the archipelago as its own territory.", TREATY_EXIT).get("FI"));
        assertEquals(Position.NEUTRAL, positions("Although it has never governed the archipelago, Finland regards it as a part of its territory.",
                TREATY_EXIT).get("FI"), "land claimed as one's own is no view of the move");
        assertEquals(Position.NEUTRAL, positions("Finland sees it as an integral part of its territory.", TREATY_EXIT).get("FI"));
        assertEquals(Position.CONCERNED, positions("Finland sees it as a part of a wider retreat.", TREATY_EXIT).get("FI"));
        assertEquals(Position.CONCERNED, positions("Finland views the withdrawal as a blow to the region.", TREATY_EXIT).get("FI"));
        assertEquals(Position.CONCERNED, positions("Finland sees the step as a sign of things to come.", TREATY_EXIT).get("FI"));
    }

    @Test
    void aStatePresentedAsTheAllyOfAnotherIsCoordinatedWithIt() {
        Map<String, Position> p = positions("Sweden and its close ally Finland on Monday rejected the withdrawal from the treaty.", TREATY_EXIT);
        assertEquals(Position.OPPOSED, p.get("SE"));
        assertEquals(Position.OPPOSED, p.get("FI"));
        p = positions("Sweden and its neighbour Finland rejected the withdrawal.", TREATY_EXIT);
        assertEquals(Position.OPPOSED, p.get("SE"));
        assertEquals(Position.OPPOSED, p.get("FI"));
    }

    @Test
    void theAgentsOfAConcernEndWhereWhatTheyFearBegins() {
        Map<String, Position> p = positions("Norway left the treaty despite concerns from Sweden and Iceland that the withdrawal would leave the "
                + "waters off Finland unpatrolled.", TREATY_EXIT);
        assertEquals(Position.CONCERNED, p.get("SE"));
        assertEquals(Position.CONCERNED, p.get("IS"));
        assertNotEquals(Position.CONCERNED, p.get("FI"));
    }

    @Test
    void anAttitudeCountsOnlyTowardTheEvent() {
        assertEquals(Position.NEUTRAL, positions("Finland welcomed any step toward peace in the region.", TREATY_EXIT).get("FI"));
        assertEquals(Position.SUPPORTIVE, positions("Finland welcomed the treaty exit.", TREATY_EXIT).get("FI"));
    }

    @Test
    void anAttitudeInAParagraphAboutTheEventCounts() {
        String body = "Not everyone agrees. Finland insists that talks must come first. Oslo is unlikely to change course on the treaty.";
        List<CountryMention> mentions = new CountryRecognizer().recognize(body, G.scan(body));
        Sentence second = new Sentence(21, 63, body.substring(21, 63));
        List<CountryMention> inSecond = mentions.stream().filter(m -> m.start() >= 21 && m.end() <= 63).toList();
        Attribution a = new SpeakerFinder(G, body, mentions).find(second);
        assertEquals(Position.CONCERNED, new StanceClassifier(TREATY_EXIT).classify(body, second, inSecond, a).byCountry().get("FI"));
    }

    @Test
    void theCountriesOfAnAsideThatNamesTheSubjectHoldTheCue() {
        Map<String, Position> p = positions("Two leaders -- Chilean President Ana Example and Peruvian Prime Minister Juan Example -- "
                + "issued a statement rejecting the border case.", COURT_CASE);
        assertEquals(Position.OPPOSED, p.get("CL"));
        assertEquals(Position.OPPOSED, p.get("PE"));
    }

    @Test
    void theEventsOwnWordsAreNoTone() {
        CorpusEvent genocideCase = CorpusEvent.of(null, List.of("GH"), "litigate", "genocide case", List.of("TG"), StanceClassifier.ACTS);
        assertEquals(Position.NEUTRAL, positions("Chilean Foreign Minister Ana Example said the genocide case would take years.", genocideCase)
                .get("CL"));
    }

    @Test
    void countriesOfAPassiveByPhraseHoldTheCue() {
        Map<String, Position> p = positions("The border case, backed by countries such as Chile, Peru and Bolivia, opens next week.", COURT_CASE);
        assertEquals(Position.SUPPORTIVE, p.get("CL"));
        assertEquals(Position.SUPPORTIVE, p.get("PE"));
        assertEquals(Position.SUPPORTIVE, p.get("BO"));
        p = positions("Ghana filed the border case despite opposition from the U.S. and Togo.", COURT_CASE);
        assertEquals(Position.OPPOSED, p.get("US"), "the full stops of a state's initials do not end the phrase");
        assertEquals(Position.OPPOSED, p.get("TG"));
    }

    @Test
    void everyStateOfAListThatSpeaksHoldsItsWords() {
        for (String body : List.of("Chile, Peru, and Bolivia condemned the withdrawal as reckless.",
                "The leaders of Chile, Peru and Bolivia, on Sunday, condemned the withdrawal as reckless.",
                "Earlier, Chile, Peru and Bolivia said the withdrawal was reckless.")) {
            Map<String, Position> p = positions(body, TREATY_EXIT);
            assertEquals(Position.OPPOSED, p.get("CL"), body);
            assertEquals(Position.OPPOSED, p.get("PE"), body);
            assertEquals(Position.OPPOSED, p.get("BO"), body);
        }
    }

    @Test
    void namingAMoveUnfairOpposesIt() {
        assertEquals(Position.OPPOSED, positions("\u201cPeru will answer this unfair decision,\u201d the Peruvian minister said.",
                MINING_SANCTIONS).get("PE"));
        assertEquals(Position.OPPOSED, positions("Bolivia called the measure unjust.", MINING_SANCTIONS).get("BO"));
    }

    @Test
    void anActorsBanOnTheImportOfTheTargetsGoodsIsItsOwnAct() {
        CorpusEvent bans = CorpusEvent.of(null, List.of("PE", "CL"), "ban", "import", List.of("BO"), StanceClassifier.ACTS);
        ClaimStance c = classify("Peru announced a temporary ban on the import of Bolivian fish.", bans);
        assertEquals(Position.SUPPORTIVE, c.byCountry().get("PE"));
    }

    @Test
    void aStateThatOnlyNamesAConflictInTheByPhraseIsNoAgent() {
        Map<String, Position> p = positions("The pact let fishing fleets blocked by the Chile-Bolivia conflict return to port.", TREATY_EXIT);
        assertEquals(Position.NEUTRAL, p.getOrDefault("CL", Position.NEUTRAL));
        assertEquals(Position.NEUTRAL, p.getOrDefault("BO", Position.NEUTRAL));
        p = positions("Exports blocked by the war in Bolivia resumed under the pact.", TREATY_EXIT);
        assertEquals(Position.NEUTRAL, p.getOrDefault("BO", Position.NEUTRAL));
        assertEquals(Position.OPPOSED, positions("The exit was condemned by the Chilean government.", TREATY_EXIT).get("CL"));
    }

    @Test
    void eachOfTwoCoordinatedPassivesHasItsOwnAgent() {
        ClaimStance c = classify("The withdrawal was criticised by Chile but hailed by Peru.", TREATY_EXIT);
        assertEquals(Position.OPPOSED, c.byCountry().get("CL"));
        assertEquals(Position.SUPPORTIVE, c.byCountry().get("PE"));
        assertEquals("passive-agent", c.evidence().get("PE").rule());
    }

    @Test
    void callingAMoveUselessOpposesIt() {
        assertEquals(Position.OPPOSED, positions("Chile said the withdrawal would achieve nothing.", TREATY_EXIT).get("CL"));
        assertEquals(Position.OPPOSED, positions("Peru called the exit from the treaty pointless.", TREATY_EXIT).get("PE"));
        assertEquals(Position.OPPOSED, positions("Estonia said there was nothing to be gained by leaving the treaty.", TREATY_EXIT).get("EE"));
    }

    @Test
    void callingAMoveWithoutMeritOpposesIt() {
        assertEquals(Position.OPPOSED, positions("Chile said there was no merit in the withdrawal.", TREATY_EXIT).get("CL"));
        assertEquals(Position.OPPOSED, positions("Peru dismissed the exit as without merit.", TREATY_EXIT).get("PE"));
        assertNotEquals(Position.OPPOSED, positions("Peru said the treaty had merit.", TREATY_EXIT).get("PE"));
    }

    @Test
    void betweenEquallyManyCuesThePositionTakenTowardTheEventWins() {
        assertEquals(Position.OPPOSED, positions("Chile welcomed the talks and condemned the border case.", COURT_CASE).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Chile condemned the violence and welcomed the border case.", COURT_CASE).get("CL"));
    }

    @Test
    void standingWithAStateSidesWithIt() {
        assertEquals(Position.OPPOSED, positions("Chile said it stood with Togo in the border case.", COURT_CASE).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Chile said it stands with Ghana in the border case.", COURT_CASE).get("CL"));
        CorpusEvent port = byPeru("sign", "port deal");
        assertEquals(Position.OPPOSED, positions("Chile said it stood firmly behind Bolivia's unity after the port deal.", port).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile threw its weight behind Bolivia after the port deal.", port).get("CL"));
    }

    @Test
    void sidingWordsWhoseObjectIsTheEventBackTheEvent() {
        CorpusEvent port = byPeru("sign", "port deal");
        assertEquals(Position.SUPPORTIVE, positions("Chile threw its weight behind the port deal on Monday.", port).get("CL"));
    }

    @Test
    void understandingForAMoveOrCallingItLegitimateAcceptsIt() {
        assertEquals(Position.SUPPORTIVE, positions("Chile expressed understanding for the border case.", COURT_CASE).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Chile said the border case was a legitimate step.", COURT_CASE).get("CL"));
    }

    @Test
    void aListIntroducedByLikeStandsForItsHead() {
        Map<String, Position> p = positions("Key players like Chile, Peru, and Brazil have rejected the case.", COURT_CASE);
        assertEquals(Position.OPPOSED, p.get("CL"));
        assertEquals(Position.OPPOSED, p.get("BR"));
    }

    @Test
    void aPossessiveOwnerIsNotTheSubjectOfWhatFollows() {
        Map<String, Position> p = positions("Togo responded with disgust, calling Ghana's case an insult and urging the court to reject it.", COURT_CASE);
        assertEquals(Position.OPPOSED, p.get("TG"));
        assertEquals(Position.SUPPORTIVE, p.get("GH"));
    }

    @Test
    void theAgentOfBrokeredIsABroker() {
        assertEquals(Position.SUPPORTIVE, positions("Ghana and Togo settled the border case in a deal brokered by Senegal.", COURT_CASE).get("SN"));
    }

    @Test
    void aStateBeforeAHyphenatedBackerBacksWhatFollowsNotTheEvent() {
        Map<String, Position> p = positions("Peru's offensive hit Chile-backed militias near the border, officials said.", PERU_OFFENSIVE);
        assertEquals(Position.NEUTRAL, p.get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("The Brazil-backed military offensive began on Monday.", PERU_OFFENSIVE).get("BR"));
    }

    @Test
    void anActorsHostileWordsAreAboutWhatItsActIsAgainst() {
        assertNotEquals(Position.CONCERNED, positions("Peruvian Defence Minister Ana Ruiz said the military offensive had reduced "
                + "\"the threat from armed groups\" along the border.", PERU_OFFENSIVE).get("PE"));
    }

    @Test
    void statesASupportComesFromHoldIt() {
        Map<String, Position> p = positions("Bolivia condemned the offensive, which took place with support from Chile and Ecuador.",
                PERU_OFFENSIVE);
        assertEquals(Position.SUPPORTIVE, p.get("CL"));
        assertEquals(Position.SUPPORTIVE, p.get("EC"));
        assertEquals(Position.OPPOSED, p.get("BO"));
    }

    @Test
    void theOwnerOfACueNounAndTheSubjectOfAnAbsolutePhraseHoldIt() {
        assertEquals(Position.OPPOSED, positions("Despite Chile's strong opposition, most members backed the tariff.").get("CL"));
        Map<String, Position> p = positions("The members voted for the tariff, with Peru supporting it and Chile expressing concerns.");
        assertEquals(Position.SUPPORTIVE, p.get("PE"));
        assertEquals(Position.CONCERNED, p.get("CL"));
    }

    @Test
    void statesAnObjectionComesFromHoldIt() {
        Map<String, Position> p = positions("Peru pushed the tariff through despite objections from Chile.");
        assertEquals(Position.OPPOSED, p.get("CL"));
        assertEquals(Position.OPPOSED, positions("Peru has expressed strong disapproval and threatened countermeasures.").get("PE"));
    }


    @Test
    void statesAnOutcryOrBacklashComesFromHoldIt() {
        Map<String, Position> p = positions("The tariff has drawn an outcry from Bolivia, the European Union and Ecuador.");
        assertEquals(Position.OPPOSED, p.get("BO"));
        assertEquals(Position.OPPOSED, p.get("EC"));
        assertEquals(Position.OPPOSED, positions("The tariff provoked a swift backlash from Chile.").get("CL"));
    }
    @Test
    void aConcernOfCircumstanceOrOfAnUnnamedCrowdIsNotTheSubjects() {
        assertEquals(Position.NEUTRAL, positions("Chile and Peru held talks amid Bolivia concerns.").get("CL"));
        assertNotEquals(Position.CONCERNED, positions("Chile signed the deal despite fears of a trade war, officials said.").get("CL"));
        assertNotEquals(Position.OPPOSED, positions("Chile's president termed the international criticism of the deal insulting.").get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile signed the deal amid concerns from Peru.").get("PE"));
        assertEquals(Position.NEUTRAL, positions("Peru said the move came amid stalled negotiations.").get("PE"));
        assertEquals(Position.CONCERNED, positions("Chile voiced concerns about the deal.").get("CL"));
    }

    @Test
    void theStatesNamedAfterTheConcernsOfHoldThem() {
        Map<String, Position> p = positions("The deal is set to heighten the concerns of Peru, Bolivia and Ecuador about the region.");
        assertEquals(Position.CONCERNED, p.get("PE"));
        assertEquals(Position.CONCERNED, p.get("BO"));
        assertEquals(Position.CONCERNED, p.get("EC"));
    }

    private static final CorpusEvent STRIKES = byPeru("strike", "attack", "CL");

    @Test
    void aStateThatReaffirmsTheActorsRightToActHoldsThatSupportNotTheActor() {
        Map<String, Position> p = positions("The Bolivian government, while repeating that it took no part, reaffirmed Peru's right to "
                + "self-defense.", STRIKES);
        assertEquals(Position.SUPPORTIVE, p.get("BO"));
        assertEquals("right to", classify("The Bolivian government, while repeating that it took no part, reaffirmed Peru's right to "
                + "self-defense.", STRIKES).evidence().get("BO").cue());
    }

    @Test
    void urgingAnotherStateThanTheActorToCeaseItsOwnAttacksUndoesNothingOfTheEvent() {
        assertNotEquals(Position.OPPOSED, positions("Ecuador\n\n\"We urge Chile to cease its attacks on Peru so that the fighting can end,\" "
                + "a spokesman told reporters.", STRIKES).get("EC"));
        assertEquals(Position.OPPOSED, positions("Ecuador urged Peru to halt the attacks.", STRIKES).get("EC"));
    }

    @Test
    void callingOnThePartiesToStopHostilitiesIsWaryNotOpposed() {
        assertEquals(Position.CONCERNED, positions("\"Bolivia urges the parties to the conflict to immediately stop hostilities and return "
                + "to talks,\" said Bolivia's foreign ministry spokeswoman.", STRIKES).get("BO"));
        assertEquals(Position.OPPOSED, positions("Bolivia urged Peru to stop the strikes.", STRIKES).get("BO"));
    }

    @Test
    void aWhileClauseWithASubjectOfItsOwnIsNotTheFirstSubjects() {
        Map<String, Position> p = positions("Bolivia and Ecuador said that they supported what they called \"Peru's right to defend "
                + "itself\" and urged Chile against escalation, while governments in the region condemned the attack.", STRIKES);
        assertEquals(Position.SUPPORTIVE, p.get("BO"));
        assertEquals(Position.SUPPORTIVE, p.get("EC"));
        assertEquals(Position.SUPPORTIVE, positions("Bolivia, while voicing regret over the losses, backed the strike.", STRIKES).get("BO"));
    }

    @Test
    void theActorBreakingTiesWithTheTargetOfItsSwitchDoesItsActAndOpposesNothing() {
        CorpusEvent switchTies = byPeru("restore", "diplomatic relations", "CL");
        assertNotEquals(Position.OPPOSED, positions("Peru opened an embassy in La Paz months after the Andean nation broke off relations "
                + "with Chile to form diplomatic ties with Bolivia.", switchTies).get("PE"));
    }

    @Test
    void aStatesLegislatorsOrMembersOfItsParliamentHoldWhatTheyDo() {
        assertEquals(Position.SUPPORTIVE, positions("Icelandic legislators on Tuesday endorsed the accession.", ALLIANCE).get("IS"));
        assertEquals(Position.SUPPORTIVE, positions("Members of the Icelandic parliament voted to ratify Norway's entry into the alliance.",
                ALLIANCE).get("IS"));
        assertEquals(Position.SUPPORTIVE, positions("Most of Iceland's deputies voted for the accession.", ALLIANCE).get("IS"));
        assertNotEquals(Position.SUPPORTIVE, positions("Members of the alliance praised the accession on a visit to Iceland.", ALLIANCE).get("IS"));
    }

    @Test
    void withdrawingOrDroppingOnesObjectionsToTheMoveBacksIt() {
        assertEquals(Position.SUPPORTIVE, positions("Iceland on Monday withdrew its objections to Norway joining the alliance.", ALLIANCE).get("IS"));
        assertEquals(Position.SUPPORTIVE, positions("Iceland dropped its opposition to the accession.", ALLIANCE).get("IS"));
    }

    @Test
    void aStateUrgedToCompleteItsRatificationHoldsNoneOfItAndTheSpeakerWhoUrgesDoes() {
        Map<String, Position> p = positions("The bloc's chief Jan Example praised Peru's vote and urged Bolivia to complete its ratification "
                + "of Norway's accession promptly.", ALLIANCE);
        assertEquals(Position.NEUTRAL, p.get("BO"));
        assertEquals(Position.NEUTRAL, p.get("PE"), "the vote praised is no urging of Peru's");
        assertEquals(Position.SUPPORTIVE, positions("Iceland praised the vote and urged Bolivia to speed up its ratification of the accession.",
                ALLIANCE).get("IS"));
    }

    @Test
    void aCueInTheInfinitiveAfterUrgingIsThePositionOfWhoUrges() {
        Map<String, Position> p = positions("Peru and Ecuador pressed Bolivia to reject the pact.");
        assertEquals(Position.OPPOSED, p.get("PE"));
        assertEquals(Position.OPPOSED, p.get("EC"));
        assertEquals(Position.NEUTRAL, p.get("BO"));
        p = positions("Bolivia had faced pressure from Peru to reject the pact.");
        assertEquals(Position.OPPOSED, p.get("PE"));
        assertEquals(Position.NEUTRAL, p.get("BO"));
        assertEquals(Position.OPPOSED, positions("Iceland urged Norway not to join the pact.").get("IS"));
        assertEquals(Position.OPPOSED, positions("Iceland urged Norway not to use the summit as a chance to join the pact.").get("IS"),
                "a negated deed before the act's own infinitive negates the act too");
        assertEquals(Position.SUPPORTIVE, positions("Iceland urged Norway not to hesitate to join the pact.").get("IS"),
                "not holding back from an act urges it");
        assertEquals(Position.NEUTRAL, positions("Bolivia was asked to reject the pact.").get("BO"));
        p = positions("Bolivia's president was asked by Peru's foreign minister Ana Sola not to join the pact.");
        assertEquals(Position.OPPOSED, p.get("PE"));
        assertEquals(Position.NEUTRAL, p.get("BO"));
        p = positions("The alliance's chief called for Bolivia to quickly ratify the pact.");
        assertEquals(Position.NEUTRAL, p.get("BO"), "an adverb before the urged act keeps it the urger's");
        assertEquals(Position.NEUTRAL, positions("Bolivia's president said nothing would force Bolivia to join the pact.").get("BO"),
                "an act one is forced into is no position of one's own");
        assertNotEquals(Position.SUPPORTIVE, positions("Chile's trade minister told reporters that Chile was watching closely but had no plans to "
                + "join the pact.").get("CL"), "a clause after 'told ... that' is reported, not urged");
    }

    @Test
    void aToneTheSpeakerDeniesIsNone() {
        assertEquals(Position.NEUTRAL, positions("Peru's foreign minister said: \"The move does not pose a threat to the region.\"").get("PE"));
        assertEquals(Position.CONCERNED, positions("Peru's foreign minister said: \"The move poses a threat to the region.\"").get("PE"));
    }

    @Test
    void refusingToAcceptTheMoveOrNamingItABreachOfLawOpposesIt() {
        assertEquals(Position.OPPOSED, positions("Chile said it would never tolerate Peru's decision.").get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile said it would not tolerate the move.").get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile called the decision a flagrant violation of international law.").get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile said the move was unacceptable and a provocation.").get("CL"));
    }

    @Test
    void aMoveThatWillNotGoDownWellWithAStateConcernsIt() {
        assertEquals(Position.CONCERNED, positions("The decision would not go down well with Bolivia, analysts said.").get("BO"));
    }

    @Test
    void whatAFeelingIsCausedByDoesNotHoldIt() {
        Map<String, Position> p = positions("Peru said it was disappointed by the decision by Chile.");
        assertEquals(Position.OPPOSED, p.get("PE"));
        assertNotEquals(Position.OPPOSED, p.get("CL"));
    }

    @Test
    void aCueInARelativeClauseIsItsAntecedents() {
        Map<String, Position> p = positions("Peru met Chile, which welcomed the pact.");
        assertEquals(Position.SUPPORTIVE, p.get("CL"));
        assertEquals(Position.NEUTRAL, p.get("PE"));
        assertEquals(Position.NEUTRAL, positions("Peru spoke about a reform that strengthened the navy.").get("PE"),
                "what the deal does is not Peru's attitude");
        assertEquals(Position.SUPPORTIVE, positions("Brazil spoke after a vote called by the Chilean government, which approved the plan.").get("CL"));
    }

    @Test
    void aCueFurtherOnInARelativeClauseOfAThingIsNotTheSubjectsBefore() {
        assertEquals(Position.NEUTRAL, positions("Peru left a working group that works to boost Bolivia mining exports.",
                MINING_SANCTIONS).get("PE"));
        assertEquals(Position.OPPOSED, positions("Peru, whose miners sell copper abroad, criticised the mining sanctions that Chile imposed.",
                MINING_SANCTIONS).get("PE"), "a relative clause after the cue is no matter");
    }

    @Test
    void aPronounThatOpensAClauseIsTheSentencesSubject() {
        Map<String, Position> p = positions("Peru warned its rival Chile on Tuesday that it will retaliate for the strike.");
        assertEquals(Position.OPPOSED, p.get("PE"));
        assertEquals(Position.NEUTRAL, p.get("CL"));
        p = positions("Peru called upon Chile on Monday, saying it opposed the pact.");
        assertEquals(Position.OPPOSED, p.get("PE"), "a participle of saying takes the sentence's subject");
        assertEquals(Position.NEUTRAL, p.get("CL"));
    }

    @Test
    void anInfinitiveWithASubjectOfItsOwnIsThatSubjects() {
        Map<String, Position> p = positions("Peru could make it costlier for the West to extend sanctions on Chile.");
        assertEquals(Position.NEUTRAL, p.get("PE"));
        assertEquals(Position.SUPPORTIVE, positions("Officials said it was important for Chile to approve the pact.").get("CL"));
        p = positions("Bolivia called for Peru to reject the pact.");
        assertEquals(Position.OPPOSED, p.get("BO"));
        assertEquals(Position.NEUTRAL, p.get("PE"));
    }

    @Test
    void theReportedClauseAroundAPartialQuotationIsTheSpeakersToo() {
        assertEquals(Position.OPPOSED, positions("On Friday, the Chilean government said the border case against Togo was completely unfounded "
                + "and amounted to a “political stunt”.", COURT_CASE).get("CL"));
    }

    @Test
    void aNounThatNamesTheActIsTheSpeakersNotItsOwners() {
        CorpusEvent test = byPeru("test", "ballistic missile");
        Map<String, Position> p = positions("The missile was \"a show of force in response to Peru's latest provocation\", "
                + "a Chilean official told reporters.", test);
        assertEquals(Position.OPPOSED, p.get("CL"));
        assertEquals(Position.OPPOSED, positions("Lima's missile was \"a show of force in response to the latest provocation\", "
                + "a Chilean official told Example Wire.", test).get("CL"), "a thing the state owns is the subject, and the speaker told an outlet");
        assertEquals(Position.OPPOSED, positions("Despite Chile's strong opposition, most members backed the tariff, Peruvian officials said.")
                .get("CL"), "an attitude noun is still its owner's");
    }

    @Test
    void aNounThatRefersBackToTheEventsActMakesTheSentenceAboutIt() {
        CorpusEvent test = byPeru("test", "ballistic missile");
        assertTrue(test.isTrigger("launch"));
        assertEquals(Position.OPPOSED, positions("Chilean President Ana Example called the launch \"an outrageous act\" and said Chile "
                + "had lodged a strong protest.", test).get("CL"));
        CorpusEvent exit = CorpusEvent.of(null, List.of("NO"), "withdraw", "fisheries treaty", List.of(), StanceClassifier.ACTS);
        assertFalse(exit.isTrigger("launch"), "a noun of another family's act");
    }

    @Test
    void aStateAfterTheIsTheSubjectOfTheVerbThatFollowsIt() {
        CorpusEvent test = byPeru("test", "ballistic missile");
        assertEquals(Position.OPPOSED, positions("The United States imposed sanctions on Peru over the launch.", test).get("US"));
        assertEquals(Position.OPPOSED, positions("The Philippines has imposed sanctions on Peru.", test).get("PH"));
        assertNotEquals(Position.OPPOSED, positions("The Chile sanctions on Peru were discussed after the launch.", test).get("CL"),
                "the name of the measures, not a state acting");
    }

    @Test
    void aMeasureNamedAsANounIsAnActOnlyOfWhoeverTakesIt() {
        CorpusEvent curb = byPeru("curb", "copper exports");
        assertNotEquals(Position.OPPOSED, positions("Chile said on Monday it was assessing the impact of Peru's ban on its smelters.", curb)
                .get("CL"), "another state's ban, named");
        assertNotEquals(Position.OPPOSED, positions("Chile asked for more time before the ban takes effect.", curb).get("CL"));
        assertNotEquals(Position.OPPOSED, positions("Chile said earlier sanctions had done little to change minds.", curb).get("CL"));
        assertNotEquals(Position.OPPOSED, positions("Chile said the ban would take effect in July.", curb).getOrDefault("CL", Position.NEUTRAL),
                "the subject of the clause a verb of saying takes, not its object");
        assertEquals(Position.OPPOSED, positions("Chile announced a ban on Peruvian fruit in response to the curb.", curb).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile imposed a ban on Peruvian fruit in response to the curb.", curb).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile called for a boycott of Peruvian goods over the curb.", curb).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile expelled two diplomats in retaliation.", curb).get("CL"));
    }

    @Test
    void aMeasureJudgedByACueAgainstItIsNoMeasureOfTheHolders() {
        CorpusEvent curb = byPeru("curb", "copper exports");
        assertNotEquals(Position.OPPOSED, positions("Chile stopped short of condemning the new ban but hoped for talks on the copper curbs.", curb)
                .getOrDefault("CL", Position.NEUTRAL));
    }

    @Test
    void aVowToRetaliateOrCountermeasuresNeedNoObjectToAnswerTheEvent() {
        CorpusEvent curb = byPeru("curb", "copper exports");
        List<ClaimStance> c = classifyAll("Peru curbed copper exports on Monday.\n\nTrade ministers met in Lima.\n\n"
                + "Bolivia vowed to retaliate and said it would take its case to a trade tribunal.", curb);
        assertEquals(Position.OPPOSED, c.get(2).byCountry().get("BO"));
    }

    @Test
    void statesListedAmongTheCountriesThatActHoldTheCue() {
        CorpusEvent curb = byPeru("curb", "copper exports");
        Map<String, Position> p = positions("Uruguay and Venezuela were among the countries that condemned the copper export curbs.", curb);
        assertEquals(Position.OPPOSED, p.get("UY"));
        assertEquals(Position.OPPOSED, p.get("VE"));
    }

    @Test
    void goingAgainstSomethingOpposesItAndTheMeasureIsTheEvent() {
        CorpusEvent curb = byPeru("curb", "copper exports");
        List<ClaimStance> c = classifyAll("Peru curbed copper exports on Monday.\n\nTrade ministers met in Lima.\n\n"
                + "According to Brazil's trade minister, the measure “goes against the spirit of regional integration”.", curb);
        assertEquals(Position.OPPOSED, c.get(2).byCountry().get("BR"));
    }

    @Test
    void aChanceForSomeoneIsAFavourableViewButAChanceOfSomethingIsALikelihood() {
        assertEquals(Position.SUPPORTIVE, positions("Chile called the fisheries accord a chance for the whole region.").get("CL"));
        assertNotEquals(Position.SUPPORTIVE, positions("Chile said the fisheries accord had little chance of success.").get("CL"));
    }

    /** An invented event for the tests: Norway joins the Arctic alliance. */
    private static final CorpusEvent ALLIANCE = CorpusEvent.of(null, List.of("NO"), "accede", "Arctic alliance", List.of(), StanceClassifier.ACTS);
    /** Chile cutting its copper exports. */
    private static final CorpusEvent COPPER_CUT = CorpusEvent.of(null, List.of("CL"), "curb", "copper exports", List.of(), StanceClassifier.ACTS);

    @Test
    void aClauseAfterButThatOpensOnItsVerbKeepsTheSubjectBeforeIt() {
        assertEquals(Position.SUPPORTIVE, positions("Iceland has avoided public comment but quietly backed Norway's bid to join the alliance.",
                ALLIANCE).get("IS"));
        assertEquals(Position.SUPPORTIVE, positions("Iceland hesitated but backed Norway's bid to join the alliance.", ALLIANCE).get("IS"));
        Map<String, Position> p = positions("Iceland hesitated, but Denmark backed Norway's bid to join the alliance.", ALLIANCE);
        assertEquals(Position.SUPPORTIVE, p.get("DK"));
        assertEquals(Position.NEUTRAL, p.get("IS"), "a clause with a subject of its own splits the sentence");
    }

    @Test
    void withholdingApprovalOpposesTheMove() {
        assertEquals(Position.OPPOSED, positions("Iceland still withholds its approval of Norway's bid to join the alliance.", ALLIANCE).get("IS"));
        assertEquals(Position.OPPOSED, positions("Iceland withheld support for Norway's membership of the alliance.", ALLIANCE).get("IS"));
    }

    @Test
    void namingSomeoneALegitimateTargetIsAThreat() {
        assertEquals(Position.OPPOSED, positions("Iceland said Norway's membership of the alliance would make its ports a legitimate target.",
                ALLIANCE).get("IS"));
    }

    @Test
    void aFavourableWordHarmedInSpeechIsHostile() {
        assertEquals(Position.OPPOSED, positions("Iceland said Norway's membership of the alliance would threaten regional stability.", ALLIANCE)
                .get("IS"));
        assertEquals(Position.OPPOSED, positions("Iceland said the move would endanger peace in the north.", ALLIANCE).get("IS"));
        assertEquals(Position.OPPOSED, positions("Iceland's president said Norway's membership was \"the end\" of the peace process.", ALLIANCE)
                .get("IS"), "its end");
        assertEquals(Position.OPPOSED, positions("Iceland's president said Norway's membership was a \"withdrawal\" from the peace process.",
                ALLIANCE).get("IS"), "a withdrawal from it");
        assertEquals(Position.OPPOSED, positions("Iceland's president said Norway's membership would derail the peace process.", ALLIANCE)
                .get("IS"));
        assertEquals(Position.OPPOSED, positions("Iceland said Norway's membership could unravel a fragile peace in the north.", ALLIANCE)
                .get("IS"), "unravelling it");
        assertEquals(Position.CONCERNED, positions("Iceland said Norway's membership of the alliance would escalate tensions.", ALLIANCE).get("IS"));
        assertEquals(Position.SUPPORTIVE, positions("Iceland said Norway's membership of the alliance would bring lasting peace.", ALLIANCE)
                .get("IS"));
        String joined = "Norway joined the Arctic alliance on Monday.\n\n";
        assertEquals(Position.OPPOSED, lastParagraph(joined + "Iceland's foreign minister said the step \"undermines the chances of peace\".", ALLIANCE)
                .get("IS"), "the step named after the verb of saying, in a reaction to the event");
        assertEquals(Position.CONCERNED, lastParagraph(joined + "Iceland said the move fuels tension.", ALLIANCE).get("IS"));
        assertEquals(Position.NEUTRAL, lastParagraph(joined + "Iceland said the storm fuels tension.", ALLIANCE).get("IS"));
        assertEquals(Position.OPPOSED, lastParagraph(joined + "Iceland and Denmark have both said the move undermines peace in the north.", ALLIANCE)
                .get("DK"), "every state of the speakers' list");
    }

    @Test
    void aFavourableWordWhoseFoundationsAreShakenInSpeechIsHostile() {
        assertEquals(Position.OPPOSED, positions("Iceland's trade minister said the move \"shakes the foundations of our long Nordic "
                + "friendship\".", ALLIANCE).get("IS"));
        assertEquals(Position.OPPOSED, positions("Iceland said Norway's membership of the alliance erodes the basis of regional friendship.", ALLIANCE)
                .get("IS"));
        assertEquals(Position.SUPPORTIVE, positions("Iceland said Norway's membership of the alliance lays the foundations of a lasting friendship.",
                ALLIANCE).get("IS"), "foundations laid, not shaken");
    }

    @Test
    void theStateThatLeadsTheGroupThatDoesTheActDoesIt() {
        Map<String, Position> p = positions("The Peru-led mining bloc, which includes Bolivia, has agreed to cut copper exports by a third.", COPPER_CUT);
        assertEquals(Position.SUPPORTIVE, p.get("PE"));
        assertEquals(Position.NEUTRAL, p.getOrDefault("BO", Position.NEUTRAL), "a member named in the clause is not said to lead it");
        assertEquals(Position.SUPPORTIVE, positions("Exporters and their Peru-led partners have agreed to cut copper exports by a third.", COPPER_CUT).get("PE"));
        assertEquals(Position.NEUTRAL, positions("The Peru-led talks collapsed on Monday before the producers cut copper exports.", COPPER_CUT)
                .getOrDefault("PE", Position.NEUTRAL), "the group led does not do the act");
        assertEquals(Position.SUPPORTIVE, positions("The exporters, led by Peru, have agreed to cut copper exports by a third.", COPPER_CUT).get("PE"));
        assertEquals(Position.NEUTRAL, positions("Talks, led by Peru, collapsed on Monday before the exporters agreed to cut copper exports.", COPPER_CUT)
                .getOrDefault("PE", Position.NEUTRAL));
    }

    @Test
    void aParticipleDescribingANounIsNoCue() {
        assertEquals(Position.NEUTRAL, positions("Norway said it would remove Iceland from a list of approved fishing partners.", ALLIANCE)
                .getOrDefault("IS", Position.NEUTRAL));
        assertEquals(Position.SUPPORTIVE, positions("Iceland approved the alliance treaty on Monday.", ALLIANCE).get("IS"));
    }

    @Test
    void backingOnesOwnArgumentIsNoApproval() {
        Map<String, Position> p = positions("Iceland and Denmark cited different clauses of the charter on Tuesday to back their arguments "
                + "about the alliance.", ALLIANCE);
        assertEquals(Position.NEUTRAL, p.getOrDefault("IS", Position.NEUTRAL));
        assertEquals(Position.NEUTRAL, p.getOrDefault("DK", Position.NEUTRAL));
        assertEquals(Position.SUPPORTIVE, positions("Iceland said it would back its neighbour's bid to join the alliance.", ALLIANCE).get("IS"));
    }

    @Test
    void aCallForRestraintIsWariness() {
        CorpusEvent offensive = byPeru("strike", "offensive");
        assertEquals(Position.CONCERNED, positions("Chile urged restraint after the offensive began.", offensive).get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile called on both sides to exercise maximum restraint over the offensive.", offensive).get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile called for calm and de-escalation after the offensive.", offensive).get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile asked both sides to de-escalate after the offensive.", offensive).get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile said all sides should avoid any escalation after the offensive.", offensive).get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile urged all sides to avoid unilateral steps after the offensive.", offensive).get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile hoped both sides would settle the quarrel over the offensive through talks.", offensive)
                .get("CL"), "a hope addressed to both sides calls for restraint");
        assertEquals(Position.CONCERNED, positions("Chile hopes the two sides will end the offensive.", offensive).get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile hopes that both sides can settle the quarrel over the offensive through talks.",
                offensive).get("CL"), "after \"that\"");
        assertEquals(Position.CONCERNED, positions("Chile hoped that the two governments would end the offensive.", offensive).get("CL"));
    }

    /** The stance of the body's last paragraph, read as one sentence of the whole body. */
    private static Map<String, Position> lastParagraph(String body, CorpusEvent event) {
        int start = body.lastIndexOf('\n') + 1;
        List<CountryMention> mentions = new CountryRecognizer().recognize(body, G.scan(body)).stream().filter(m -> m.start() >= start).toList();
        Sentence s = new Sentence(start, body.length(), body.substring(start));
        Attribution a = new SpeakerFinder(G, body, mentions).find(s);
        return new StanceClassifier(event).classify(body, s, mentions, a).byCountry();
    }

    /** As {@link #lastParagraph}, with the article's country mentions known to the classifier. */
    private static Map<String, Position> lastParagraphOfArticle(String body, CorpusEvent event) {
        return ofArticleFrom(body, body.lastIndexOf('\n') + 1, event);
    }

    /** The last sentence of a one-paragraph article, with the article's country mentions known to the classifier. */
    private static Map<String, Position> lastSentenceOfArticle(String body, CorpusEvent event) {
        return ofArticleFrom(body, body.lastIndexOf(". ") + 2, event);
    }

    /** The positions of the sentence from {@code start} to the end of the body, with the article's country mentions known. */
    private static Map<String, Position> ofArticleFrom(String body, int start, CorpusEvent event) {
        List<CountryMention> all = new CountryRecognizer().recognize(body, G.scan(body));
        List<CountryMention> mentions = all.stream().filter(m -> m.start() >= start).toList();
        Sentence s = new Sentence(start, body.length(), body.substring(start));
        Attribution a = new SpeakerFinder(G, body, mentions).find(s);
        return new StanceClassifier(event).withArticleCountries(all).classify(body, s, mentions, a).byCountry();
    }

    private static final CorpusEvent QUINOA_BAN = byPeru("ban", "quinoa imports");

    @Test
    void aBriefingsAnswerIsAboutWhatItsQuestionAsks() {
        String question = "Q: What is Chile's view of the ban on quinoa imports?\n\n";
        String answer = "A: We have seen the reports. Chile has always opposed coercion that lacks a legal basis.";
        assertEquals(Position.OPPOSED, lastSentenceOfArticle(question + answer, QUINOA_BAN).get("CL"));
        assertEquals(Position.NEUTRAL, lastSentenceOfArticle("Q: Will Chile host the summit?\n\n" + answer, QUINOA_BAN).get("CL"),
                "an answer to a question on another matter");
    }

    @Test
    void aMoveNamedPoliticallyMotivatedIsOpposed() {
        assertEquals(Position.OPPOSED, positions("Chile said the quinoa ban was a politically motivated decision.", QUINOA_BAN).get("CL"));
    }

    @Test
    void aVoteNamedMarredIsDoubted() {
        assertEquals(Position.CONCERNED, positions("Chile said the presidential election had been marred by the misuse of public resources.", ELECTION).get("CL"));
    }

    @Test
    void aCallToUndoASeizureOfPowerOpposesItAHopeForCalmIsWary() {
        CorpusEvent coup = byPeru("coup", "coup");
        assertEquals(Position.OPPOSED, positions("Chile called for the immediate return to constitutional order in Peru.", coup).get("CL"));
        assertEquals(Position.OPPOSED, positions("Bolivia urged the Peruvian soldiers to go back to their barracks and restore civilian rule.", coup).get("BO"));
        assertEquals(Position.OPPOSED, positions("Ecuador demanded the release of the detained Peruvian president.", coup).get("EC"));
        assertEquals(Position.CONCERNED, lastParagraphOfArticle("Soldiers in Peru seized power in a coup on Monday.\n\n"
                + "Brazil said it hoped the situation would be resolved peacefully.", coup).get("BR"));
    }

    @Test
    void needingTimeOrGuaranteesBeforeTheMoveIsWary() {
        assertEquals(Position.CONCERNED, positions("Bolivia abstained, saying it needed more time and firm guarantees before the ban on quinoa imports.",
                QUINOA_BAN).get("BO"));
        assertEquals(Position.CONCERNED, positions("Chile demanded guarantees that the ban on quinoa imports would be temporary.", QUINOA_BAN).get("CL"));
    }

    @Test
    void mutualBenefitBetweenStatesIsNoPositionOnTheEvent() {
        assertEquals(Position.NEUTRAL, positions("Chile and Bolivia trade quinoa on the basis of mutual respect and mutual benefit.", QUINOA_BAN).get("BO"));
    }

    @Test
    void aDashedListBeforeTheCueIsItsSubjectAnAsideAboutANameIsNot() {
        CorpusEvent veto = byPeru("veto", "aid package");
        assertEquals(Position.OPPOSED, positions("Three Andean states – Chile, Bolivia and Ecuador – have condemned the veto.", veto).get("BO"));
        assertEquals(Position.NEUTRAL, positions("The veto from Peru – Chile's closest partner in the bloc – dealt a blow to Bolivia.", veto).get("CL"));
    }

    @Test
    void whatAQuotationSaysAThirdPersonThinksIsNotTheSpeakers() {
        assertEquals(Position.NEUTRAL, positions("Chilean President Ana Example said of her Bolivian counterpart, “He disagrees with this decision but will "
                + "not stand in the way.”", TREATY_EXIT).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chilean President Ana Example said, “We disagree with this decision.”", TREATY_EXIT).get("CL"));
    }

    @Test
    void aStateNamedInsideWhatTheSubjectIsDoneToHoldsNothing() {
        CorpusEvent recognition = byPeru("recognise", "junta");
        Map<String, Position> p = positions("Peru's foreign ministry said: “We believe that the recognition of the government of Bolivia will give "
                + "impetus to our cooperation.”", recognition);
        assertEquals(Position.SUPPORTIVE, p.get("PE"));
        assertEquals(Position.NEUTRAL, p.get("BO"));
    }

    @Test
    void aMoveThatWrecksACauseIsOpposed() {
        CorpusEvent strike = byPeru("strike", "air strikes");
        assertEquals(Position.OPPOSED, positions("Chilean President Ana Example said the air strikes threatened to derail the peace talks Chile "
                + "has been hosting.", strike).get("CL"));
        assertEquals(Position.OPPOSED, positions("Bolivia warned that the strikes would jeopardise the truce.", strike).get("BO"));
    }

    @Test
    void theToneOfWhatAStateIsSaidToBeIsNoViewOfTheMove() {
        CorpusEvent strike = byPeru("strike", "air strikes", "BO");
        assertNotEquals(Position.SUPPORTIVE, positions("Chilean President Ana Example said the strike on Bolivia, a close partner that is bravely "
                + "brokering peace, was a mistake.", strike).get("CL"));
        assertNotEquals(Position.SUPPORTIVE, positions("Chilean President Ana Example said he had tried to stop the strike on the Andean state, a "
                + "crucial broker in the talks.", strike).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Chilean President Ana Example said the strike on Bolivia was a crucial success.", strike).get("CL"));
    }

    @Test
    void turningAgainstWhatTheActorLeavesSidesWithTheActor() {
        assertEquals(Position.SUPPORTIVE, positions("Iceland has long accused the treaty of favouring large fleets.", TREATY_EXIT).get("IS"));
        assertEquals(Position.OPPOSED, positions("Iceland criticised the treaty exit.", TREATY_EXIT).get("IS"));
        assertEquals(Position.SUPPORTIVE, positions("Chile's president has long criticised the Court for bias against poorer nations.", COURT_EXIT).get("CL"));
    }

    @Test
    void aStateTheMoveDealsABlowToIsHarmedByIt() {
        assertEquals(Position.CONCERNED, positions("The veto dealt a blow to Bolivia and its backers.", byPeru("veto", "aid package")).get("BO"));
    }

    @Test
    void callingTheMoveUnfortunateOpposesIt() {
        assertEquals(Position.OPPOSED, positions("\"It is extremely unfortunate that Peru should choose to ban quinoa imports,\" the Bolivian ministry said.",
                QUINOA_BAN).get("BO"));
    }

    @Test
    void aStateAfterAnOpeningClauseIsTheSubjectOfTheVerbItsAuxiliaryOpens() {
        CorpusEvent tariffs = CorpusEvent.of(null, List.of("CL"), "sanction", "trade tariff", List.of("PE"), StanceClassifier.ACTS);
        assertEquals(Position.OPPOSED, positions("Reacting to the tariffs imposed by Chile on Peruvian imports, Peru has lambasted the move.", tariffs)
                .get("PE"));
    }

    @Test
    void tryingToStopTheMoveOpposesIt() {
        CorpusEvent strike = byPeru("strike", "air strikes");
        assertEquals(Position.OPPOSED, positions("Chile had tried to prevent the Peruvian strike, its foreign minister said.", strike).get("CL"));
        assertEquals(Position.OPPOSED, positions("Bolivia sought to halt the strikes through talks.", strike).get("BO"));
    }

    @Test
    void turningAgainstTheDecisionsOfTheBodyTheActorLeavesSidesWithTheActor() {
        assertEquals(Position.SUPPORTIVE, positions("Chile's president condemned the Court's ruling as biased.", COURT_EXIT).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Bolivia rejects the court's jurisdiction over its officials.", COURT_EXIT).get("BO"));
        assertEquals(Position.SUPPORTIVE, positions("Bolivia condemned the ICC decision to open an inquiry.", COURT_EXIT).get("BO"),
                "the organisation's alias names it");
        assertEquals(Position.OPPOSED, positions("Bolivia condemned the court's collapse as a blow to justice.", COURT_EXIT).get("BO"));
    }

    @Test
    void measuresAgainstTheBodyTheActorLeavesSideWithTheActor() {
        assertEquals(Position.SUPPORTIVE, positions("Chile has imposed sanctions on the Court and its judges.", COURT_EXIT).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile has imposed sanctions on Peru over the exit.", COURT_EXIT).get("CL"));
    }

    @Test
    void aRebuttalInThePassiveRebutsWhatItsSubjectNames() {
        assertNotEquals(Position.OPPOSED, positions("The charges against Peru's envoy were dismissed by Chile as politically driven.", PACT_EXIT).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("The criticism of the exit was rejected by Chile as unfounded.", PACT_EXIT).get("CL"));
        assertEquals(Position.OPPOSED, positions("Peru's exit from the pact was rejected by Chile.", PACT_EXIT).get("CL"));
    }

    @Test
    void eachReactionGoesToItsOwnSource() {
        Map<String, Position> p = positions("Peru's exit drew condemnation from Chile and jubilation from the Bolivians.", PACT_EXIT);
        assertEquals(Position.OPPOSED, p.get("CL"));
        assertEquals(Position.SUPPORTIVE, p.get("BO"));
        p = positions("Peru's exit drew condemnation from Chile and Bolivia.", PACT_EXIT);
        assertEquals(Position.OPPOSED, p.get("BO"));
    }

    @Test
    void aMeasureAnnouncedAfterTheDayIsTheAnnouncersOwn() {
        assertEquals(Position.OPPOSED, positions("Chilean authorities announced on Thursday an immediate ban on all fish from Peru.", PACT_EXIT).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile announced Thursday a ban on all fish from Peru.", PACT_EXIT).get("CL"));
    }

    @Test
    void goingOnWorkingWithOthersTakesNoSide() {
        assertNotEquals(Position.SUPPORTIVE, positions("Chile said it will continue to work with Peru's government after the exit.", PACT_EXIT).get("CL"));
        // keeping the pact working when Peru leaves it backs what Peru leaves
        assertEquals(Position.OPPOSED, positions("Chile said the pact must continue to work despite the exit.", PACT_EXIT).get("CL"));
    }

    @Test
    void mutualRespectForSovereigntyIsAPrincipleOfThePartiesNoSide() {
        assertNotEquals(Position.OPPOSED, positions("Chile said the pact must rest on mutual respect for sovereignty.", SECURITY_PACT).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile said the pact must rest on respect for sovereignty.", SECURITY_PACT).get("CL"));
    }

    @Test
    void theMoveCalledASovereignRightIsTheRightOfThoseWhoMadeIt() {
        List<ClaimStance> c = classifyAll("Peru and Bolivia signed the security pact. \u201cThat is the sovereign right of our neighbours,\u201d the Chilean minister said.", SECURITY_PACT);
        assertEquals(Position.SUPPORTIVE, c.get(1).byCountry().get("CL"));
        // a quotation of two sentences is one claim
        c = classifyAll("Peru and Bolivia signed the security pact. \u201cThey decided to sign it. That is the sovereign right of our neighbours,\u201d"
                + " the Chilean minister said.", SECURITY_PACT);
        assertEquals(Position.SUPPORTIVE, c.get(c.size() - 1).byCountry().get("CL"));
    }

    @Test
    void aStateAfterTheDayWithoutACommaIsTheSubject() {
        assertEquals(Position.OPPOSED, positions("On Monday Chile dismissed Peru's protest as a provocation.", PACT_EXIT).get("CL"));
        assertEquals(Position.NEUTRAL, positions("Peru left the pact on Monday, angering fishermen in Chile.", PACT_EXIT).get("CL"));
    }

    @Test
    void aStateThatRecallsItsEnvoyNamedByDemonymRecallsItsOwn() {
        assertEquals(Position.OPPOSED, positions("Chile recalled the Chilean ambassador from Peru.", PACT_EXIT).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile recalled its ambassador from Peru.", PACT_EXIT).get("CL"));
    }

    @Test
    void theTargetOfOthersReactionsHoldsNone() {
        assertNotEquals(Position.OPPOSED, positions("Chile has been the target of hostile statements since Peru's exit.", PACT_EXIT).get("CL"));
        assertNotEquals(Position.OPPOSED, positions("Chile has been the target of a series of hostile statements since Peru's exit.", PACT_EXIT).get("CL"),
                "a noun of quantity before the reaction");
        assertEquals(Position.OPPOSED, positions("Chile has made hostile statements since Peru's exit.", PACT_EXIT).get("CL"));
    }

    @Test
    void thePlaceWhereSomethingIsBasedHoldsNothing() {
        assertEquals(Position.OPPOSED, positions("Quito imposed sanctions on Peru over the exit.", PACT_EXIT).get("EC"));
        assertNotEquals(Position.OPPOSED, positions("The Quito-based council imposed sanctions on Peru over the exit.", PACT_EXIT).get("EC"));
        assertNotEquals(Position.OPPOSED, positions("The Chile-headquartered fund condemned the exit.", PACT_EXIT).get("CL"));
    }

    @Test
    void whatStatesSayOfEachOtherIsNoPositionOnTheEvent() {
        assertEquals(Position.NEUTRAL, positions("The Norwegian and Icelandic leaders have long praised one another.", TREATY_EXIT).get("IS"));
        assertEquals(Position.NEUTRAL, positions("Chile and Bolivia accused each other of smuggling at the border.", QUINOA_BAN).get("BO"));
    }

    @Test
    void aRunOfShortStateParagraphsAfterOneAboutTheEventAreReactionsToIt() {
        CorpusEvent expulsion = byPeru("expel", "ambassador");
        assertEquals(Position.CONCERNED, lastParagraphOfArticle("Peru expelled the Chilean ambassador on Monday.\n\nEcuador said nothing."
                + "\n\nArgentina offered to mediate.\n\nBolivia urged restraint.", expulsion).get("BO"));
        assertEquals(Position.NEUTRAL, lastParagraphOfArticle("Peru expelled the Chilean ambassador on Monday.\n\nThe talks in Quito covered "
                + "fishing quotas.\n\nBolivia urged restraint.", expulsion).get("BO"), "a paragraph that no state opens ends the run");
    }

    @Test
    void sidingWithTheRightOfTheStateThatLeavesAnAgreementBacksItsExit() {
        assertEquals(Position.SUPPORTIVE, positions("Sweden said it respected Norway's right to choose its own course.", TREATY_EXIT).get("SE"));
        assertEquals(Position.OPPOSED, positions("Sweden said it remained committed to the treaty.", TREATY_EXIT).get("SE"),
                "backing the agreement a state leaves still opposes the exit");
    }

    @Test
    void aStatesOneSentenceParagraphRightAfterOneAboutTheEventIsAReactionToIt() {
        CorpusEvent expulsion = byPeru("expel", "ambassador");
        assertEquals(Position.CONCERNED, lastParagraph("Peru expelled the Chilean ambassador on Monday.\n\nBolivia urged restraint.", expulsion)
                .get("BO"));
        assertEquals(Position.NEUTRAL, lastParagraph("Peru expelled the Chilean ambassador on Monday.\n\nThe talks in Quito covered fishing quotas."
                + "\n\nBolivia urged restraint.", expulsion).get("BO"), "two paragraphs away from the event");
        assertEquals(Position.CONCERNED, lastParagraph("09:10 — Peru expelled the Chilean ambassador.\n\n09:45 — Bolivia urged restraint.",
                expulsion).get("BO"), "a live blog's entry after its time stamp");
        assertEquals(Position.NEUTRAL, lastParagraph("Peru expelled the Chilean ambassador on Monday.\n\nOn the border, Bolivia urged restraint.",
                expulsion).get("BO"), "not a state's own reaction paragraph");
        assertEquals(Position.CONCERNED, lastParagraph("The representative of Peru defended the expulsion of the ambassador.\n\n"
                + "The representative of Bolivia expressed deep concern.", expulsion).get("BO"), "a meeting's round-up: who speaks for each state");
        assertEquals(Position.OPPOSED, lastParagraph("Peru expelled the Chilean ambassador on Monday.\n\n"
                + "The permanent delegate of Ecuador said his country opposed any unilateral action of that kind.", expulsion).get("EC"));
    }

    @Test
    void notNowRewardingWrongdoingAndRecallingEnvoysTakeSides() {
        CorpusEvent recognition = byPeru("recognise", "state");
        assertEquals(Position.CONCERNED, positions("Chile said the time was not right for recognising the state.", recognition).get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile said it was not the right moment to recognise the state.", recognition).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile said Peru's recognition of the state rewarded aggression.", recognition).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile ordered the immediate return of its ambassador from Lima over the recognition.", recognition)
                .get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile called the recognition a unilateral step.", recognition).get("CL"));
    }

    @Test
    void anActNounRightAfterSaidOpensWhatIsSaidAndIsNoActOfTheSpeaker() {
        CorpusEvent recognition = byPeru("recognise", "state");
        assertNotEquals(Position.SUPPORTIVE, positions("Chile said recognition was not a taboo but had to wait.", recognition).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Chile said it would recognise the state next week.", recognition).get("CL"));
    }

    @Test
    void accusingTheActorOfTheMoveIsOpposition() {
        CorpusEvent offensive = byPeru("strike", "offensive");
        assertEquals(Position.OPPOSED, positions("Bolivia accused Peru of launching the offensive to seize its lakes.", offensive).get("BO"));
    }

    @Test
    void accusingTheActorsTitledLeaderOfAnOpeningIsOppositionNotPraise() {
        assertEquals(Position.OPPOSED, positions("Chile accused the Peruvian Prime Minister of creating an opportunity for smugglers with the"
                + " security pact.", SECURITY_PACT).get("CL"), "the opportunity is what the accused is blamed for");
    }

    @Test
    void safeguardingAStatesSovereigntyOrTerritorySidesWithThatState() {
        assertEquals(Position.OPPOSED, positions("Chile vowed to safeguard its territorial integrity after the security pact.", SECURITY_PACT).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile vowed to defend its territory after the security pact.", SECURITY_PACT).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Peru vowed to safeguard the security pact.", SECURITY_PACT).get("PE"),
                "keeping the pact in force is still backing it");
    }

    @Test
    void withdrawingAnEnvoyOrAnnouncingItsWithdrawalIsOpposition() {
        assertEquals(Position.OPPOSED, positions("Chile withdrew its ambassador from Lima over the security pact.", SECURITY_PACT).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile announced the withdrawal of its envoy to Peru over the security pact.", SECURITY_PACT).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile announced the recall of its ambassador over the security pact.", SECURITY_PACT).get("CL"));
    }

    @Test
    void contestingOrDisputingTheMovesLegitimacyIsOpposition() {
        CorpusEvent referendum = byPeru("plebiscite", "referendum");
        assertEquals(Position.OPPOSED, positions("Chile has contested the legitimacy of the referendum.", referendum).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile disputes the validity of the referendum.", referendum).get("CL"));
    }

    @Test
    void aStateThatOpensAnEarlierClauseHoldsNothingOfASpeakerAfterCommaAnd() {
        assertNotEquals(Position.OPPOSED, positions("Chile is a major buyer of copper, and the United Nations secretary general, Ana Example, said"
                + " she was deeply disappointed by the withdrawal.", PACT_EXIT).get("CL"), "the disappointment is the UN official's");
        Map<String, Position> listed = positions("Chile, Ecuador, and Bolivia condemned the withdrawal.", PACT_EXIT);
        assertEquals(Position.OPPOSED, listed.get("CL"), "a list's last item after its comma is no clause of its own");
        assertEquals(Position.OPPOSED, listed.get("EC"));
    }

    @Test
    void aReactionsSourceEndsWhereAnotherVerbPhraseBegins() {
        CorpusEvent drills = byPeru("drill", "live-fire drills");
        assertNotEquals(Position.OPPOSED, positions("Peru staged live-fire drills, drawing criticism from several countries and prompting a formal official reply"
                + " from Chile, which said the drills raised tensions.", drills).get("CL"), "Chile is the source of the reply, not of the criticism");
        assertEquals(Position.OPPOSED, positions("Peru staged live-fire drills, drawing criticism from Chile and Bolivia.", drills).get("BO"));
    }

    @Test
    void urgingOrExpectingThatTheDisputeBeResolvedIsACallForCalm() {
        CorpusEvent drills = byPeru("drill", "live-fire drills");
        assertEquals(Position.CONCERNED, classifyAll("Peru held live-fire drills on Monday. Chile urged that the dispute be resolved peacefully.",
                drills).get(1).byCountry().get("CL"));
        assertEquals(Position.CONCERNED, classifyAll("Peru held live-fire drills on Monday. The Chilean minister said that Chile expects the"
                + " issue to be settled through dialogue.", drills).get(1).byCountry().get("CL"));
    }

    @Test
    void aSpeakersQuotationOfTwoSentencesLeavesTheSecondToTheSpeaker() {
        CorpusEvent drills = byPeru("drill", "live-fire drills");
        List<ClaimStance> c = classifyAll("The Chilean minister said on Thursday that the drills were a problem. He added: “Peru’s actions could have"
                + " a serious impact on the region. We urge Lima to immediately stop the exercises.”", drills);
        assertEquals(Position.OPPOSED, c.get(c.size() - 1).byCountry().get("CL"), "the state named in the first sentence is no subject of the second");
        assertEquals(Position.OPPOSED, positions("The Chilean minister said: “Peru will hold drills. Bolivia condemns them.”", drills).get("BO"),
                "a state that opens the second sentence is its subject");
    }

    @Test
    void talksLedByAStateAreNoFollowingOfItsLead() {
        assertNotEquals(Position.SUPPORTIVE, positions("Peru and Bolivia agreed to resume talks on the security pact, following mediation efforts"
                + " led by Chile.", SECURITY_PACT).get("CL"), "mediating is no emulating");
        assertEquals(Position.SUPPORTIVE, positions("Chile will follow Peru's lead and sign a security pact.", SECURITY_PACT).get("CL"));
    }

    @Test
    void respondingAngrilyToTheMoveIsOpposition() {
        assertEquals(Position.OPPOSED, positions("Chile responded angrily to the security pact.", SECURITY_PACT).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile reacted angrily to the security pact on Monday.", SECURITY_PACT).get("CL"));
    }

    @Test
    void aStateNamedInPassiveCharacterisingTheMoveHoldsTheName() {
        assertEquals(Position.OPPOSED, positions("The security pact was characterised by Chile as an act of aggression, a radio station reports.",
                SECURITY_PACT).get("CL"));
        assertEquals(Position.OPPOSED, positions("The security pact was labelled by Chile as a provocation.", SECURITY_PACT).get("CL"));
    }

    @Test
    void theSpokespersonForAStatesGovernmentSpeaksForTheState() {
        assertEquals(Position.OPPOSED, positions("The spokesperson for the Chilean government, Ana Example, condemned the security pact.",
                SECURITY_PACT).get("CL"));
        assertNotEquals(Position.OPPOSED, positions("A fund for the Chilean fishermen condemned the security pact.", SECURITY_PACT).get("CL"),
                "a body for a state's people is not the state");
    }

    @Test
    void legalActionAgainstTheMoveIsOpposition() {
        CorpusEvent curb = byPeru("curb", "copper exports");
        assertEquals(Position.OPPOSED, positions("Chile said it would take legal action against the curb.", curb).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile threatened to take Peru to the WTO over the curb.", curb).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile lodged a complaint over the curb on Friday.", curb).get("CL"));
        CorpusEvent lawsuit = byPeru("litigate", "case");
        assertEquals(Position.SUPPORTIVE, positions("Peru said on Monday it would sue Chile over the dumping.", lawsuit).get("PE"),
                "the lawsuit is the event's own act");
    }

    @Test
    void askingForTimeOrAnExemptionFromTheMoveIsWariness() {
        CorpusEvent curb = byPeru("curb", "copper exports");
        assertEquals(Position.CONCERNED, positions("Chile asked for more time to adjust to the curb.", curb).get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile is seeking an exemption from the curb for its smelters.", curb).get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile requested assurances that the curb would be temporary.", curb).get("CL"));
    }

    @Test
    void aWarmWordTheSpeakerAsksForOrAnOfferToMediateIsNoApproval() {
        CorpusEvent port = byPeru("sign", "port deal");
        assertNotEquals(Position.SUPPORTIVE, positions("Chile said it urged all sides to settle the port deal dispute through dialogue.", port)
                .get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Chile said the port deal opened a new chapter of dialogue in the region.", port).get("CL"));
        assertEquals(Position.NEUTRAL, positions("Chile said it was ready to help mediate over the port deal.", port).get("CL"), "an offer to mediate");
        assertEquals(Position.SUPPORTIVE, positions("Chile said it was ready to sign a similar port deal.", port).get("CL"));
    }

    @Test
    void supportForAStatesSovereigntySidesWithThatState() {
        CorpusEvent port = byPeru("sign", "port deal");
        assertEquals(Position.OPPOSED, positions("Chile said it supported the territorial integrity of Bolivia after the port deal.", port).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile reaffirmed its support for Bolivia's unity after the port deal.", port).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Chile said it backed Peru's sovereignty over its coast and the port deal.", port).get("CL"),
                "siding with the actor");
        assertEquals(Position.OPPOSED, positions("Bolivia said it would defend its sovereignty against the port deal.", port).get("BO"),
                "the state before the cue");
        CorpusEvent offensive = byPeru("strike", "offensive");
        assertEquals(Position.SUPPORTIVE, positions("Chile said Peru had the right to protect its territorial integrity with the offensive.", offensive)
                .get("CL"), "the actor's right to act");
        assertEquals(Position.OPPOSED, positions("Chile said Bolivia had every right to defend itself against the offensive.", offensive).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Chile believes that every sovereign nation has the right to choose its partners in the port deal.", port)
                .get("CL"), "a right claimed for every state is claimed for the actor too");
        assertEquals(Position.SUPPORTIVE, positions("Chile said all countries have a right to sign any port deal they choose.", port).get("CL"));
    }

    @Test
    void anAppealToTheActorToDoSomethingElseIsWariness() {
        CorpusEvent curb = byPeru("curb", "copper exports");
        assertEquals(Position.CONCERNED, positions("\"We hope Peru will consider the needs of its customers,\" a Chilean spokesman said.", curb)
                .get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile urged Peru to delay the measure by a year.", curb).get("CL"));
        assertEquals(Position.CONCERNED, positions("\"We urge Peru to respect the needs of its customers,\" a Chilean spokesman said of the curb.", curb)
                .get("CL"), "a verb after 'to' that the tagger takes for a noun");
        assertEquals(Position.NEUTRAL, positions("Chile encouraged Peru and Bolivia to settle the curb dispute through dialogue.", curb).get("CL"),
                "an appeal to both sides is even-handed");
        CorpusEvent accession = byPeru("join", "fisheries pact");
        assertEquals(Position.SUPPORTIVE, positions("\"We hope Peru will join the fisheries pact soon,\" a Chilean spokesman said.", accession)
                .get("CL"), "a wish for the act itself");
        assertEquals(Position.SUPPORTIVE, positions("Chile's president called Peru to congratulate it on the curb.", curb).get("CL"),
                "a telephone call made to say something is no appeal");
        Map<String, Position> call = positions("Chile's president phoned Peru to congratulate it on the curb.", curb);
        assertEquals(Position.SUPPORTIVE, call.get("CL"), "the caller's purpose");
        assertEquals(Position.CONCERNED, positions("Chile called on Peru to delay the curb by a year.", curb).get("CL"));
    }

    @Test
    void aProtestWhoseCauseGoesUnnamedAnswersTheEvent() {
        assertEquals(Position.OPPOSED, positions("Chile recalled its ambassadors from the two capitals in protest.", TREATY_EXIT).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile summoned the envoy in response, officials said.", TREATY_EXIT).get("CL"));
        assertNotEquals(Position.OPPOSED, positions("Chile recalled its ambassador in protest at a fishing dispute.", TREATY_EXIT)
                .get("CL"), "a cause of its own");
    }

    @Test
    void namingTheMoveBlackmailOpposesIt() {
        assertEquals(Position.OPPOSED, positions("The Swedish government has referred to Norway's withdrawal as blackmail.", TREATY_EXIT).get("SE"));
    }

    @Test
    void theBrokerOfAnAgreementAStateLeavesTakesNoPositionOnLeavingIt() {
        assertEquals(Position.NEUTRAL, positions("Norway has left the Iceland-brokered fisheries treaty, officials in Oslo said.", TREATY_EXIT)
                .get("IS"));
    }

    @Test
    void aBrokerOfAnotherNamedDealTakesNoPositionOnTheEvent() {
        assertEquals(Position.NEUTRAL, positions("The talks could slow the U.S.-brokered Pacific Accords.", COURT_CASE).get("US"));
        assertEquals(Position.SUPPORTIVE, positions("The U.S.-brokered agreements normalise ties.").get("US"));
    }

    @Test
    void backingTheTargetOfTheActOpposesTheEvent() {
        ClaimStance c = classify("Chile offered to speak on Togo's behalf in the border case.", COURT_CASE);
        assertEquals(Position.OPPOSED, c.byCountry().get("CL"));
        assertEquals("subject+target", c.evidence().get("CL").rule());
    }

    @Test
    void condemningAStateForOpposingTheEventSupportsTheEvent() {
        Map<String, Position> p = positions("Peru condemned Chile for rejecting the border case.", COURT_CASE);
        assertEquals(Position.SUPPORTIVE, p.get("PE"));
        assertEquals(Position.OPPOSED, p.get("CL"));
    }

    @Test
    void theOwnerOfANominalCueHoldsIt() {
        assertEquals(Position.OPPOSED, positions("A spokesman set out Chile's firm opposition to the border case.", COURT_CASE).get("CL"));
    }

    @Test
    void anEvaluationThatOnlyDescribesTheAgreementIsNobodysAttitude() {
        assertEquals(Position.NEUTRAL, positions("Sweden said there was time to discuss the historic fisheries treaty.", TREATY_EXIT).get("SE"));
        assertEquals(Position.SUPPORTIVE, positions("Sweden called the exit historic.", TREATY_EXIT).get("SE"));
    }

    @Test
    void toneInsideAConditionAssertsNothing() {
        Map<String, Position> p = positions("Swedish Prime Minister Ulf Kristersson said: \"If we stay constructive on the treaty, we can agree.\"", TREATY_EXIT);
        assertEquals(Position.NEUTRAL, p.get("SE"));
    }

    @Test
    void aCityThatNamesTheAgreementIsNoActor() {
        CorpusEvent paris = CorpusEvent.of(null, List.of("US"), "withdraw", "climate agreement", List.of(), StanceClassifier.ACTS);
        Map<String, Position> p = positions("Germany, Chile and Italy said the 2015 Paris climate agreement cannot be renegotiated.", paris);
        assertEquals(Position.OPPOSED, p.get("DE"));
        assertEquals(Position.OPPOSED, p.get("CL"));
        assertEquals(Position.OPPOSED, p.get("IT"));
    }

    @Test
    void theActorOfSanctionsSupportsItsOwnMeasuresAndTheTargetOpposesThem() {
        CorpusEvent sanctions = CorpusEvent.of(null, List.of("CA"), "sanction", "sanctions", List.of("BY"), StanceClassifier.ACTS);
        assertEquals(Position.SUPPORTIVE, positions("Canada imposed sweeping sanctions on Belarus on Monday.", sanctions).get("CA"));
        assertEquals(Position.OPPOSED, positions("Belarus condemned the sanctions and vowed retaliation.", sanctions).get("BY"));
        assertEquals(Position.SUPPORTIVE, positions("Japan imposed its own sanctions on Belarus.", sanctions).get("JP"));
    }

    /** An invented event for the tests: Norway expels Iceland's diplomats. */
    private static final CorpusEvent EXPULSION = CorpusEvent.of(null, List.of("NO"), "expel", "diplomats", List.of("IS"), StanceClassifier.ACTS);

    /** An invented event for the tests: Peru tests a missile. */
    private static final CorpusEvent MISSILE_TEST = byPeru("test", "missile");

    @Test
    void twoCuesOverTheSameWordsCountOnceSoACondemnationIsNotOutweighedByOneCall() {
        ClaimStance c = classify("Chile condemned the test and urged Peru to refrain from further provocative actions.", MISSILE_TEST);
        assertEquals(Position.OPPOSED, c.byCountry().get("CL"));
    }

    @Test
    void statesListedBetweenCommasAfterANounAreWhatItStandsForNotTheSubject() {
        Map<String, Position> p = positions("Bolivia stands with its neighbours, Chile and Ecuador, and calls on Peru to abandon its missile programme.",
                MISSILE_TEST);
        assertEquals(Position.OPPOSED, p.get("BO"));
        assertEquals(Position.NEUTRAL, p.get("CL"));
        assertEquals(Position.NEUTRAL, p.get("EC"));
    }

    @Test
    void theAdjectiveOfAMannerPhraseIsNoAttitude() {
        assertEquals(Position.OPPOSED, positions("Bolivia calls on Peru to abandon the programme in a complete and irreversible manner.", MISSILE_TEST)
                .get("BO"));
    }

    @Test
    void workingWithPartnersOnSanctionsAgainstTheActorOpposesIt() {
        assertEquals(Position.OPPOSED, positions("Bolivia said it would coordinate with its partners on new sanctions against Peru.", MISSILE_TEST).get("BO"));
        assertEquals(Position.OPPOSED, positions("Bolivia agreed on sanctions against Peru.", MISSILE_TEST).get("BO"));
    }

    @Test
    void seekingAnEmergencyMeetingOverTheMoveIsWary() {
        assertEquals(Position.CONCERNED, positions("Bolivia will push for an emergency meeting of the Security Council over the test.", MISSILE_TEST)
                .get("BO"));
    }

    @Test
    void theSaleOrDeliveryRefersBackToAnArmsTransfer() {
        CorpusEvent arming = byPeru("arm", "fighter jets");
        assertEquals(Position.SUPPORTIVE, positions("Bolivia said it supported the sale as a help to stability.", arming).get("BO"));
        assertEquals(Position.OPPOSED, positions("Chile called the deliveries a reckless provocation.", arming).get("CL"));
        assertEquals(Position.NEUTRAL, positions("Bolivia said it supported the sale.", MISSILE_TEST).get("BO"));
    }

    @Test
    void aDemandPutToAStateOfThreeWordsIsStillADemand() {
        CorpusEvent arming = CorpusEvent.of(null, List.of("GB"), "arm", "fighter jets", List.of(), StanceClassifier.ACTS);
        assertEquals(Position.OPPOSED, positions("Chile urged the United Kingdom to stop arming Bolivia.", arming).get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile called on the United Kingdom to ensure the fighter jets stay in Bolivia.", arming).get("CL"));
    }

    @Test
    void anUndoingVerbDoesNotGovernASecondInfinitiveAfterIt() {
        CorpusEvent arming = byPeru("arm", "fighter jets");
        assertEquals(Position.OPPOSED, positions("Chile urged Lima to stop arming Bolivia and to withdraw the sale at once.", arming).get("CL"));
    }

    @Test
    void supportTheSpeakerThanksAStateForIsOnTheSpeakersSide() {
        assertEquals(Position.OPPOSED, positions("Togo said it appreciated Benin's support in the border case.", COURT_CASE).get("BJ"));
        assertEquals(Position.SUPPORTIVE, positions("Ghana said it appreciated Benin's support in the border case.", COURT_CASE).get("BJ"));
        assertEquals(Position.NEUTRAL, positions("Nigeria said it appreciated Benin's support in the border case.", COURT_CASE).get("BJ"));
    }

    @Test
    void aTargetDoingTheActToTheActorsOwnPeopleRepliesInKind() {
        assertEquals(Position.OPPOSED, positions("The ministry said Reykjavik would expel three Norwegian diplomats by Friday.", EXPULSION).get("IS"));
        assertEquals(Position.SUPPORTIVE, positions("Norway expelled three Icelandic diplomats on Monday.", EXPULSION).get("NO"));
        assertEquals(Position.SUPPORTIVE, positions("Finland also expelled two Icelandic diplomats.", EXPULSION).get("FI"),
                "a third state doing the same to the target follows the actor");
    }

    @Test
    void whatAnAccusationChargesTheAccusedWithIsNoCueOfTheAccuser() {
        assertEquals(Position.OPPOSED, positions("Iceland's president accused Norway of inventing the spy scare to justify the move.", EXPULSION).get("IS"));
        assertEquals(Position.OPPOSED, positions("Icelandic President Jon Jonsson accused Norway of staging the sabotage plot to justify the move "
                + "and ordered the Norwegian consulate closed.", EXPULSION).get("IS"));
    }

    @Test
    void namingTheMoveHysteriaOpposesIt() {
        assertEquals(Position.OPPOSED, positions("Denmark called the expulsions a fit of anti-Icelandic hysteria.", EXPULSION).get("DK"));
    }

    @Test
    void anUnquotedQuestionAssertsNothing() {
        CorpusEvent curb = byPeru("curb", "copper exports");
        assertEquals(Position.NEUTRAL, positions("Press agency: Will Bolivia take countermeasures?", curb).get("BO"));
        assertEquals(Position.OPPOSED, positions("Bolivia will take countermeasures.", curb).get("BO"));
    }

    @Test
    void theStepIsAGenericNameOfTheEvent() {
        CorpusEvent curb = byPeru("curb", "copper exports");
        assertEquals(Position.SUPPORTIVE, positions("Bolivia welcomed the step.", curb).get("BO"));
    }

    @Test
    void howThingsOughtToBeIsNoToneOfTheSpeaker() {
        CorpusEvent curb = byPeru("curb", "copper exports");
        assertEquals(Position.NEUTRAL, positions("China's foreign ministry said the copper trade should remain stable after Peru's move.", curb).get("CN"));
        assertEquals(Position.SUPPORTIVE, positions("China's foreign ministry said the copper trade was stable after Peru's move.", curb).get("CN"));
    }

    @Test
    void raisingTheMoveAtTheTradeBodyIsAFormalConcern() {
        CorpusEvent curb = byPeru("curb", "copper exports");
        assertEquals(Position.CONCERNED, positions("Japan said it would raise Peru's curbs at the World Trade Organization.", curb).get("JP"));
        assertEquals(Position.CONCERNED, positions("Japan said it would raise the curbs with the WTO.", curb).get("JP"));
    }

    @Test
    void sidingWithTheStateTheActIsDoneToOpposesTheActAndTheStateNamedByRelationIsNoSpeaker() {
        CorpusEvent closure = byPeru("close", "border", "BO");
        assertEquals(Position.OPPOSED, positions("Cuba expressed solidarity with Bolivia.", closure).get("CU"));
        Map<String, Position> p = positions("Cuba, a major donor to Bolivia, expressed solidarity with La Paz.", closure);
        assertEquals(Position.OPPOSED, p.get("CU"));
        assertNotEquals(Position.OPPOSED, p.get("BO"));
    }

    @Test
    void supportPutOffUntilSomethingIsDoneFirstIsWary() {
        CorpusEvent vote = byPeru("elect", null);
        assertEquals(Position.CONCERNED, positions("Chile said it would wait for an independent audit before recognising the result of Peru's vote.", vote).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Chile recognised the result of Peru's vote.", vote).get("CL"));
    }

    @Test
    void aHopeThatTheMoveDoesNotLastIsWary() {
        CorpusEvent closure = byPeru("close", "border", "BO");
        assertEquals(Position.CONCERNED, positions("Chile hopes the closure will be temporary.", closure).get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile hoped the border closure would be brief.", closure).get("CL"));
    }

    @Test
    void supportAndAReservationOfEqualWeightInOneSentenceAreWary() {
        CorpusEvent closure = byPeru("close", "border", "BO");
        assertEquals(Position.CONCERNED, positions("Chile said it supported Peru's right to secure its frontier but hoped the closure would be brief.",
                closure).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Chile said it supported the closure.", closure).get("CL"));
    }

    @Test
    void theEventsActTurnedBackOnItsActorIsRetaliationAgainstIt() {
        CorpusEvent tariffs = CorpusEvent.of(null, List.of("CA"), "sanction", "tariffs", List.of("MX", "PE"), StanceClassifier.ACTS);
        assertEquals(Position.OPPOSED, positions("Mexico announced retaliatory tariffs after the move.", tariffs).get("MX"));
        assertEquals(Position.OPPOSED, positions("Peru said it would impose its own tariffs on Canadian goods.", tariffs).get("PE"));
        assertEquals(Position.SUPPORTIVE, positions("Canada imposed new tariffs on Mexican goods.", tariffs).get("CA"));
        assertEquals(Position.OPPOSED, positions("Peru and Mexico announced their own tariffs.", tariffs).get("PE"), "a target's own tariffs reply to the act");
        assertEquals(Position.OPPOSED, positions("Mexico is ready with countermeasures to the tariffs, aimed at safeguarding its legitimate rights.", tariffs).get("MX"),
                "caring for its own rights backs nothing");
        assertEquals(Position.NEUTRAL, positions("Peru said the tariffs were deepening the rift between the two neighbours.", tariffs).get("PE"),
                "growth of discord is no approval");
        assertEquals(Position.SUPPORTIVE, positions("Peru said the tariffs were deepening ties between the two neighbours.", tariffs).get("PE"));
    }

    @Test
    void theSievesRunInTheConfiguredOrder() {
        String body = "For Peru, Chile's exit from the treaty is a welcome step.";
        List<CountryMention> mentions = new CountryRecognizer().recognize(body, G.scan(body));
        Sentence s = new Sentence(0, body.length(), body);
        Attribution a = new SpeakerFinder(G, body, mentions).find(s);
        assertEquals("frame", new StanceClassifier(TREATY_EXIT).classify(body, s, mentions, a).evidence().get("PE").rule());
        ClaimStance subjectOnly = new StanceClassifier(TREATY_EXIT, List.of("subject")).classify(body, s, mentions, a);
        assertEquals(null, subjectOnly.evidence().get("PE"), "without the frame sieve Peru holds nothing");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new StanceClassifier(TREATY_EXIT, List.of("frame", "telepathy")));
    }

    @Test
    void everyDirectionalPositionCarriesItsCueAndSieve() {
        ClaimStance c = classify("Finland welcomed the treaty exit.", TREATY_EXIT);
        assertEquals("welcomed", c.evidence().get("FI").cue());
        assertEquals("speaker", c.evidence().get("FI").rule(), "the speaker whose verb is the cue");
        assertEquals("subject", classify("Finland is wary of the treaty exit.", TREATY_EXIT).evidence().get("FI").rule());
    }

    @Test
    void joiningIsSupportForTheCountryThatJoins() {
        Map<String, Position> p = positions("Kazakhstan has officially joined the Abraham Accords with Israel.");
        assertEquals(Position.SUPPORTIVE, p.get("KZ"));
        assertEquals(Position.NEUTRAL, p.get("IL"), "the object of the move takes no position");
    }

    @Test
    void condemnationIsOpposition() {
        assertEquals(Position.OPPOSED, positions("Iran condemned the agreement as a betrayal of the Palestinians.").get("IR"));
    }

    @Test
    void perceivingAsAThreatIsConcern() {
        assertEquals(Position.CONCERNED, positions("Regionally, Russia may perceive this as a pivot toward Western influence.").get("RU"));
        assertEquals(Position.CONCERNED, positions("Moscow is wary of the deal.").get("RU"));
    }

    @Test
    void negatedSupportIsNotSupport() {
        assertEquals(Position.NEUTRAL, positions("Saudi Arabia has not joined the accords.").get("SA"));
    }

    @Test
    void refusingToJoinIsOpposition() {
        assertEquals(Position.OPPOSED, positions("Algeria refused to join the accords.").get("DZ"));
    }

    @Test
    void frameGivesTheEvaluationToTheFramedCountry() {
        Map<String, Position> p = positions("For the United States, Kazakhstan’s entry breathes new life into the accords.");
        assertEquals(Position.SUPPORTIVE, p.get("US"));
        assertEquals(Position.NEUTRAL, p.get("KZ"));
        assertEquals(Position.SUPPORTIVE, positions("For Israel, the move is a significant diplomatic success.").get("IL"));
    }

    @Test
    void brokeringCountrySupports() {
        assertEquals(Position.SUPPORTIVE, positions("The U.S.-brokered agreements normalise ties.").get("US"));
    }

    @Test
    void consequenceConcernsTheAffectedCountry() {
        Map<String, Position> p = positions("Kazakhstan’s overture could strain ties with Moscow.");
        assertEquals(Position.CONCERNED, p.get("RU"));
        assertEquals(Position.NEUTRAL, p.get("KZ"));
        assertEquals(Position.CONCERNED, positions("The pact risks provoking Bolivia.").get("BO"));
    }

    @Test
    void aClauseWhoseSubjectIsAQuantifierIsNoStatesView() {
        assertEquals(Position.NEUTRAL, positions("While states including Ecuador have long traded with Bolivia, some have been opposed to"
                + " the mining sanctions.", MINING_SANCTIONS).get("EC"), "the quantifier is the opposing clause's subject");
        assertEquals(Position.NEUTRAL, positions("Ecuador has long traded with Bolivia, but others criticised the mining sanctions.", MINING_SANCTIONS)
                .get("EC"));
        assertEquals(Position.OPPOSED, positions("Ecuador has criticised the mining sanctions.", MINING_SANCTIONS).get("EC"));
    }

    @Test
    void hailingTheTargetsOwnPartInTheEventBacksTheEvent() {
        CorpusEvent readmission = CorpusEvent.of(null, List.of("BO"), "readmit", "Peru", List.of("PE"), StanceClassifier.ACTS);
        assertEquals(Position.SUPPORTIVE, positions("Chile, a Peruvian ally, hailed Peru's readmission.", readmission).get("CL"),
                "the target's readmission is the event, no backing of the target against it");
        assertEquals(Position.SUPPORTIVE, positions("Chile hailed the readmission of Peru.", readmission).get("CL"));
    }

    @Test
    void aHarmSomeoneKeepsFromDoingConcernsNobody() {
        assertEquals(Position.NEUTRAL, positions("The Peruvian government was wary of provoking Bolivia with the pact.").get("BO"));
        assertEquals(Position.NEUTRAL, positions("Peru's ministers were careful not to anger Bolivia.").get("BO"));
    }

    @Test
    void objectsOfPrepositionsDoNotHoldTheStance() {
        Map<String, Position> p = positions("Washington hopes to strengthen relations with states under Russian control and courted by China.");
        assertEquals(Position.SUPPORTIVE, p.get("US"));
        assertEquals(Position.NEUTRAL, p.get("RU"));
        assertEquals(Position.NEUTRAL, p.get("CN"));
    }

    @Test
    void speakerWhoseVerbIsTheCueHoldsTheStance() {
        assertEquals(Position.SUPPORTIVE, positions("President Kassym-Jomart Tokayev has consistently emphasized the move’s economic rationale.").get("KZ"));
        assertEquals(Position.OPPOSED, positions("Iranian officials criticized the decision.").get("IR"));
    }

    @Test
    void benefitsOutweighingConcernsIsNotConcern() {
        assertEquals(Position.SUPPORTIVE, positions("Nonetheless, for Kazakhstan, the pragmatic benefits appear to outweigh concerns.").get("KZ"));
    }

    @Test
    void theActBelongsOnlyToTheCountryThatPerformsIt() {
        Map<String, Position> p = positions("Observers said Russia would study what the accession means.");
        assertEquals(Position.NEUTRAL, p.get("RU"));
        assertEquals(Position.SUPPORTIVE, positions("Iran condemned Kazakhstan's decision to join the accords.").get("KZ"));
        assertEquals(Position.SUPPORTIVE, positions("The Central Asian nation of Kazakhstan is preparing to formally join the accords.").get("KZ"));
    }

    @Test
    void coordinatedSubjectsShareTheCue() {
        Map<String, Position> p = positions("The United Arab Emirates and Bahrain on Friday welcomed the accession.");
        assertEquals(Position.SUPPORTIVE, p.get("AE"));
        assertEquals(Position.SUPPORTIVE, p.get("BH"));
    }

    @Test
    void cueInsideAnAsideBelongsToACountryInsideIt() {
        Map<String, Position> p = positions("Saudi Arabia, the prize that Washington still hopes to win, insists that a Palestinian state must come first.");
        assertEquals(Position.CONCERNED, p.get("SA"));
        assertEquals(Position.SUPPORTIVE, p.get("US"));
    }

    @Test
    void attitudeOfAResponseIsNotTheActorsAttitude() {
        assertEquals(Position.SUPPORTIVE, positions("Kazakhstan's decision to join the accords has drawn a cautious response.").get("KZ"));
    }

    @Test
    void seeingTheMoveAsSomethingUnwelcomeIsConcern() {
        assertEquals(Position.CONCERNED, positions("Moscow sees this as another sign that the Americans are building influence.").get("RU"));
        assertEquals(Position.SUPPORTIVE, positions("Israel sees this as a historic success.").get("IL"));
    }

    @Test
    void toneOfAnOfficialsQuotedWordsAboutTheMoveGivesTheSpeakersPosition() {
        assertEquals(Position.SUPPORTIVE, positions("U.S. President Donald Trump wrote that the move was \"a great day for peace.\"").get("US"));
        assertEquals(Position.OPPOSED, positions("Foreign Minister Abbas Araghchi said normalisation would \"only embolden aggression.\"").get("IR"));
        assertEquals(Position.CONCERNED, positions("Kremlin spokesman Dmitry Peskov said Moscow would \"study carefully\" what the accession means.").get("RU"));
        assertEquals(Position.NEUTRAL, positions("Foreign Minister Sergey Lavrov said relations with Astana remained a \"strategic partnership.\"").get("RU"),
                "words about relations, not about the move, carry no position");
    }

    @Test
    void theLeavingStateTurningAgainstTheAgreementIsItsActNotOpposition() {
        assertNotEquals(Position.OPPOSED, positions("Norway rejected the fisheries treaty's new catch quotas outright.", TREATY_EXIT).get("NO"));
        assertEquals(Position.OPPOSED, positions("Sweden rejected the withdrawal from the fisheries treaty outright.", TREATY_EXIT).get("SE"));
    }

    @Test
    void warmWordsOfAThirdStateInAStoryOfLeavingAnAgreementTakeNoSide() {
        assertEquals(Position.NEUTRAL, positions("Swedish Prime Minister Ulf Kristersson said talks on the fisheries treaty would go on "
                + "\"as between friends.\"", TREATY_EXIT).get("SE"));
        assertEquals(Position.OPPOSED, positions("Swedish Prime Minister Ulf Kristersson said the withdrawal from the fisheries treaty was "
                + "\"a disgrace.\"", TREATY_EXIT).get("SE"));
    }

    @Test
    void notYetAndRulingOutAreNotSupport() {
        assertEquals(Position.NEUTRAL, positions("Saudi Arabia has yet to join the accords.").get("SA"));
        assertEquals(Position.OPPOSED, positions("Pakistan ruled out joining the accords.").get("PK"));
    }

    @Test
    void passiveAgentHoldsTheEvaluation() {
        assertEquals(Position.SUPPORTIVE, positions("Kazakhstan’s joining is seen by U.S. officials as adding new momentum.").get("US"));
    }

    @Test
    void anApprovalThatAWaryOrOpposingVerbGovernsIsHeldBack() {
        Map<String, Position> p = positions("Portugal and Malta have delayed ratification of Iceland's membership of the fisheries pact.");
        assertEquals(Position.CONCERNED, p.get("PT"));
        assertEquals(Position.CONCERNED, p.get("MT"));
        assertEquals(Position.OPPOSED, positions("Malta opposed the signing of the fisheries pact.").get("MT"));
        assertEquals(Position.SUPPORTIVE, positions("Malta welcomed the signing of the fisheries pact.").get("MT"));
    }

    @Test
    void blockedByNamesTheStatesThatBlock() {
        Map<String, Position> p = positions("Iceland's bid has been blocked by Portugal and Malta for a year.");
        assertEquals(Position.OPPOSED, p.get("PT"));
        assertEquals(Position.OPPOSED, p.get("MT"));
    }

    @Test
    void backingTheResolutionAStateVetoedOpposesTheVeto() {
        CorpusEvent veto = byPeru("veto", "fisheries resolution");
        assertEquals(Position.OPPOSED, positions("Chile, which backed the fisheries resolution, said it remained committed to it.", veto).get("CL"));
        assertEquals(Position.OPPOSED, positions("Ecuador condemned the veto.", veto).get("EC"));
    }

    @Test
    void statesJoinedInAnActHoldItWithTheSubject() {
        Map<String, Position> p = positions("Peru has strongly condemned the pact, joining Chile, Bolivia and Ecuador in rejecting it.");
        assertEquals(Position.OPPOSED, p.get("PE"));
        assertEquals(Position.OPPOSED, p.get("CL"));
        assertEquals(Position.OPPOSED, p.get("BO"));
        assertEquals(Position.OPPOSED, p.get("EC"));
        p = positions("Peru joined Chile and Bolivia in condemning the pact.");
        assertEquals(Position.OPPOSED, p.get("CL"));
        assertEquals(Position.OPPOSED, p.get("BO"));
    }

    @Test
    void joiningPartnersInDoingSomethingIsNoAccession() {
        assertEquals(Position.NEUTRAL, positions("Peru said it would join Chile and the regional bloc in calling for new elections.").get("PE"));
        assertNotEquals(Position.SUPPORTIVE, positions("Peru joined the bloc in urging restraint.").get("PE"), "a call for restraint, no accession");
        assertEquals(Position.NEUTRAL, positions("Ana Soto expressed support for the bloc and said that Peru join the bloc and regional leaders in calling for the release of the president.").get("PE"));
        assertEquals(Position.SUPPORTIVE, positions("Peru joined the bloc in 2004.").get("PE"), "a date after 'in' leaves the joining");
        assertEquals(Position.SUPPORTIVE, positions("Peru said it would join the bloc.").get("PE"));
    }

    @Test
    void joiningIsNoActOfAnEventKnownOnlyByItsActorsAndObject() {
        CorpusEvent strikes = byPeru(null, "strikes", "CL");
        assertEquals(Position.OPPOSED, positions("Ecuador's president joined Bolivian leaders in saying Ecuador condemns the strikes.", strikes).get("EC"));
    }

    @Test
    void preoccupationIsConcern() {
        assertEquals(Position.CONCERNED, positions("Peru follows the pact with grave preoccupation, its foreign ministry said.").get("PE"));
    }

    @Test
    void thePoliticalOppositionIsNoPosition() {
        assertEquals(Position.NEUTRAL, positions("Peru's president said the vote count showed a clear victory for the opposition.").get("PE"));
        assertEquals(Position.NEUTRAL, positions("Peru met the opposition candidate in Lima.").get("PE"));
        assertEquals(Position.OPPOSED, positions("Peru reiterated its opposition to the pact.").get("PE"));
        assertEquals(Position.OPPOSED, positions("Peru voiced the opposition of its government to the pact.").get("PE"));
    }

    @Test
    void refusingToRecogniseAnOutcomeOpposesIt() {
        assertEquals(Position.OPPOSED, positions("Peru has refused to recognize the election result in Bolivia.").get("PE"));
        assertEquals(Position.OPPOSED, positions("Chile will not recognise the outcome of the vote in Bolivia.").get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Cuba recognised the result of the vote in Bolivia.").get("CU"));
        assertEquals(Position.OPPOSED, positions("Chile's president said he did not recognize the result of the vote in Bolivia.").get("CL"),
                "not accepting an outcome is rejecting it");
    }

    @Test
    void stateActsThatHoldBackAMoveAreAgainstIt() {
        assertEquals(Position.OPPOSED, positions("Portugal stymied Iceland's bid to join the pact for a year.").get("PT"));
        assertEquals(Position.OPPOSED, positions("Malta thwarted the pact at the last summit.").get("MT"));
        assertEquals(Position.CONCERNED, positions("Malta has held up the pact for months.").get("MT"));
    }

    @Test
    void theAgentsOfAPassiveEndWhereAClauseBegins() {
        ClaimStance c = classify("The pact has not been well received by Peru after Chile said it would scrap a mining deal.", CorpusEvent.UNKNOWN);
        assertEquals(Position.OPPOSED, c.byCountry().get("PE"));
        assertEquals("passive-agent", c.evidence().get("PE").rule());
        assertEquals(Position.NEUTRAL, c.byCountry().get("CL"));
        assertEquals(Position.NEUTRAL, positions("The pact passed amid protests from farmers, Peru's minister said.").get("PE"),
                "the agents end before the clause that names the speaker");
    }

    @Test
    void aCountryRightAfterAVerbIsItsObjectNotItsSubject() {
        assertEquals(Position.NEUTRAL, positions("The regional bloc gave Togo's rulers a week to step down or face sanctions.").get("TG"));
        assertEquals(Position.SUPPORTIVE, positions("The minister said Togo would welcome the plan.").get("TG"),
                "after a verb of saying the country opens a clause of its own");
        assertEquals(Position.SUPPORTIVE, positions("The army-backed Togolese government and its allies both welcomed the plan.").get("TG"),
                "a participle before its noun is no verb with an object");
    }

    @Test
    void nobodyHoldsAConcernThatThereIs() {
        assertEquals(Position.NEUTRAL,
                positions("Togo has long been a partner of the bloc, and there are concerns about the vote.").get("TG"));
    }

    @Test
    void revivingWhatAStateLeavesOrWantingItToGoOnWorkingIsAgainstLeaving() {
        assertEquals(Position.OPPOSED, positions("Iceland is trying to revive the fisheries treaty.", TREATY_EXIT).get("IS"));
        assertEquals(Position.OPPOSED, positions("Denmark said the treaty should continue to operate without Norway.", TREATY_EXIT).get("DK"));
    }

    @Test
    void withNoEventKnownOnlyABrokeredDealIsBacked() {
        assertEquals(Position.SUPPORTIVE, positions("The Chile-brokered truce held through the weekend.").get("CL"));
        assertEquals(Position.NEUTRAL, positions("The Chile-backed rebel movement said it would fight on.").getOrDefault("CL", Position.NEUTRAL));
    }

    @Test
    void statesNamedAsTheExceptionDidNotDoWhatTheGroupDid() {
        Map<String, Position> passive = positions("The bid was approved by all members except Chile and Peru.");
        assertEquals(Position.NEUTRAL, passive.getOrDefault("CL", Position.NEUTRAL));
        assertEquals(Position.NEUTRAL, passive.getOrDefault("PE", Position.NEUTRAL));
        assertEquals(Position.NEUTRAL, positions("All members apart from Chile backed the bid.").getOrDefault("CL", Position.NEUTRAL));
        assertEquals(Position.SUPPORTIVE, positions("The bid was approved by Chile and Peru.").get("PE"));
    }

    @Test
    void callingAMoveUnjustifiedOrHoldingItsAuthorResponsibleIsAgainstIt() {
        assertEquals(Position.OPPOSED, positions("Togo said it would respond after what it called an unjustified raid by Ghana.").get("TG"));
        assertEquals(Position.OPPOSED, positions("Togo will hold Ghana solely responsible for the fate of the villagers.").get("TG"));
        assertEquals(Position.OPPOSED, positions("Togo said the strike was unprovoked.").get("TG"));
    }

    @Test
    void concernsThatAMoveFollowsAreNobodysInParticular() {
        assertEquals(Position.NEUTRAL, positions("Copper prices rose for producers like Peru after falling for weeks following concerns of a "
                + "global recession.", COPPER_CUT).getOrDefault("PE", Position.NEUTRAL));
        assertEquals(Position.CONCERNED, positions("Peru raised concerns over the export cut following Chile's announcement.", COPPER_CUT).get("PE"));
    }

    @Test
    void judgingTheMoveUnnecessaryIsAgainstIt() {
        assertEquals(Position.OPPOSED, positions("Peru said the export cut was unnecessary, its trade minister told reporters on Monday.", COPPER_CUT).get("PE"));
        assertEquals(Position.OPPOSED, positions("Peru's president called Chile's export cut \"needless\" on Monday.", COPPER_CUT).get("PE"));
        assertNotEquals(Position.OPPOSED, positions("Peru said it would not take unnecessary risks after Chile cut copper exports on Monday.", COPPER_CUT)
                .getOrDefault("PE", Position.NEUTRAL), "risks described, no move judged");
    }

    @Test
    void whatAStateAsksOthersToAvoidIsNoJudgementOfTheMove() {
        assertEquals(Position.NEUTRAL, positions("Togo asked all parties to avoid any provocation.").get("TG"));
        assertEquals(Position.NEUTRAL, positions("Togo asked all parties to avoid any “provocation”.").get("TG"));
        assertEquals(Position.NEUTRAL, positions("Togo said the bloc's decision was not \"provocative\".").get("TG"));
        assertEquals(Position.NEUTRAL, positions("Togo urged the sides to refrain from escalation and retaliation.").get("TG"));
        assertEquals(Position.OPPOSED, positions("Togo called the move a provocation.").get("TG"));
    }

    @Test
    void thePlaceOfADatelineHoldsNoPosition() {
        assertEquals(Position.NEUTRAL, positions("LOME, Togo — The regional bloc on Sunday agreed to impose sanctions on the junta.").get("TG"));
        assertEquals(Position.OPPOSED, positions("Togo — a small state — condemned the coup.").get("TG"));
        assertEquals(Position.NEUTRAL, positions("Lome/GENEVA: The bloc's envoy said he was deeply concerned by the vote.").get("TG"));
        assertEquals(Position.NEUTRAL, positions("Lome/Accra — The bloc's envoy said he was deeply concerned by the vote.").get("TG"));
        assertEquals(Position.CONCERNED, positions("Lome: The foreign ministry said it was deeply concerned by the vote.").get("TG"));
    }

    @Test
    void theStateThatCarriesOutAnUnlistedActSupportsIt() {
        CorpusEvent drain = CorpusEvent.of(null, List.of("CL"), "drain", "glacier lake", List.of(), StanceClassifier.ACTS);
        ClaimStance c = classify("Chile began draining the glacier lake on Monday.", drain);
        assertEquals(Position.SUPPORTIVE, c.byCountry().get("CL"));
        assertEquals("event-act", c.evidence().get("CL").rule());
    }

    @Test
    void whatAStateDrawsFromOthersIsNotItsOwnPosition() {
        assertEquals(Position.NEUTRAL, positions("Chile has faced sanctions since the vote.").get("CL"));
        assertEquals(Position.NEUTRAL, positions("Chile triggered protests and drew sharp criticism with the vote.").get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile protested against the vote.").get("CL"));
    }

    private static final CorpusEvent RECOGNITION = byPeru("recognise", "Kosovo");

    @Test
    void statesListedBetweenDashesAfterTheirNounDoTheAct() {
        Map<String, Position> p = positions("Three Andean states—Chile, Bolivia and Ecuador—have also recognised Kosovo.", RECOGNITION);
        assertEquals(Position.SUPPORTIVE, p.get("CL"));
        assertEquals(Position.SUPPORTIVE, p.get("EC"));
        assertEquals(Position.NEUTRAL, positions("The pact—backed by Chile and Bolivia—was recognised by the court.", RECOGNITION).get("CL"),
                "a passive act is not the listed states' own");
    }

    @Test
    void aConcernOfTheActNamesWhatItIsAboutNotWhoseItIs() {
        assertNotEquals(Position.CONCERNED, positions("The ministry learned with concern of the decision by Peru to recognise Kosovo.", RECOGNITION).get("PE"));
        assertEquals(Position.CONCERNED, positions("The move raised the concerns of Chile and Bolivia.", RECOGNITION).get("BO"), "a concern of states is theirs");
    }

    @Test
    void aStateAmongThoseWhoDoTheActDoesIt() {
        assertEquals(Position.SUPPORTIVE, positions("Chile became the latest country to recognise Kosovo.", RECOGNITION).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Chile and Bolivia are among the states to recognise Kosovo.", RECOGNITION).get("BO"));
    }

    @Test
    void aQuotationThatOpensWithThisAfterASentenceAboutTheEventIsAboutIt() {
        StanceClassifier classifier = new StanceClassifier(TREATY_EXIT, StanceClassifier.SIEVES);
        String body = "Sweden regretted Norway's exit from the fisheries treaty. “This is shameful for everyone,” Sweden's foreign minister said.";
        List<Sentence> sentences = new SentenceSplitter().split(body);
        Gazetteer g = Gazetteer.load();
        List<CountryMention> mentions = new CountryRecognizer().recognize(body, g.scan(body));
        SpeakerFinder finder = new SpeakerFinder(g, body, mentions);
        Words words = Words.of(body);
        classifier.classify(words, sentences.get(0), Spans.countries(mentions, sentences.get(0)), finder.find(sentences.get(0)));
        ClaimStance second = classifier.classify(words, sentences.get(1), Spans.countries(mentions, sentences.get(1)), finder.find(sentences.get(1)));
        assertEquals(Position.OPPOSED, second.byCountry().get("SE"), "a capitalised “This” stands for the exit too");
    }

    @Test
    void aQuotationGoingOnFromItsSpeakersSentenceAboutTheEventIsAboutIt() {
        List<ClaimStance> stances = classifyAll("“Norway has turned its back on decades of work,” Sweden's fisheries ministry said.\n\n"
                + "“We are deeply disappointed.”\n\n“We are deeply disappointed,” a fishing captain said.", TREATY_EXIT);
        assertEquals(3, stances.size());
        assertEquals(Position.OPPOSED, stances.get(1).byCountry().get("SE"), "the ministry's quotation goes on");
        assertEquals(Position.NEUTRAL, stances.get(2).position(), "another speaker's words are not about the event");
    }

    @Test
    void aRoundUpParagraphLabelledByAStateIsItsReactionToTheEvent() {
        assertEquals(Position.OPPOSED, positions("Sweden – anger, outrage, and talk of a lost decade.", TREATY_EXIT).get("SE"));
        assertEquals(Position.NEUTRAL, positions("Sweden voiced anger over a lost decade.", TREATY_EXIT).get("SE"),
                "outside a round-up an attitude counts only about the event");
        assertEquals("SE", StanceClassifier.paragraphLabel("Intro.\n\nSweden: anger.", List.of(
                new CountryMention("SE", 8, 14, "Sweden", Gazetteer.Role.NAME)), 10));
        assertEquals(null, StanceClassifier.paragraphLabel("SWEDEN – Officials met.", List.of(
                new CountryMention("SE", 0, 6, "SWEDEN", Gazetteer.Role.NAME)), 0), "a dateline is no label");
        assertEquals("SE", StanceClassifier.paragraphLabel("Intro.\n\nSWEDEN – Officials met.", List.of(
                new CountryMention("SE", 8, 14, "SWEDEN", Gazetteer.Role.NAME)), 10), "a name in capitals opening a later paragraph labels it");
    }

    @Test
    void aClauseWithANounSubjectOfItsOwnIsNotTheStatesBeforeIt() {
        assertEquals(Position.OPPOSED, positions("Peru condemned the pact and the council welcomed it.").get("PE"));
        assertEquals(Position.NEUTRAL, positions("Peru remains a member of the council and the council remains committed to the pact.").get("PE"));
        assertEquals(Position.SUPPORTIVE, positions("Peru and the council have welcomed the pact.").get("PE"), "coordinated subjects");
        assertEquals(Position.SUPPORTIVE, positions("Peru said the vote was fair and the pact was a success.").get("PE"),
                "both clauses are what the speaker said");
    }

    @Test
    void aNegationWrittenWithATypographicApostropheNegates() {
        assertEquals(Position.NEUTRAL, positions("Chile hasn’t commented on the pact, which Peru hasn’t criticised.").get("PE"));
        assertEquals(Position.OPPOSED, positions("Chile hasn’t supported the pact.").get("CL"), "withheld support is refusal");
        assertEquals(Position.OPPOSED, positions("Chile hasn't supported the pact.").get("CL"));
    }

    @Test
    void aCueAfterANegatedAnyIsDenied() {
        assertEquals(Position.NEUTRAL, positions("Chile has not yet raised any objections to the pact.").get("CL"));
        assertEquals(Position.NEUTRAL, positions("Chile never voiced any real concern about the pact.").get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile voiced concern about the pact.").get("CL"));
    }

    @Test
    void aDemonymRightBeforeANounOfOppositionOwnsIt() {
        assertEquals(Position.OPPOSED, positions("Peru recognised Kosovo despite strong Serbian opposition.", RECOGNITION).get("RS"));
        assertEquals(Position.NEUTRAL, positions("Peru recognised Kosovo, and the Serbian opposition called for new elections.", RECOGNITION).get("RS"),
                "the opposition of a country is its parties out of power");
    }

    @Test
    void theReasonAStateCitesForItsActIsNoPositionOnTheEvent() {
        assertEquals(Position.NEUTRAL, positions("Peru's mining ministry ordered new limits on copper shipments, citing national security concerns.").get("PE"));
        assertEquals(Position.CONCERNED, positions("Peru's mining ministry voiced concerns about the pact.").get("PE"));
    }

    @Test
    void wantingTheAgreementAStateLeavesKeptInForceOpposesTheExit() {
        assertEquals(Position.OPPOSED, positions("Sweden said the fisheries treaty should remain in force without Norway.", TREATY_EXIT).get("SE"));
        assertEquals(Position.OPPOSED, positions("Sweden vowed to keep the fisheries treaty alive.", TREATY_EXIT).get("SE"));
        assertEquals(Position.OPPOSED, positions("Sweden is trying to salvage the fisheries treaty.", TREATY_EXIT).get("SE"));
    }

    @Test
    void savingTheAgreementAStateLeavesOrGoingOnWorkingForItDespiteTheExitOpposesTheExit() {
        assertEquals(Position.OPPOSED, positions("Sweden and Iceland scrambled on Friday to save the fisheries treaty.", TREATY_EXIT).get("SE"));
        assertEquals(Position.OPPOSED, positions("Iceland said it would continue its efforts for the fisheries treaty despite Norway's exit.",
                TREATY_EXIT).get("IS"));
    }

    @Test
    void callingSomethingVitalToACauseIsBackingItButANeedIsNot() {
        assertEquals(Position.SUPPORTIVE, positions("Chile's president said the pact was essential for the region.").get("CL"));
        assertEquals(Position.OPPOSED, positions("Denmark's foreign minister said the fisheries treaty was vital to the region.", TREATY_EXIT).get("DK"),
                "backing the treaty a state leaves");
        assertEquals(Position.NEUTRAL, positions("Denmark's foreign minister said it was vital that talks on the treaty resume.", TREATY_EXIT).get("DK"));
        assertEquals(Position.NEUTRAL, positions("Denmark's foreign minister said it was crucial to avoid a rift over the treaty.", TREATY_EXIT).get("DK"));
        assertEquals(Position.NEUTRAL, positions("Denmark said it was critical for Norway to keep talking about the treaty.", TREATY_EXIT).get("DK"));
    }

    @Test
    void aReactionDrawnFromANamedStateIsThatStates() {
        ClaimStance c = classify("Chile's vote on the pact drew sharp protests from neighbouring Peru and Bolivia.", CorpusEvent.UNKNOWN);
        assertEquals(Position.OPPOSED, c.byCountry().get("PE"));
        assertEquals(Position.OPPOSED, c.byCountry().get("BO"));
        assertEquals("passive-agent", c.evidence().get("PE").rule());
        assertEquals(Position.NEUTRAL, c.byCountry().get("CL"), "the state that draws the reaction holds none");
        assertEquals(Position.SUPPORTIVE, positions("The pact has earned praise from Ecuador.").get("EC"));
        assertEquals(Position.NEUTRAL, positions("The pact triggered protests from farmers, Peru's minister said.").get("PE"),
                "a reaction of others is not the speaker's");
    }

    @Test
    void backingAStateWithNoPartInTheEventIsNoPositionOnIt() {
        assertEquals(Position.NEUTRAL, positions("The move came as Denmark pledged its support for Ukraine.", TREATY_EXIT).get("DK"));
        assertEquals(Position.OPPOSED, positions("Denmark pledged its support for the fisheries treaty.", TREATY_EXIT).get("DK"));
        assertEquals(Position.NEUTRAL, positions("Denmark has publicly supported Iceland in its fisheries dispute.", TREATY_EXIT).get("DK"));
        assertEquals(Position.NEUTRAL, positions("Denmark voiced its support for Iceland's territorial integrity.", TREATY_EXIT).get("DK"));
        assertEquals(Position.NEUTRAL, positions("Denmark restated its support for embattled Iceland as Norway quit the fisheries treaty.", TREATY_EXIT).get("DK"));
        assertEquals(Position.SUPPORTIVE, positions("Denmark voiced its support for Norway's withdrawal from the fisheries treaty.", TREATY_EXIT)
                .get("DK"));
    }

    @Test
    void agreeingToAnotherActIsNotConcludingTheEvent() {
        assertEquals(Position.SUPPORTIVE, positions("Norway agreed to withdraw from the fisheries treaty.", TREATY_EXIT).get("NO"));
        assertEquals(Position.NEUTRAL, positions("Denmark agreed to study the fisheries treaty again.", TREATY_EXIT).get("DK"));
    }

    @Test
    void recallingOrSummoningEnvoysIsOpposition() {
        assertEquals(Position.OPPOSED, positions("In response, Chile is recalling ambassadors from Lima and Quito.").get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile summoned the Peruvian ambassador on Monday.").get("CL"));
    }

    @Test
    void whatASpeakerWhoClosesTheSentenceReportsIsTheSpeakers() {
        ClaimStance c = classify("Chilean trawlers will be banned from Peru's waters, Peruvian President Ana Example has confirmed.", CorpusEvent.UNKNOWN);
        assertEquals(Position.OPPOSED, c.byCountry().get("PE"));
        assertEquals("speaker", c.evidence().get("PE").rule());
        assertEquals(Position.SUPPORTIVE, positions("Bolivia welcomed the pact, Peruvian officials said on Monday.").get("BO"),
                "a country that holds the cue itself keeps it");
    }

    @Test
    void demandingThatTheMoveStopIsOpposition() {
        assertEquals(Position.OPPOSED, positions("Chile calls on Peru to immediately cease its offensive, the foreign ministry said.", PERU_OFFENSIVE).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chilean officials said the offensive must stop immediately.", PERU_OFFENSIVE).get("CL"));
    }

    @Test
    void anAppositiveOfANounAndItsCountriesStandAsideFromTheSubject() {
        Map<String, Position> p = positions("Brazil, guarantor of the Chile-Peru truce since 2020, expressed deep concern over the escalation.");
        assertEquals(Position.CONCERNED, p.get("BR"));
        assertEquals(Position.NEUTRAL, p.get("PE"));
    }

    /** An invented event for the tests: Peru launches an offensive. */
    private static final CorpusEvent PERU_OFFENSIVE = byPeru("strike", "military offensive");

    @Test
    void theActorsGrievanceAgainstTheTargetIsPartOfTheAct() {
        CorpusEvent expulsion = CorpusEvent.of(null, List.of("CL"), "expel", "Peruvian ambassador", List.of("PE"), StanceClassifier.ACTS);
        ClaimStance c = classify("Chile on Monday said it was expelling the Peruvian ambassador in light of \"hostile\" comments, a move likely to "
                + "raise tensions with its neighbour.", expulsion);
        assertEquals(Position.SUPPORTIVE, c.byCountry().get("CL"));
    }

    @Test
    void defendingTheMoveOrRejectingItsCriticsBacksIt() {
        assertEquals(Position.SUPPORTIVE, positions("Denmark defended the Norwegian treaty exit on Monday.", TREATY_EXIT).get("DK"));
        assertEquals(Position.SUPPORTIVE, positions("Denmark rejected criticism of the treaty exit.", TREATY_EXIT).get("DK"));
        assertEquals(Position.SUPPORTIVE, positions("Denmark dismissed criticism that the treaty exit was illegal.", TREATY_EXIT).get("DK"));
        assertEquals(Position.OPPOSED, positions("Denmark dismissed criticism of the treaty exit, and Sweden condemned it.", TREATY_EXIT).get("SE"),
                "the rebutted words end where the clause does");
        assertEquals(Position.OPPOSED, positions("Togo and Benin have rejected the allegations.", COURT_CASE).get("BJ"),
                "the allegations of a case are the case itself");
        assertEquals(Position.OPPOSED, positions("Denmark rejected the treaty exit.", TREATY_EXIT).get("DK"));
        assertEquals(Position.NEUTRAL, positions("Denmark dismissed reports that the treaty exit was agreed in secret.", TREATY_EXIT).get("DK"),
                "denying a report about the move takes no side on it");
    }

    @Test
    void callingTheMoveWrongRecklessOrUnfriendlyOpposesIt() {
        assertEquals(Position.OPPOSED, positions("Peru said it was “wrong” to ratify the treaty.").get("PE"));
        assertEquals(Position.OPPOSED, positions("Peru called the ratification a reckless step.").get("PE"));
        Map<String, Position> p = positions("Peru views Chile's move to ratify the treaty as an utterly unfriendly action.");
        assertEquals(Position.OPPOSED, p.get("PE"));
        assertEquals(Position.SUPPORTIVE, p.get("CL"));
        assertEquals(Position.OPPOSED, positions("Peru's foreign minister said the treaty was an ill-considered mistake.").get("PE"));
        assertEquals(Position.OPPOSED, positions("Peru's foreign ministry said it was deeply dissatisfied with the treaty.").get("PE"));
        assertEquals(Position.OPPOSED, positions("Peru recalled its envoy to express its strong displeasure over the treaty.").get("PE"));
        assertNotEquals(Position.OPPOSED, positions("Peru said there was nothing wrong with the treaty.").get("PE"), "nothing wrong is no disapproval");
    }

    @Test
    void namingTheMoveIllegalOrAShamOpposesItAndCondemningTheActorForItsActToo() {
        assertEquals(Position.OPPOSED, positions("Denmark called the withdrawal illegal.", TREATY_EXIT).get("DK"));
        Map<String, Position> p = positions("Denmark condemned Norway's illegal withdrawal from the fisheries treaty.", TREATY_EXIT);
        assertEquals(Position.OPPOSED, p.get("DK"));
        assertNotEquals(Position.OPPOSED, p.get("NO"), "the word is the speaker's, not the actor's");
        assertEquals(Position.OPPOSED, positions("Denmark criticised Norway for violating the fisheries treaty.", TREATY_EXIT).get("DK"));
    }

    @Test
    void guardingAgainstTheMoveIsWarinessNotPraise() {
        CorpusEvent test = byPeru("test", "ballistic missile");
        assertEquals(Position.CONCERNED, positions("Chile ordered its army to strengthen its readiness after the missile test.", test).get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile raised its alert level after the missile test.", test).get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile stepped up patrols along the coast after the missile test.", test).get("CL"));
    }

    @Test
    void namingTheOutcomeAFraudOrRiggedOpposesItAlsoWhenRefusingToAcceptIt() {
        assertEquals(Position.OPPOSED, positions("Chile's president wrote that Chile would not recognise \"another fraud\" in the election.", ELECTION)
                .get("CL"), "refusing to accept what one names a fraud");
        assertEquals(Position.NEUTRAL, positions("Chile said it did not see fraud in the election.", ELECTION).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile called the presidential election rigged.", ELECTION).get("CL"));
    }

    @Test
    void beingSatisfiedWithAMoveApprovesItAndBeingUnhappyWithItDoesNot() {
        CorpusEvent curb = byPeru("curb", "copper exports");
        assertEquals(Position.SUPPORTIVE, positions("Chile said it was satisfied with the curb.", curb).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Chile's minister said he was pleased with the curb.", curb).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile said it was unhappy with the curb.", curb).get("CL"));
        assertNotEquals(Position.SUPPORTIVE, positions("Chile said it was pleased to announce talks about the curb.", curb).getOrDefault("CL", Position.NEUTRAL));
    }

    @Test
    void idiomsOfAttackAndBlessingTakeSides() {
        for (String attack : List.of("Denmark lashed out at the withdrawal.", "Denmark hit out at Norway over the withdrawal.",
                "Denmark took aim at the withdrawal.", "Denmark poured scorn on the withdrawal.", "Denmark threw cold water on the withdrawal.")) {
            assertEquals(Position.OPPOSED, positions(attack, TREATY_EXIT).get("DK"), attack);
        }
        assertEquals(Position.SUPPORTIVE, positions("Denmark gave its blessing to the withdrawal.", TREATY_EXIT).get("DK"));
        assertEquals(Position.SUPPORTIVE, positions("Denmark rallied behind Norway after the withdrawal.", TREATY_EXIT).get("DK"), "behind the actor");
        assertEquals(Position.OPPOSED, positions("Denmark rallied around Iceland after the withdrawal.", TREATY_EXIT).get("DK"), "around another state");
        assertEquals(Position.OPPOSED, positions("Denmark has been a vocal supporter of the fisheries treaty.", TREATY_EXIT).get("DK"),
                "backing the agreement left");
        assertEquals(Position.SUPPORTIVE, positions("Denmark signalled its approval of the withdrawal.", TREATY_EXIT).get("DK"));
        assertNotEquals(Position.SUPPORTIVE, positions("Denmark said the withdrawal came as its approval of a new budget was delayed.", TREATY_EXIT)
                .getOrDefault("DK", Position.NEUTRAL), "approval of another matter");
    }

    @Test
    void declaringTheMoveVoidOpposesItAndALawSignedDoesWhatItsWordsSay() {
        CorpusEvent port = byPeru("sign", "port deal");
        assertEquals(Position.OPPOSED, positions("Bolivia signed a decree declaring the port deal void.", port).get("BO"));
        assertEquals(Position.OPPOSED, positions("Bolivia declared the port deal invalid on Monday.", port).get("BO"));
        assertEquals(Position.SUPPORTIVE, positions("Bolivia's president signed a law ratifying the port deal.", port).get("BO"),
                "the law's own participle");
    }

    @Test
    void aDeniedWordOfToneIsNoTone() {
        ClaimStance c = classify("Ana Soto, the Chilean foreign minister, also said that the border case Ghana brought against Togo has "
                + "“no legal and political importance”.", COURT_CASE);
        assertNotEquals(Position.SUPPORTIVE, c.byCountry().get("CL"));
    }

    @Test
    void backAfterAVerbIsAParticleNotBacking() {
        assertNotEquals(Position.SUPPORTIVE, positions("The vote prompted Peru to call back its ambassador from Chile.").get("PE"));
        assertEquals(Position.SUPPORTIVE, positions("Peru will back the deal.").get("PE"));
    }

    @Test
    void aStateThatSaysTheMoveHarmsItOpposesIt() {
        assertEquals(Position.OPPOSED, positions("Peru's foreign minister said the decision undermined Peru's security.", TREATY_EXIT).get("PE"));
        assertEquals(Position.CONCERNED, positions("Analysts said the treaty exit could strain ties with Peru.", TREATY_EXIT).get("PE"));
    }

    @Test
    void aTargetBackingItsOwnCauseBacksNothingOfTheActAgainstIt() {
        assertNotEquals(Position.SUPPORTIVE, positions("Despite the border case, Togo intends to stand by the dam project.", COURT_CASE).get("TG"));
        assertEquals(Position.SUPPORTIVE, positions("Togo welcomed the border case as a chance to settle the dispute.", COURT_CASE).get("TG"));
    }

    /** An invented event for the tests: Peru releases mine tailings into a river. */
    private static final CorpusEvent TAILINGS = byPeru("release", "mine tailings");

    @Test
    void backingAMeasureAgainstTheMoveIsTheMeasuresPosition() {
        ClaimStance c = classify("Chile said it would uphold a ban on Peruvian fish over the tailings release.", TAILINGS);
        assertEquals(Position.OPPOSED, c.byCountry().get("CL"));
        assertEquals("ban", c.evidence().get("CL").cue());
        assertEquals(Position.OPPOSED, positions("Chile backed sanctions against Peru over the release of mine tailings.", TAILINGS).get("CL"));
        CorpusEvent sanctions = CorpusEvent.of(null, List.of("CA"), "sanction", "sanctions", List.of("BY"), StanceClassifier.ACTS);
        assertEquals(Position.SUPPORTIVE, positions("Japan backed the sanctions on Belarus.", sanctions).get("JP"), "the measures are the event itself");
    }

    @Test
    void aPositionUndoneIsNoPosition() {
        assertEquals(Position.NEUTRAL, positions("Chile lifted its ban on Peruvian fish after the tailings release.", TAILINGS).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Chile dropped its objection to the release of mine tailings.", TAILINGS).get("CL"),
                "an objection dropped is consent, as \"no longer objects\" is");
        assertEquals(Position.OPPOSED, positions("Chile kept its ban on Peruvian fish after the tailings release.", TAILINGS).get("CL"));
    }

    @Test
    void refusingToObjectIsNoObjection() {
        assertEquals(Position.NEUTRAL, positions("Bolivia refused to condemn the release of mine tailings.", TAILINGS).get("BO"));
        assertEquals(Position.OPPOSED, positions("Bolivia refused to endorse the release of mine tailings.", TAILINGS).get("BO"));
    }

    @Test
    void aWarningAgainstADeedIsAgainstIt() {
        ClaimStance c = classify("Chile warned Bolivia against endorsing the release of mine tailings.", TAILINGS);
        assertEquals(Position.OPPOSED, c.byCountry().get("CL"));
        assertEquals("urger", c.evidence().get("CL").rule());
        assertNotEquals(Position.SUPPORTIVE, c.byCountry().get("BO"), "the state warned does not endorse anything");
    }

    @Test
    void askingToBeToldMoreAboutAMoveIsWary() {
        assertEquals(Position.CONCERNED, positions("Chile asked for transparency about the tailings release.", TAILINGS).get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile has asked for \"transparency\" on the tailings release.", TAILINGS).get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile sought clarification of the tailings release.", TAILINGS).get("CL"));
    }

    @Test
    void curbsOnImportsAndTighterChecksAreMeasuresAgainstTheMove() {
        assertEquals(Position.OPPOSED, positions("Chile said it would maintain curbs on imports from Peru after the tailings release.", TAILINGS).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile tightened its checks on fish from Peru after the tailings release.", TAILINGS).get("CL"));
    }

    @Test
    void showingUnderstandingOfAMoveAcceptsIt() {
        assertEquals(Position.SUPPORTIVE, positions("The United States showed understanding of the tailings plan.", TAILINGS).get("US"));
    }

    @Test
    void urgingAStateToUndoItsPlanOpposesThePlan() {
        assertEquals(Position.OPPOSED, positions("\"We urge Peru to correct its wrong decision and drop its plan to release the tailings,\" "
                + "Chile's foreign minister said.", TAILINGS).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile urged Peru to abandon its plan to release the tailings.", TAILINGS).get("CL"));
    }

    @Test
    void sayingTheActorShouldNotActOpposesTheAct() {
        ClaimStance c = classify("Chile's foreign ministry said Peru should not release the tailings.", TAILINGS);
        assertEquals(Position.OPPOSED, c.byCountry().get("CL"));
        assertEquals("urger", c.evidence().get("CL").rule());
        assertEquals(Position.OPPOSED, positions("Peru \"should not release the tailings until it consults its neighbours,\" Chile's foreign "
                + "ministry said.", TAILINGS).get("CL"));
        assertNotEquals(Position.SUPPORTIVE, positions("Chile said Peru should release the tailings only after checks.", TAILINGS).get("CL"),
                "only the negated modal is read");
    }

    @Test
    void withheldSupportIsRefusal() {
        assertEquals(Position.OPPOSED, positions("Chile said it does not support the tailings release.", TAILINGS).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile said the tailings release was not a legitimate response.", TAILINGS).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Chile not only welcomed the tailings release but offered to help.", TAILINGS).get("CL"));
        assertEquals(Position.NEUTRAL, positions("Chile has not yet backed the tailings release.", TAILINGS).get("CL"), "not yet is undecided");
        assertEquals(Position.NEUTRAL, positions("Peru went ahead with the tailings release without support from Chile.", TAILINGS).get("CL"));
    }

    @Test
    void sayingSomethingHasToComeFirstAttachesAConditionToTheMove() {
        assertEquals(Position.CONCERNED, positions("Chile said safety checks had to come first, before any tailings release.", TAILINGS).get("CL"));
    }

    @Test
    void aRebukeOrRepudiationIsOppositionAndOneBroughtFromAStateIsThatStates() {
        ClaimStance c = classify("Peru's announcement that it had released the tailings brought an immediate rebuke from Chile.", TAILINGS);
        assertEquals(Position.OPPOSED, c.byCountry().get("CL"));
        assertEquals("passive-agent", c.evidence().get("CL").rule());
        assertEquals(Position.OPPOSED, positions("Chile rebuked Peru over the tailings release.", TAILINGS).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chilean President Ana Example joined the repudiation of the tailings release.", TAILINGS).get("CL"));
    }

    @Test
    void anOutcomeThatDoesNotReflectTheVotersWillIsRejectedAndATriumphPraised() {
        assertEquals(Position.OPPOSED, positions("Chile said the presidential election result does not reflect the will of the people.", ELECTION)
                .get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Bolivia called the presidential election a triumph of democracy.", ELECTION).get("BO"));
    }

    @Test
    void askingForAReviewOrUrgingTransparencyIsWary() {
        assertEquals(Position.CONCERNED, positions("Uruguay joined calls for an independent review of the presidential election.", ELECTION)
                .get("UY"));
        assertEquals(Position.CONCERNED, positions("Spain urged transparency in the presidential election count.", ELECTION).get("ES"));
    }

    @Test
    void aPossessivePronounsGovernmentIsTheStateThatOpenedTheSentenceBefore() {
        List<ClaimStance> c = classifyAll("Chilean President Ana Example spoke on Monday. Her government protested the presidential "
                + "election.", ELECTION);
        assertEquals(Position.OPPOSED, c.get(1).byCountry().get("CL"));
        assertEquals("pronoun", c.get(1).evidence().get("CL").rule());
        List<ClaimStance> two = classifyAll("Chile and Bolivia met on Monday. Her government protested the presidential election.", ELECTION);
        assertNotEquals(Position.OPPOSED, two.get(1).byCountry().getOrDefault("CL", Position.NEUTRAL), "a singular pronoun after two states");
    }

    @Test
    void aListEndingInAndOthersHoldsTheCueTogether() {
        Map<String, Position> p = positions("Chile, Bolivia and others have promised to retaliate with sanctions over the tailings release.", TAILINGS);
        assertEquals(Position.OPPOSED, p.get("CL"));
        assertEquals(Position.OPPOSED, p.get("BO"));
    }

    @Test
    void anImportantIssueIsNoPraise() {
        assertEquals(Position.NEUTRAL, positions("Chile said the tailings release is an important safety issue that goes beyond Peru's borders.",
                TAILINGS).get("CL"));
    }

    @Test
    void vowingAllNecessaryMeasuresOpposesAndGuardingOnesOwnSafetyBacksNothing() {
        assertEquals(Position.OPPOSED, positions("Chile will take all necessary measures to safeguard its rivers after the tailings release.",
                TAILINGS).get("CL"));
        assertEquals(Position.NEUTRAL, positions("Chile moved to safeguard the health of its fishermen after the tailings release.", TAILINGS).get("CL"));
    }

    @Test
    void reservingTheRightToRespondOpposesAndTheActorsOwnRightBacksItsAct() {
        assertEquals(Position.OPPOSED, positions("Chile reserves the right to take all appropriate measures over the tailings release.",
                TAILINGS).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile reserved the right to respond to the release.", TAILINGS).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Peru reserves the right to inspect the river after the release.", TAILINGS).get("PE"));
    }

    @Test
    void anIncidentIsTheEventAnyArticleReportsByAGenericWord() {
        assertEquals(Position.CONCERNED, positions("Bolivia voiced concern about the impact of the incident on fishing.", TAILINGS).get("BO"));
    }

    @Test
    void angerAsANounIsTheHoldersDispleasure() {
        assertEquals(Position.OPPOSED, positions("Chile voiced its anger over the release of mine tailings.", TAILINGS).get("CL"));
        assertEquals(Position.OPPOSED, positions("Bolivia is angry about the tailings release.", TAILINGS).get("BO"));
        assertEquals(Position.CONCERNED, positions("The tailings release angered Chile.", TAILINGS).get("CL"), "angering a state is a consequence");
    }

    /** An invented event for the tests: Peru's police force their way into Chile's embassy. */
    private static final CorpusEvent EMBASSY_RAID = byPeru("raid", "Chilean embassy", "CL");

    @Test
    void snappingOrSeveringTiesWithTheActorOpposesItsMove() {
        assertEquals(Position.OPPOSED, positions("Chile announced the severance of diplomatic relations with Peru following the raid.",
                EMBASSY_RAID).get("CL"), "the severance as a noun");
        assertEquals(Position.OPPOSED, positions("Hours later, Chile's president snapped diplomatic ties with Peru.", EMBASSY_RAID).get("CL"));
    }

    @Test
    void statesOfAnEllipticalAsDidClauseAfterTheCueDoTheSame() {
        Map<String, Position> p = positions("Chile had warned against the raid, as had Bolivian officials and Ecuador.", EMBASSY_RAID);
        assertEquals(Position.CONCERNED, p.get("CL"));
        assertEquals(Position.CONCERNED, p.get("BO"));
        assertEquals(Position.CONCERNED, p.get("EC"));
        assertEquals(Position.OPPOSED, positions("Chile condemned the raid, as did Bolivia.", EMBASSY_RAID).get("BO"));
        assertNotEquals(Position.CONCERNED, positions("Chile warned against the raid, as Bolivia looked on.", EMBASSY_RAID).get("BO"),
                "a clause of time is no ellipsis");
    }

    @Test
    void takingActionAgainstTheActorOpposesItsMove() {
        Map<String, Position> p = positions("The raid drew condemnation across the region, with Bolivia and Ecuador also taking action against"
                + " Peru.", EMBASSY_RAID);
        assertEquals(Position.OPPOSED, p.get("BO"));
        assertEquals(Position.OPPOSED, p.get("EC"));
        assertEquals(Position.OPPOSED, positions("Bolivia said it would take action against Peru.", EMBASSY_RAID).get("BO"));
    }

    /** The stances of each sentence of a body, classified in order as the analyzer does. */
    private static List<ClaimStance> classifyAll(String body, CorpusEvent event) {
        StanceClassifier classifier = new StanceClassifier(event, StanceClassifier.SIEVES);
        Gazetteer g = Gazetteer.load();
        List<CountryMention> mentions = new CountryRecognizer().recognize(body, g.scan(body));
        SpeakerFinder finder = new SpeakerFinder(g, body, mentions);
        Words words = Words.of(body);
        List<ClaimStance> out = new ArrayList<>();
        for (Sentence s : new SentenceSplitter().split(body)) {
            out.add(classifier.classify(words, s, Spans.countries(mentions, s), finder.find(s)));
        }
        return out;
    }

    @Test
    void aQuotationThatAPronounAttributesIsTheSpeakersReport() {
        List<ClaimStance> c = classifyAll("Chilean President Ana Example spoke in Santiago on Friday.\n\n\u201cIt is regrettable that the Peruvian"
                + " leadership now chooses to move in the opposite direction,\u201d she said.", byPeru("convert", "old cathedral"));
        assertEquals(Position.OPPOSED, c.get(1).byCountry().get("CL"), "she is the Chilean president");
    }

    @Test
    void aFavourableWordForTiesWithAnotherPartyIsNoViewOfTheMove() {
        CorpusEvent vote = byPeru("plebiscite", "referendum");
        assertNotEquals(Position.SUPPORTIVE, positions("After Peru's referendum, Bolivia's foreign minister said his country would keep up its"
                + " defence cooperation with Chile and other partners.", vote).get("BO"));
        assertEquals(Position.SUPPORTIVE, positions("After Peru's referendum, Bolivia's foreign minister said the vote was a fine example of"
                + " cooperation.", vote).get("BO"), "cooperation without a party is a view");
        assertEquals(Position.SUPPORTIVE, positions("After Peru's referendum, Bolivia's foreign minister said his country would deepen its"
                + " cooperation with Peru.", vote).get("BO"), "cooperation with the actor is");
    }

    @Test
    void beingInFavourOfAnotherMatterIsNoApprovalOfTheMove() {
        CorpusEvent vote = byPeru("plebiscite", "referendum");
        assertNotEquals(Position.SUPPORTIVE, positions("After Peru's referendum, a Chilean spokesman said Chile was in favour of respecting the"
                + " border drawn in 1899.", vote).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("A Chilean spokesman said Chile was in favour of the referendum.", vote).get("CL"));
    }

    @Test
    void aParticipleAfterTheNounItDescribesIsNobodysWithoutAnAgent() {
        assertNotEquals(Position.OPPOSED, positions("The strike came after Bolivia pulled its troops back from the border, a move widely"
                + " criticised as leaving its allies exposed.", STRIKES).get("BO"));
        assertEquals(Position.OPPOSED, positions("The strike came after a move criticised by Bolivia as reckless.", STRIKES).get("BO"),
                "its agent holds it");
    }

    @Test
    void aMoveThatStrengthensTerroristsIsAWarningNoPraise() {
        Map<String, Position> p = positions("Ecuador's foreign minister said the strike could strengthen the so-called Islamic State and"
                + " embolden militants in the region.", STRIKES);
        assertEquals(Position.CONCERNED, p.get("EC"));
    }

    @Test
    void membersListedInsideAGroupSubjectHoldItsCue() {
        Map<String, Position> p = positions("Ten countries, including Chile and Ecuador, supported the imposition of tariffs, while five countries, including"
                + " Bolivia, voted against them.", byPeru("sanction", "tariffs", "AR"));
        assertEquals(Position.SUPPORTIVE, p.get("CL"));
        assertEquals(Position.SUPPORTIVE, p.get("EC"));
        assertEquals(Position.OPPOSED, p.get("BO"));
    }

    @Test
    void somePeopleInAStateAreNotTheState() {
        assertNotEquals(Position.OPPOSED, positions("The strike was criticised by some in Chile for its timing.", STRIKES).get("CL"));
        assertEquals(Position.OPPOSED, positions("The strike was criticised by Chile for its timing.", STRIKES).get("CL"));
    }

    @Test
    void aMoveCalledABadIdeaIsOpposed() {
        assertEquals(Position.OPPOSED, positions("Ecuador's president said on Wednesday that the strike was a bad idea.", STRIKES).get("EC"));
    }

    @Test
    void theWordsAfterACueInTheNextSentenceSayNothingOfWhatTheCueIsAbout() {
        List<ClaimStance> c = classifyAll("Chile accused Bolivia of backing rebels and meddling in its internal affairs. Ties with Peru were"
                + " cut the same day.", CorpusEvent.of(null, List.of("CL"), "sever", "ties", List.of("BO"), StanceClassifier.ACTS));
        assertNotEquals(Position.OPPOSED, c.get(0).byCountry().get("CL"), "the actor's charge against the target is its act, not against it");
    }

    @Test
    void aPronounOpeningTheSentenceStandsForTheStatesThatOpenedThePreviousOne() {
        List<ClaimStance> c = classifyAll("Chile and Bolivia called for binding rules on the tailings release. "
                + "They are worried that Peru could repeat it.", TAILINGS);
        assertEquals(Position.CONCERNED, c.get(1).byCountry().get("CL"));
        assertEquals(Position.CONCERNED, c.get(1).byCountry().get("BO"));
        assertEquals("pronoun", c.get(1).evidence().get("CL").rule());
        List<ClaimStance> single = classifyAll("Chile called for binding rules on the tailings release. They are worried it could happen again.", TAILINGS);
        assertNotEquals(Position.CONCERNED, single.get(1).byCountry().get("CL"), "“they” does not stand for one state");
        List<ClaimStance> apart = classifyAll("Chile and Bolivia called for binding rules on the tailings release.\n\n"
                + "They are worried that Peru could repeat it.", TAILINGS);
        assertNotEquals(Position.CONCERNED, apart.get(1).byCountry().get("CL"), "a new paragraph starts afresh");
        List<ClaimStance> expletive = classifyAll("Chile criticised the tailings release. It is worrying, analysts said.", TAILINGS);
        assertNotEquals("pronoun", expletive.get(1).evidence().containsKey("CL") ? expletive.get(1).evidence().get("CL").rule() : null,
                "“it is” is no state");
    }

    @Test
    void urgingTheActorToReconsiderItsDecisionOpposesTheAct() {
        ClaimStance c = classify("Sweden urged Norway to reconsider its decision to leave the treaty.", TREATY_EXIT);
        assertEquals(Position.OPPOSED, c.byCountry().get("SE"));
        assertEquals("urger", c.evidence().get("SE").rule());
        assertEquals(Position.SUPPORTIVE, positions("Sweden urged Norway to leave the treaty.", TREATY_EXIT).get("SE"));
    }

    @Test
    void urgingSeveralStatesNamedInAListToReconsiderOpposesTheAct() {
        ClaimStance c = classify("Sweden's prime minister urged the governments of Norway, Iceland and Finland to reconsider their decision"
                + " to leave the treaty.", TREATY_EXIT);
        assertEquals(Position.OPPOSED, c.byCountry().get("SE"));
        assertEquals("urger", c.evidence().get("SE").rule());
    }

    @Test
    void aStateOpeningAThatClauseAfterADayHoldsTheUrgingInIt() {
        ClaimStance c = classify("A Danish lawmaker said on Monday that Sweden had urged Norway to leave the treaty.", TREATY_EXIT);
        assertEquals(Position.SUPPORTIVE, c.byCountry().get("SE"));
        assertEquals(Position.NEUTRAL, c.byCountry().get("DK"), "who reports the urging does not urge");
    }

    @Test
    void aStateAfterAPrepositionAndALongTitleIsNoSubject() {
        CorpusEvent exit = byPeru("withdraw", "Andean Community");
        assertEquals(Position.NEUTRAL, positions("Peru has also cut its ties with former colonial ruler Spain, and turned to Brazil for"
                + " financial support.", exit).getOrDefault("ES", Position.NEUTRAL));
    }

    @Test
    void sayingImportBansOnTheActorsGoodsWillStayInPlaceKeepsAMeasureAgainstIt() {
        ClaimStance c = classify("Chile's prime minister said import bans on Peruvian fish will stay in place until concerns are eased.",
                byPeru("discharge", "treated water"));
        assertEquals(Position.OPPOSED, c.byCountry().get("CL"));
        assertEquals("speaker", c.evidence().get("CL").rule());
        assertEquals(Position.NEUTRAL, positions("Chile's prime minister said import bans on Peruvian fish had failed.",
                byPeru("discharge", "treated water")).get("CL"), "a measure named, nobody's act");
    }

    @Test
    void aStatesBodyAfterAnOpenerAndACommaIsTheSubjectNotAnAppositive() {
        CorpusEvent accession = byPeru("accede", "Pacific Alliance");
        ClaimStance c = classify("Yesterday, the Chilean parliament ratified Peru's accession to the Pacific Alliance.", accession);
        assertEquals(Position.SUPPORTIVE, c.byCountry().get("CL"));
        assertEquals("subject", c.evidence().get("CL").rule());
        assertNotEquals(Position.SUPPORTIVE, positions("Chile met Peru's envoy, the Bolivian minister approved by the senate.", accession)
                .get("BO"), "a participle after an appositive still describes it");
    }

    @Test
    void aStateAfterAConjunctionOfTimeThatOpensAClauseIsItsSubject() {
        CorpusEvent accession = byPeru("accede", "Pacific Alliance");
        ClaimStance c = classify("Bolivia became the last member still to give its green light to Peruvian membership after the Chilean"
                + " parliament ratified Lima's application on Tuesday.", accession);
        assertEquals(Position.SUPPORTIVE, c.byCountry().get("CL"));
        assertNotEquals(Position.SUPPORTIVE, c.byCountry().get("BO"), "who holds out does not ratify");
    }

    @Test
    void aStatesAssemblyNamedWithCapitalsIsItsAgent() {
        CorpusEvent accession = byPeru("accede", "Pacific Alliance");
        assertEquals(Position.SUPPORTIVE, positions("Chile's Grand National Assembly ratified Peru's accession.", accession).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Chile's National Assembly ratified Peru's accession.", accession).get("CL"));
    }

    @Test
    void havingOrRaisingNoObjectionIsConsent() {
        assertEquals(Position.SUPPORTIVE, positions("Iceland said it had no objection to Norway's withdrawal from the treaty.", TREATY_EXIT).get("IS"));
        assertEquals(Position.SUPPORTIVE, positions("Colombia said it would raise no objections to the withdrawal.", TREATY_EXIT).get("CO"));
        assertEquals(Position.OPPOSED, positions("Colombia raised objections to the withdrawal.", TREATY_EXIT).get("CO"));
    }

    @Test
    void aDisappointingMoveOrDistanceFromItIsOpposition() {
        assertEquals(Position.OPPOSED, positions("The United Kingdom described the withdrawal as disappointing.", TREATY_EXIT).get("GB"));
        assertEquals(Position.OPPOSED, positions("Greece distanced itself from the withdrawal.", TREATY_EXIT).get("GR"));
    }

    @Test
    void aStepLongOverdueIsApproval() {
        assertEquals(Position.SUPPORTIVE, positions("Paraguay said the withdrawal was long overdue.", TREATY_EXIT).get("PY"));
    }

    @Test
    void supportWithConditionsAttachedIsWary() {
        assertEquals(Position.CONCERNED, positions("Finland said it would back the withdrawal only if Norway kept its quotas.", TREATY_EXIT).get("FI"));
        assertEquals(Position.CONCERNED, positions("Finland will support the withdrawal as long as fishing rights are honoured.", TREATY_EXIT).get("FI"));
        assertEquals(Position.SUPPORTIVE, positions("Finland said it would back the withdrawal.", TREATY_EXIT).get("FI"));
    }

    @Test
    void aStateTheSpeakerHopesOrSaysOughtToActHoldsNoPositionTheSpeakerDoes() {
        Map<String, Position> hoped = positions("\u201cWe hope Sweden will urge Norway to reverse the withdrawal,\u201d Finland said.", TREATY_EXIT);
        assertEquals(Position.OPPOSED, hoped.get("FI"));
        assertNotEquals(Position.OPPOSED, hoped.get("SE"));
        Map<String, Position> advised = positions("Finland said Sweden should urge Norway to reverse the withdrawal.", TREATY_EXIT);
        assertEquals(Position.OPPOSED, advised.get("FI"));
        assertNotEquals(Position.OPPOSED, advised.get("SE"));
        assertEquals(Position.OPPOSED, positions("Finland said Sweden had urged Norway to reverse the withdrawal.", TREATY_EXIT).get("SE"));
    }

    @Test
    void aStateOwningTheObjectOfTheSubjectsVerbIsNoSubjectOfTheCueAfterIt() {
        Map<String, Position> p = positions("Finland summoned Norway's ambassador in Helsinki to protest against the withdrawal.", TREATY_EXIT);
        assertEquals(Position.OPPOSED, p.get("FI"));
        assertNotEquals(Position.OPPOSED, p.get("NO"));
    }

    @Test
    void aMoveNamedLawfulIsAcceptedAndOneAgainstTheInterestOfACauseOpposed() {
        assertEquals(Position.SUPPORTIVE, positions("Finland said the withdrawal was legal under international law.", TREATY_EXIT).get("FI"));
        assertEquals(Position.SUPPORTIVE, positions("Finland described the withdrawal as a legitimate exercise of sovereignty.", TREATY_EXIT).get("FI"));
        assertEquals(Position.SUPPORTIVE, positions("Finland said the withdrawal was lawful.", TREATY_EXIT).get("FI"));
        assertEquals(Position.OPPOSED, positions("Finland said the withdrawal was not in the interest of the region.", TREATY_EXIT).get("FI"));
    }

    @Test
    void cuttingTiesOfAnyKindOpposesTheMove() {
        assertEquals(Position.OPPOSED, positions("Finland threatened to cut trade ties with Oslo over the withdrawal.", TREATY_EXIT).get("FI"));
        assertEquals(Position.OPPOSED, positions("Finland said it would sever economic ties with Norway over the withdrawal.", TREATY_EXIT).get("FI"));
    }

    @Test
    void aConcessionBeforeTheMainClauseYieldsToItsPosition() {
        assertEquals(Position.CONCERNED, positions("Finland, while acknowledging Norway's right to leave, warned of risks to its fishermen from the withdrawal.",
                TREATY_EXIT).get("FI"));
    }

    @Test
    void theNameGivenToWhatAWorryIsAboutIsTheWorrys() {
        assertEquals(Position.CONCERNED, positions("Finland voiced deep concern over the unilateral withdrawal.", TREATY_EXIT).get("FI"));
    }

    @Test
    void studyingSimilarStepsEmulatesTheMove() {
        assertEquals(Position.SUPPORTIVE, positions("Finland said it would study similar steps after the withdrawal.", TREATY_EXIT).get("FI"));
    }

    @Test
    void keepingEveryOptionOpenIsAThreat() {
        assertEquals(Position.OPPOSED, positions("Finland said every option remains open after the withdrawal.", TREATY_EXIT).get("FI"));
        assertEquals(Position.OPPOSED, positions("Finland said all options were open after Norway left the treaty.", TREATY_EXIT).get("FI"));
    }

    @Test
    void warningThatOneWillNotStandIdlyByOpposesTheMove() {
        assertEquals(Position.OPPOSED, positions("Finland warned that it would not stand idly by as Norway left the treaty.", TREATY_EXIT).get("FI"));
        assertEquals(Position.OPPOSED, positions("Finland said it will never sit idly by while Norway leaves the treaty.", TREATY_EXIT).get("FI"));
    }

    @Test
    void refusingAMoveUntilAConditionIsMetIsWary() {
        assertEquals(Position.CONCERNED, positions("Finland said it could not accept the withdrawal without guarantees for its fishermen.", TREATY_EXIT).get("FI"));
        assertEquals(Position.CONCERNED, positions("Finland will not accept the withdrawal until the quotas are settled.", TREATY_EXIT).get("FI"));
        assertEquals(Position.CONCERNED, positions("Finland would back the withdrawal unless Norway closed its waters.", TREATY_EXIT).get("FI"));
        assertEquals(Position.OPPOSED, positions("Finland said it could not accept the withdrawal.", TREATY_EXIT).get("FI"));
        assertEquals(Position.SUPPORTIVE, positions("Finland backed the withdrawal without reservation.", TREATY_EXIT).get("FI"));
    }

    @Test
    void praisingTheActorForTheActOfLeavingBacksTheWithdrawal() {
        ClaimStance c = classify("Argentina lauded Oslo's courage in leaving the treaty.", TREATY_EXIT);
        assertEquals(Position.SUPPORTIVE, c.byCountry().get("AR"));
        assertEquals("speaker", c.evidence().get("AR").rule());
    }

    /** An invented event for the tests: Chile sanctions Bolivia's mining sector. */
    private static final CorpusEvent MINING_SANCTIONS = CorpusEvent.of(null, List.of("CL"), "sanction", "mining sanctions", List.of("BO"),
            StanceClassifier.ACTS);

    @Test
    void aStatesSovereignRightBacksTheActOfThatState() {
        assertEquals(Position.SUPPORTIVE, positions("Japan said the withdrawal was Norway's sovereign right.", TREATY_EXIT).get("JP"));
    }

    @Test
    void solidarityWithTheActorBacksTheActAndWithItsTargetOpposesIt() {
        assertEquals(Position.SUPPORTIVE, positions("Latvia voiced solidarity with Norway over the withdrawal.", TREATY_EXIT).get("LV"));
        assertEquals(Position.OPPOSED, positions("Cuba voiced solidarity with Bolivia over the sanctions.", MINING_SANCTIONS).get("CU"));
    }

    @Test
    void followingTheActorsLeadBacksTheAct() {
        CorpusEvent accession = byPeru("accede", "Pacific trade pact");
        assertEquals(Position.SUPPORTIVE, positions("Colombia said it would follow Peru's lead and apply to the pact.", accession).get("CO"));
        assertEquals(Position.SUPPORTIVE, positions("Estonia said it would follow Norway's example and leave the treaty.", TREATY_EXIT).get("EE"));
    }

    @Test
    void consideringASimilarStepBacksTheAct() {
        assertEquals(Position.SUPPORTIVE, positions("Latvia said it would consider a similar step.", TREATY_EXIT).get("LV"));
        assertEquals(Position.SUPPORTIVE, positions("Latvia is weighing a similar move, its premier said.", TREATY_EXIT).get("LV"));
    }

    @Test
    void understandingTheActorsReasonsAfterDecliningToFollowIsAcceptance() {
        assertEquals(Position.SUPPORTIVE,
                positions("Estonia said it would not follow suit but understood Norway's reasons for the withdrawal.", TREATY_EXIT).get("EE"));
    }

    @Test
    void aCallToRefrainFromStepsIsWary() {
        assertEquals(Position.CONCERNED,
                positions("Finland called on all parties to refrain from unilateral steps after the withdrawal.", TREATY_EXIT).get("FI"));
    }

    @Test
    void respectingTheActorsSovereignDecisionBacksIt() {
        assertEquals(Position.SUPPORTIVE, positions("Denmark said it respected Norway's sovereign decision.", TREATY_EXIT).get("DK"));
    }

    @Test
    void vowingOrThreateningAResponseOpposesTheMove() {
        assertEquals(Position.OPPOSED, positions("Russia vowed a firm response to the withdrawal.", TREATY_EXIT).get("RU"));
        assertEquals(Position.OPPOSED, positions("Russia threatened consequences over the withdrawal.", TREATY_EXIT).get("RU"));
    }

    @Test
    void beingTroubledOrSeeingABlowToACauseIsWary() {
        assertEquals(Position.CONCERNED, positions("Bolivia said it was deeply troubled by the withdrawal.", TREATY_EXIT).get("BO"));
        assertEquals(Position.CONCERNED, positions("Peru said the withdrawal was a blow to ocean conservation.", TREATY_EXIT).get("PE"));
    }

    @Test
    void askingTheActorForAssurancesIsWary() {
        assertEquals(Position.CONCERNED, positions("Ireland asked Norway for assurances over the withdrawal.", TREATY_EXIT).get("IE"));
    }

    @Test
    void pleadingWithTheActorNotToActOpposesIt() {
        assertEquals(Position.OPPOSED, positions("Ecuador pleaded with Norway not to leave the treaty.", TREATY_EXIT).get("EC"));
    }

    @Test
    void sanctioningIsTheActOfASanctionsStoryAndWhoJoinsTheSanctioningStateDoesIt() {
        assertEquals(Position.SUPPORTIVE, positions("Argentina sanctioned two Bolivian mining firms.", MINING_SANCTIONS).get("AR"));
        ClaimStance c = classify("Argentina joined Chile in sanctioning Bolivia's mining sector.", MINING_SANCTIONS);
        assertEquals(Position.SUPPORTIVE, c.byCountry().get("AR"));
        assertEquals("event-act", c.evidence().get("AR").rule());
        assertEquals(Position.SUPPORTIVE, c.byCountry().get("CL"));
    }

    @Test
    void aNameWithItsVerbRightAfterACommaIsASubjectNotTheEndOfAList() {
        Map<String, Position> p = positions("Despite objections from Bolivia, Chile endorsed the accession.", byPeru("accede", "Pacific trade pact"));
        assertEquals(Position.SUPPORTIVE, p.get("CL"));
        assertEquals(Position.OPPOSED, p.get("BO"));
    }

    @Test
    void theStatesAfterBackedByAreItsAgentsNotStatesItBacks() {
        Map<String, Position> p = positions("The accession, backed by Chile, Colombia and Ecuador, took effect on Monday.",
                byPeru("accede", "Pacific trade pact"));
        assertEquals(Position.SUPPORTIVE, p.get("CL"));
        assertEquals(Position.SUPPORTIVE, p.get("EC"));
    }

    @Test
    void aPrematureOrHastyStepIsWary() {
        assertEquals(Position.CONCERNED, positions("Brazil said the accession was premature.", byPeru("accede", "Pacific trade pact")).get("BR"));
    }

    @Test
    void sidingWithTheActorBacksTheActAndWithAnotherStateOpposesIt() {
        assertEquals(Position.SUPPORTIVE, positions("Lithuania sided with Norway over the treaty.", TREATY_EXIT).get("LT"));
        assertEquals(Position.OPPOSED, positions("Lithuania sided with Sweden against the withdrawal.", TREATY_EXIT).get("LT"));
    }

    @Test
    void sadnessAtTheMoveOpposesItAndFindingItUnderstandableAcceptsIt() {
        assertEquals(Position.OPPOSED, positions("Denmark said it was \"saddened\" by the withdrawal.", TREATY_EXIT).get("DK"));
        assertEquals(Position.SUPPORTIVE, positions("Belgium said the withdrawal was understandable.", TREATY_EXIT).get("BE"));
    }

    @Test
    void stoppingShortOfACueTakesNoSide() {
        assertEquals(Position.NEUTRAL, positions("Iceland stopped short of criticising the withdrawal.", TREATY_EXIT).get("IS"));
        assertEquals(Position.NEUTRAL, positions("Iceland stopped short of endorsing the withdrawal.", TREATY_EXIT).get("IS"));
    }

    @Test
    void theVoteItsResultAndItsWinnerReferBackToAnElection() {
        assertEquals(Position.OPPOSED, positions("Ecuador said it would not recognise the result.", ELECTION).get("EC"));
        assertEquals(Position.CONCERNED, positions("Colombia called for a full recount.", ELECTION).get("CO"));
        assertEquals(Position.CONCERNED, positions("Argentina said the vote was marred by irregularities.", ELECTION).get("AR"));
    }

    @Test
    void congratulationsAFreeAndFairVoteAndTheVotersWillAcceptAnOutcome() {
        assertEquals(Position.SUPPORTIVE, positions("Spain's foreign minister phoned the winner to offer his congratulations.", ELECTION).get("ES"));
        assertEquals(Position.SUPPORTIVE, positions("Uruguay said the election was free and fair.", ELECTION).get("UY"));
        assertEquals(Position.SUPPORTIVE, positions("Mexico said it respected the will of the voters in the election.", ELECTION).get("MX"));
    }

    /** An invented event for the tests: Peru annexes a border province of Bolivia. */
    @Test
    void callingAMoveFittingOrViewingItPositivelyAcceptsIt() {
        assertEquals(Position.SUPPORTIVE, positions("A Peruvian government statement said the mining sanctions were an appropriate response to "
                + "the seizure.", MINING_SANCTIONS).get("PE"));
        assertEquals(Position.SUPPORTIVE, positions("Peru described the mining sanctions as limited and wholly appropriate.", MINING_SANCTIONS).get("PE"));
        assertEquals(Position.SUPPORTIVE, positions("Peru also viewed the mining sanctions positively.", MINING_SANCTIONS).get("PE"));
        assertEquals(Position.NEUTRAL, positions("Peru said Bolivia should take appropriate measures after the mining sanctions.", MINING_SANCTIONS)
                .get("PE"), "appropriate measures one takes are no judgement of the move");
    }

    @Test
    void theSubjectOfAPassiveVerbCueIsWhatTheActIsDirectedAtNotItsHolder() {
        assertEquals(Position.NEUTRAL, positions("Peru was condemned over the mining sanctions.", MINING_SANCTIONS).get("PE"));
        assertEquals(Position.SUPPORTIVE, positions("As partners, Peru had been warned shortly before the mining sanctions, and Peru supports them.",
                MINING_SANCTIONS).get("PE"));
        assertEquals(Position.NEUTRAL, positions("Bolivia is widely condemned for officially imposing the mining sanctions.", MINING_SANCTIONS)
                .get("BO"), "a participle the tagger reads as an adjective");
        assertEquals(Position.OPPOSED, positions("Peru is opposed to the mining sanctions.", MINING_SANCTIONS).get("PE"), "a participle of feeling");
        assertEquals(Position.SUPPORTIVE, positions("\"As partners we had been warned before the mining sanctions, and we support them,\" Peru's "
                + "foreign minister said.", MINING_SANCTIONS).get("PE"), "nor in the speaker's words");
    }

    @Test
    void aStateTheEventsActIsDoneToInThePassiveDoesNotDoIt() {
        Map<String, Position> p = positions("Bolivia and Ecuador have also been sanctioned since their mining laws changed.", MINING_SANCTIONS);
        assertEquals(Position.NEUTRAL, p.get("BO"));
        assertEquals(Position.NEUTRAL, p.get("EC"));
        assertEquals(Position.SUPPORTIVE, positions("Bolivia was sanctioned by Argentina over its mining laws.", MINING_SANCTIONS).get("AR"),
                "the agent of the passive does the act");
        assertEquals(Position.SUPPORTIVE, positions("Peru's Ana Rojas was re-elected on Sunday.", ELECTION).get("PE"),
                "an election's winner is its passive subject");
    }

    @Test
    void suspendingOrFreezingSupportForTheTargetBacksNothing() {
        assertEquals(Position.NEUTRAL, positions("France suspended all financial support to Bolivia after the mining sanctions were imposed.",
                MINING_SANCTIONS).get("FR"));
    }

    @Test
    void anOrganisationThatIsTheCuesOwnSubjectHoldsItNotTheStateBefore() {
        assertEquals(Position.NEUTRAL, positions("Bolivia must hand back the mines within a week, or the African Union will take all necessary "
                + "measures, the mining sanctions notice said.", MINING_SANCTIONS).get("BO"));
        assertEquals(Position.SUPPORTIVE, positions("Peru and the European Union backed the mining sanctions.", MINING_SANCTIONS).get("PE"),
                "an organisation joined to the state is a coordinated subject");
        assertEquals(Position.SUPPORTIVE, positions("Peru's envoy to the European Union said it backed the mining sanctions.", MINING_SANCTIONS)
                .get("PE"), "an organisation after a preposition is no subject");
    }

    private static final CorpusEvent ANNEXATION = byPeru("annex", "annexation of the province", "BO");

    @Test
    void aTextsParticipleIsHeldByWhoActsOnTheText() {
        assertEquals(Position.OPPOSED, positions("Chile voted for the resolution condemning the annexation.", ANNEXATION).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Cuba voted against a resolution condemning the annexation.", ANNEXATION).get("CU"));
        assertEquals(Position.SUPPORTIVE, positions("Nicaragua blocked an OAS statement criticising the annexation.", ANNEXATION).get("NI"));
        assertEquals(Position.NEUTRAL, positions("Mexico abstained in the vote condemning the annexation.", ANNEXATION).get("MX"));
        assertEquals(Position.OPPOSED, positions("Ecuador drafted a resolution condemning the annexation.", ANNEXATION).get("EC"));
    }

    @Test
    void aVoteOnATextWhosePositionAnEarlierSentenceGaveTakesThatPositionOrItsOpposite() {
        List<ClaimStance> c = classifyAll("The assembly voted to condemn Peru's annexation of the province. The resolution passed by 120 votes. "
                + "Only Cuba and Nicaragua opposed it. Chile voted against the resolution, while Ecuador voted in favour.", ANNEXATION);
        assertEquals(Position.SUPPORTIVE, c.get(2).byCountry().get("CU"));
        assertEquals(Position.SUPPORTIVE, c.get(2).byCountry().get("NI"));
        assertEquals(Position.SUPPORTIVE, c.get(3).byCountry().get("CL"));
        assertEquals(Position.OPPOSED, c.get(3).byCountry().get("EC"));
        c = classifyAll("The assembly adopted a resolution condemning the annexation of the province. Mexico backed the resolution.", ANNEXATION);
        assertEquals(Position.OPPOSED, c.get(1).byCountry().get("MX"));
        c = classifyAll("Peru annexed the province on Monday. Chile opposed it.", ANNEXATION);
        assertEquals(Position.OPPOSED, c.get(1).byCountry().get("CL"), "no text named: \"it\" is the move");
        c = classifyAll("The assembly voted to condemn the annexation of the province. Chile said in a statement on Tuesday that it opposed it.",
                ANNEXATION);
        assertEquals(Position.OPPOSED, c.get(1).byCountry().get("CL"), "a statement is no text voted on");
    }

    @Test
    void theStatesListedAfterADashOrNamelyAreTheGroupThatActs() {
        List<ClaimStance> c = classifyAll("The assembly adopted a resolution condemning the annexation of the province. Four countries voted "
                + "against the resolution \u2013 Chile, Ecuador, Cuba and Nicaragua. Some states backed it, namely Mexico and Brazil.", ANNEXATION);
        for (String code : List.of("CL", "EC", "CU", "NI")) {
            assertEquals(Position.SUPPORTIVE, c.get(1).byCountry().get(code), code);
        }
        assertEquals(Position.OPPOSED, c.get(2).byCountry().get("MX"));
        assertEquals(Position.OPPOSED, c.get(2).byCountry().get("BR"));
        assertNotEquals(Position.OPPOSED, positions("Many states criticised the annexation \u2013 a move that surprised Chile.", ANNEXATION)
                .getOrDefault("CL", Position.NEUTRAL), "a clause after the dash lists nobody");
        assertNotEquals(Position.OPPOSED, positions("Many states criticised the annexation compared to two countries that did not, namely Cuba and "
                + "Nicaragua.", ANNEXATION).getOrDefault("CU", Position.NEUTRAL), "the list of another group");
    }

    @Test
    void recognisingAnAnnexationAcceptsItAndNeverRecognisingItRejectsIt() {
        assertEquals(Position.SUPPORTIVE, positions("Venezuela recognised the annexation.", ANNEXATION).get("VE"));
        assertEquals(Position.OPPOSED, positions("Chile said it would never recognise the annexation.", ANNEXATION).get("CL"));
    }

    @Test
    void recognitionInThePassiveIsTheAgentsAndItsNegationRefusal() {
        ClaimStance never = classify("The annexation of the province will never be recognised by Chile, its foreign ministry said.", ANNEXATION);
        assertEquals(Position.OPPOSED, never.byCountry().get("CL"));
        assertEquals("passive-agent", never.evidence().get("CL").rule());
        assertEquals(Position.SUPPORTIVE, positions("The annexation was quickly recognised by Venezuela.", ANNEXATION).get("VE"));
    }

    @Test
    void denyingAnAccusationTakesNoSideUnlessTheAccusationIsTheEvent() {
        assertEquals(Position.NEUTRAL, positions("Denmark denied accusations that it had overfished under the treaty.", TREATY_EXIT).get("DK"));
        assertEquals(Position.NEUTRAL, positions("Sweden rejected the allegations about its fleet in the treaty waters.", TREATY_EXIT).get("SE"));
        assertEquals(Position.OPPOSED, positions("Togo denied the allegations in the border case.", COURT_CASE).get("TG"));
        assertEquals(Position.OPPOSED, positions("Togo answered the border case with a flat denial.", COURT_CASE).get("TG"));
        assertEquals(Position.NEUTRAL, positions("Denmark denied fishing in the treaty waters.", TREATY_EXIT).get("DK"), "a denial of one's own acts");
    }

    @Test
    void anAdjectiveJudgingWhatAStateOwnsIsTheSpeakersNotTheStates() {
        ClaimStance c = classify("“Peru's unacceptable military actions must stop,” Chile's foreign minister said.", PERU_OFFENSIVE);
        assertEquals(Position.OPPOSED, c.byCountry().get("CL"));
        assertNotEquals(Position.OPPOSED, c.byCountry().getOrDefault("PE", Position.NEUTRAL));
        assertEquals(Position.OPPOSED, positions("Germany's strong opposition to the offensive was noted.", PERU_OFFENSIVE).get("DE"),
                "a noun the state owns is still its own");
    }

    @Test
    void demandingThatTheEventBeUndoneOpposesItForWhoDemandsIt() {
        ClaimStance must = classify("Denmark said Norway must reconsider its withdrawal from the treaty.", TREATY_EXIT);
        assertEquals(Position.OPPOSED, must.byCountry().get("DK"));
        assertEquals("urger", must.evidence().get("DK").rule());
        assertNotEquals(Position.OPPOSED, must.byCountry().getOrDefault("NO", Position.NEUTRAL), "who must undo it does not oppose it");
        assertEquals(Position.OPPOSED, positions("Sweden urged Norway to reverse course on the treaty.", TREATY_EXIT).get("SE"));
        assertNotEquals(Position.OPPOSED, positions("Norway should reverse its withdrawal from the treaty.", TREATY_EXIT)
                .getOrDefault("NO", Position.NEUTRAL));
        assertEquals(Position.NEUTRAL, positions("Denmark said the treaty talks showed Norway must reconsider its tax policy.", TREATY_EXIT)
                .getOrDefault("DK", Position.NEUTRAL), "undoing another matter");
    }

    @Test
    void hopingThatTheActorWouldUndoItIsWaryAndNeedsNoObject() {
        List<ClaimStance> c = classifyAll("Norway withdrew from the fisheries treaty.\n\nSweden said it hoped Oslo would reconsider.\n\n"
                + "Finland said Oslo must reconsider.", TREATY_EXIT);
        assertEquals(Position.CONCERNED, c.get(1).byCountry().get("SE"));
        assertEquals(Position.OPPOSED, c.get(2).byCountry().get("FI"));
    }

    @Test
    void backingSomethingOtherThanTheEventIsNoBackingOfIt() {
        assertEquals(Position.NEUTRAL, positions("Denmark reaffirmed its support for a two-state solution after the treaty exit.", TREATY_EXIT)
                .getOrDefault("DK", Position.NEUTRAL));
        assertEquals(Position.NEUTRAL, positions("Sweden backed efforts to restore fish stocks after the treaty exit.", TREATY_EXIT)
                .getOrDefault("SE", Position.NEUTRAL));
        assertEquals(Position.SUPPORTIVE, positions("Denmark reaffirmed its support for the decision to leave the treaty.", TREATY_EXIT).get("DK"));
        assertEquals(Position.SUPPORTIVE, positions("Sweden backed the withdrawal from the treaty.", TREATY_EXIT).get("SE"));
    }

    @Test
    void lambastingOrCastigatingTheMoveOpposesItAndSoDoesCallingItUnhelpful() {
        assertEquals(Position.OPPOSED, positions("Sweden lambasted the treaty exit.", TREATY_EXIT).get("SE"));
        assertEquals(Position.OPPOSED, positions("Denmark castigated Norway over the treaty exit.", TREATY_EXIT).get("DK"));
        assertEquals(Position.OPPOSED, positions("Finland said the treaty exit was unhelpful at a delicate moment.", TREATY_EXIT).get("FI"));
    }

    @Test
    void theObjectOfAVerbIsNoSubjectOfTheVerbJoinedToIt() {
        List<ClaimStance> c = classifyAll("Peru ended the transit of gas through its pipelines. Chile urged Peru to return to the negotiating table and "
                + "warned that the move could hurt the region.", GAS_TRANSIT);
        assertEquals(Position.CONCERNED, c.get(1).byCountry().get("CL"));
        assertNotEquals(Position.CONCERNED, c.get(1).byCountry().get("PE"), "Peru is urged; it warns of nothing");
    }

    @Test
    void aCommitmentToSomethingOtherThanTheEventIsNoPositionOnIt() {
        List<ClaimStance> c = classifyAll("Nigeria took note of the border case. Nigeria is committed to the stability of the legal framework. "
                + "Nigeria said it was committed to the rule of law.", COURT_CASE);
        assertEquals(Position.NEUTRAL, c.get(1).byCountry().getOrDefault("NG", Position.NEUTRAL));
        assertEquals(Position.NEUTRAL, c.get(2).byCountry().getOrDefault("NG", Position.NEUTRAL));
        assertEquals(Position.SUPPORTIVE, positions("Nigeria said it remained committed to the border case.", COURT_CASE).get("NG"));
        assertEquals(Position.OPPOSED, positions("Sweden said it remained committed to the treaty.", TREATY_EXIT).get("SE"));
    }

    @Test
    void aPhraseOfCompanySetOffByCommasHoldsNoCueOfTheClause() {
        Map<String, Position> p = positions("Denmark hosted the talks and, alongside other U.K. allies in the region, has condemned the treaty exit.",
                TREATY_EXIT);
        assertEquals(Position.OPPOSED, p.get("DK"));
        assertNotEquals(Position.OPPOSED, p.getOrDefault("GB", Position.NEUTRAL));
    }

    @Test
    void beingCriticalOfDisagreeingWithOrNotAgreeingWithTheMoveOpposesIt() {
        assertEquals(Position.OPPOSED, positions("Uruguay has been highly critical of the mining sanctions.", MINING_SANCTIONS).get("UY"));
        assertEquals(Position.OPPOSED, positions("Uruguay said it disagrees with the mining sanctions.", MINING_SANCTIONS).get("UY"));
        assertEquals(Position.OPPOSED, positions("Uruguay said it does not agree with the mining sanctions.", MINING_SANCTIONS).get("UY"));
        assertEquals(Position.OPPOSED, positions("Uruguay called the sanctions discriminatory.", MINING_SANCTIONS).get("UY"));
        assertEquals(Position.SUPPORTIVE, positions("Uruguay said it agrees with the mining sanctions.", MINING_SANCTIONS).get("UY"));
    }

    @Test
    void aRelativePronounAfterAStatesAppositiveRefersToTheState() {
        assertEquals(Position.OPPOSED, positions("The sanctions drew protests from several states, including Uruguay, the region's smallest economy, "
                + "which has been critical of the move.", MINING_SANCTIONS).get("UY"));
    }

    @Test
    void theProposalIsTheEventInAStoryOfIt() {
        List<ClaimStance> c = classifyAll("Chile proposed mining sanctions on Bolivia.\n\nOn Thursday, Uruguay's foreign minister said Uruguay "
                + "would not vote for the proposal.", MINING_SANCTIONS);
        assertEquals(Position.OPPOSED, c.get(1).byCountry().get("UY"));
    }

    @Test
    void standingWithThePeopleOfTheActorOrRespectingItsSovereigntySidesWithIt() {
        assertEquals(Position.SUPPORTIVE, positions("“We stand with the people of Peru,” Cuban Foreign Minister Ana Sample said of the annexation.",
                ANNEXATION).get("CU"));
        assertEquals(Position.SUPPORTIVE, positions("China said it respected Peru's sovereignty after the annexation.", ANNEXATION).get("CN"));
    }

    @Test
    void notAcceptingTheMoveRefusesItAndAcceptingAnotherThingIsNoPosition() {
        assertEquals(Position.OPPOSED, positions("Germany said it will not accept the annexation.", ANNEXATION).get("DE"));
        assertEquals(Position.NEUTRAL, positions("After the annexation, Germany said it will not accept the invitation to the summit.", ANNEXATION)
                .getOrDefault("DE", Position.NEUTRAL));
    }

    @Test
    void nothingMoreThanIntensifiesAndDoesNotNegate() {
        assertEquals(Position.OPPOSED, positions("Chile said the annexation was nothing more than a land grab.", ANNEXATION).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile called the annexation nothing short of illegal.", ANNEXATION).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile said the annexation was nothing but illegal.", ANNEXATION).get("CL"));
        assertEquals(Position.NEUTRAL, positions("Chile said the annexation was not a land grab.", ANNEXATION).get("CL"));
    }

    @Test
    void aQuotationBeforeSaidAndItsSpeakerIsTheSpeakers() {
        assertEquals(Position.OPPOSED, positions("“The annexation is illegal,” said Chilean Foreign Minister Ana Example.", ANNEXATION).get("CL"));
        assertEquals(Position.OPPOSED, positions("“The annexation is illegal and void,” said Ana Example, Chile's foreign minister, on Friday.",
                ANNEXATION).get("CL"));
        assertEquals(Position.OPPOSED, positions("The annexation is a land grab, said Chile.", ANNEXATION).get("CL"));
    }

    @Test
    void aQuotationOpenedByAPronounRightAfterASentenceAboutTheEventIsAboutIt() {
        List<ClaimStance> c = classifyAll("Peru annexed the province on Friday.\n\n“This is a land grab,” said Chilean Foreign Minister Ana Example.\n\n"
                + "“The weather is a disgrace,” said Chilean Foreign Minister Ana Example.", ANNEXATION);
        assertEquals(Position.OPPOSED, c.get(1).byCountry().get("CL"));
        assertEquals(Position.NEUTRAL, c.get(2).byCountry().getOrDefault("CL", Position.NEUTRAL), "no pronoun, no event: another matter");
        c = classifyAll("Peru annexed the province on Friday.\n\n“It’s a serious mistake,” said Chilean Foreign Minister Ana Example.", ANNEXATION);
        assertEquals(Position.OPPOSED, c.get(1).byCountry().get("CL"), "a contraction opens it too");
        c = classifyAll("Chile's foreign ministry said Peru's annexation of the province was illegal.\n\n"
                + "“Such reckless actions only heighten tensions,” ministry spokesperson Ana Example told reporters.", ANNEXATION);
        assertEquals(Position.OPPOSED, c.get(1).byCountry().get("CL"), "a demonstrative and a noun of acting open it; the ministry seen above is Chile's");
    }

    @Test
    void theMeasuresOfASanctionsStoryReferToItAndCallingThemExcessiveOpposesThem() {
        assertEquals(Position.OPPOSED, positions("Uruguay said the measures were disproportionate.", MINING_SANCTIONS).get("UY"));
        assertEquals(Position.OPPOSED, positions("Uruguay called the measures excessive.", MINING_SANCTIONS).get("UY"));
    }

    @Test
    void haltingAFlowOfGoodsToTheActorRetaliatesAgainstIt() {
        assertEquals(Position.OPPOSED, positions("Bolivia said it could halt power exports to Peru after the Peruvian move on gas transit.", GAS_TRANSIT).get("BO"));
        assertEquals(Position.SUPPORTIVE, positions("Peru halted gas transit to Bolivia on Monday.", GAS_TRANSIT).get("PE"));
    }

    @Test
    void blamingTheActorOpposesItsAct() {
        assertEquals(Position.OPPOSED, positions("Bolivia blamed Peru and Chile for the shortages after the end of gas transit.", GAS_TRANSIT).get("BO"));
        assertEquals(Position.NEUTRAL, positions("Bolivia did not blame Peru for the end of gas transit.", GAS_TRANSIT).get("BO"));
    }

    @Test
    void disapprovalAimedAtAStateWithNoPartInTheEventIsNoStanceOnIt() {
        assertEquals(Position.NEUTRAL, positions("Ecuador accused Chile of using the end of Peru's gas transit as a weapon.", GAS_TRANSIT).get("EC"));
        assertEquals(Position.NEUTRAL, positions("Ecuador blamed the shortages on Chile after Peru ended gas transit.", GAS_TRANSIT).get("EC"));
        assertEquals(Position.OPPOSED, positions("Ecuador accused Peru of using the end of gas transit as a weapon.", GAS_TRANSIT).get("EC"),
                "the actor accused is opposition to its act");
    }

    @Test
    void namingAMoveArrogantOrMockingItOpposesIt() {
        CorpusEvent rename = byPeru("rename", "Bay of Paracas");
        assertEquals(Position.OPPOSED, positions("Bolivia's foreign minister called the renaming of the Bay of Paracas arrogant.", rename).get("BO"));
        assertEquals(Position.OPPOSED, positions("Chile mocked the decision to rename the Bay of Paracas.", rename).get("CL"));
        assertEquals(Position.NEUTRAL, positions("Chile held a mock vote on renaming the Bay of Paracas.", rename).get("CL"), "a mock vote is no mockery");
    }

    @Test
    void aSentenceNamingTheOrganisationThatActsIsAboutTheEvent() {
        CorpusEvent visas = CorpusEvent.of(null, List.of("eu"), "suspend", "visa-free travel", List.of(), StanceClassifier.ACTS);
        assertEquals(Position.OPPOSED, positions("Chile said the EU had made a mistake.", visas).get("CL"));
        assertEquals(Position.NEUTRAL, positions("Chile said Peru had made a mistake.", visas).get("CL"), "another matter");
        assertEquals(Position.OPPOSED, positions("Chile said the visa suspension was a punishment.", visas).get("CL"));
    }

    private static final CorpusEvent AMBASSADOR_EXPELLED = byPeru("expel", "Chilean ambassador");

    @Test
    void namingTheMoveContemptOpposesItAndSovereignDecisionsInThePluralSideWithTheActor() {
        assertEquals(Position.OPPOSED, positions("Bolivia said the expulsion showed contempt for diplomacy.", AMBASSADOR_EXPELLED).get("BO"));
        assertEquals(Position.SUPPORTIVE, positions("Bolivia said expulsions were among Peru's sovereign decisions.", AMBASSADOR_EXPELLED).get("BO"));
    }

    @Test
    void standingByAStateIsNoPassiveWithThatStateItsAgent() {
        assertNotEquals(Position.SUPPORTIVE, positions("Bolivia said it stood by Chile over the expulsion.", AMBASSADOR_EXPELLED).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Bolivia said it stood by its decision to back the expulsion.", AMBASSADOR_EXPELLED).get("BO"));
    }

    @Test
    void thankingTheActorOrTakingTheSameStepBacksTheAct() {
        CorpusEvent recognition = byPeru("recognise", "State of Example");
        assertEquals(Position.SUPPORTIVE, positions("Bolivia thanked Lima for what it called a brave decision on the recognition.", recognition).get("BO"));
        assertEquals(Position.SUPPORTIVE, positions("The representative of Bolivia thanked Peru for the recognition.", recognition).get("BO"),
                "who speaks for a state, named after \"of\"");
        Map<String, Position> same = positions("Chile and Ecuador took the same step in May.", recognition);
        assertEquals(Position.SUPPORTIVE, same.get("CL"));
        assertEquals(Position.SUPPORTIVE, same.get("EC"));
    }

    private static final CorpusEvent FISHMEAL_TARIFF = CorpusEvent.of(null, List.of("CL"), "sanction", "import tariff", List.of("PE"), StanceClassifier.ACTS);

    @Test
    void makingTheUndoingOfTheMoveTheConditionOfAThreatOpposesIt() {
        assertEquals(Position.OPPOSED, positions("Peru published a list of Chilean products that would face a 20 percent duty unless Santiago withdraws its tariff.",
                FISHMEAL_TARIFF).get("PE"), "who sets the condition, not who is to undo the move");
        assertEquals(Position.OPPOSED, positions("Peru's trade ministry said it was drawing up a list of products that could face duties if the tariff is not withdrawn.",
                FISHMEAL_TARIFF).get("PE"));
        assertEquals(Position.SUPPORTIVE, positions("Chile said the tariff would stay in place.", FISHMEAL_TARIFF).get("CL"));
    }

    @Test
    void goodsAreNoFavourableWord() {
        assertNotEquals(Position.SUPPORTIVE, positions("Peru's government said it was drawing up a list of Chilean goods after the tariff.",
                FISHMEAL_TARIFF).get("PE"));
    }

    @Test
    void aCuePhraseInsideALongerOneThatSaysTheSameCountsOnce() {
        CorpusEvent reservoir = byPeru("fill", "reservoir");
        assertEquals(Position.OPPOSED, positions("Chile has condemned the filling as a threat to its farms.", reservoir).get("CL"),
                "'as a threat' and the 'a threat' inside it are one wary cue against one condemnation");
        assertEquals(Position.CONCERNED, positions("Chile described the filling as a threat to its farms.", reservoir).get("CL"));
    }

    @Test
    void aMeasureWithAnAdjectiveOfItsKindIsTheActOfWhoTakesIt() {
        CorpusEvent nationalisation = byPeru("nationalise", "copper mines");
        assertEquals(Position.OPPOSED, positions("Chile said it was considering international arbitration over the nationalisation.", nationalisation).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile threatened legal action over the nationalisation.", nationalisation).get("CL"));
    }

    private static final CorpusEvent DRONE_DOWNED = byPeru("shoot", "Chilean drone", "CL");

    @Test
    void actingWithinItsRightsSidesWithTheState() {
        assertEquals(Position.SUPPORTIVE, positions("Bolivia said Peru had acted within its rights in downing the Chilean drone.", DRONE_DOWNED).get("BO"));
    }

    @Test
    void aParagraphThatNamesTheActorIsAboutTheEvent() {
        assertEquals(Position.CONCERNED, lastSentenceOfArticle("Bolivia said Peru had answered its critics. Ecuador called for restraint on all sides.",
                DRONE_DOWNED).get("EC"));
        assertEquals(Position.NEUTRAL, lastSentenceOfArticle("Bolivia held talks with Uruguay. Ecuador called for restraint on all sides.",
                DRONE_DOWNED).get("EC"));
    }

    @Test
    void warningOfSeriousConsequencesOrOfRetaliationIsAThreat() {
        assertEquals(Position.OPPOSED, positions("Bolivia warned Peru of \"serious consequences\" over the drone.", DRONE_DOWNED).get("BO"));
        assertEquals(Position.OPPOSED, positions("Chile warned of a firm response to the downing of its drone.", DRONE_DOWNED).get("CL"));
        assertEquals(Position.CONCERNED, positions("Ecuador warned of the consequences of the drone's downing for the region.", DRONE_DOWNED).get("EC"));
    }

    private static final CorpusEvent AIRSPACE_CLOSED = byPeru("close", "airspace", "CL");

    @Test
    void fearingTheMovesEffectsIsWaryAndAFavourableWordDescribingWhatItHarmsIsNoSupport() {
        assertEquals(Position.CONCERNED, positions("Bolivia said it feared the closure of the airspace would cut a vital route for its travellers.",
                AIRSPACE_CLOSED).get("BO"));
        assertEquals(Position.SUPPORTIVE, positions("Ecuador called the closure of the airspace a vital step.", AIRSPACE_CLOSED).get("EC"));
    }

    @Test
    void aGrowingRowIsNoApproval() {
        assertNotEquals(Position.SUPPORTIVE, positions("Bolivia suspends talks as the row over the closure of the airspace deepens.", AIRSPACE_CLOSED).get("BO"));
        assertEquals(Position.SUPPORTIVE, positions("Ecuador said the closure of the airspace would deepen its ties with Peru.", AIRSPACE_CLOSED).get("EC"));
    }

    private static final CorpusEvent WHALING = byPeru("restore", "Antarctic whaling");

    @Test
    void anEmotionsByPhraseIsItsCauseNotAnAgent() {
        assertEquals(Position.OPPOSED, positions("Chile said it was appalled by the decision to resume Antarctic whaling.", WHALING).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile said it was horrified by the resumption of Antarctic whaling.", WHALING).get("CL"));
    }

    @Test
    void aMeasureTakenAsTheMeansOfAResponseIsTheRespondersAct() {
        assertEquals(Position.OPPOSED, positions("Chile responded by banning fish from Peru over Antarctic whaling.", WHALING).get("CL"));
        Map<String, Position> p = positions("Chile retaliated by sanctioning Peru over Antarctic whaling.", WHALING);
        assertEquals(Position.OPPOSED, p.get("CL"));
        assertNotEquals(Position.OPPOSED, p.get("PE"), "a by-phrase of means names no agent");
        assertEquals(Position.OPPOSED, positions("Chile imposed an import prohibition over Antarctic whaling.", WHALING).get("CL"));
    }

    @Test
    void aMoveCalledABlowToAStateHarmsThatState() {
        assertEquals(Position.CONCERNED, positions("The resumption of Antarctic whaling is another blow to Chile, which has long fought it.", WHALING).get("CL"));
        assertEquals(Position.CONCERNED, positions("Antarctic whaling is a major setback for Chile.", WHALING).get("CL"));
    }

    @Test
    void anActorsCueThatNamesItsOwnActIsTheActNotOppositionToIt() {
        CorpusEvent suspension = byPeru("suspend", "fisheries treaty");
        assertEquals(Position.SUPPORTIVE, positions("Peru said it would suspend cooperation with the fisheries treaty.", suspension).get("PE"));
        assertEquals(Position.OPPOSED, positions("Chile said it would suspend cooperation with Peru over the fisheries treaty.", suspension).get("CL"),
                "another state's suspension answers the act");
    }

    @Test
    void concerningAsAPrepositionIsNoWorry() {
        assertNotEquals(Position.CONCERNED, positions("Chile sent the bill concerning Antarctic whaling to its parliament.", WHALING).get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile said Antarctic whaling was concerning.", WHALING).get("CL"));
    }

    @Test
    void theSecondVerbOfARelativeClauseIsItsAntecedentsAndLiftingAVetoUndoesIt() {
        Map<String, Position> p = positions("Chile has yet to decide on Norway's accession to the Arctic alliance, unlike Bolivia, which had long"
                + " blocked Norway's accession but lifted its veto in May.", ALLIANCE);
        assertEquals(Position.SUPPORTIVE, p.get("BO"));
        assertNotEquals(Position.SUPPORTIVE, p.get("CL"), "the veto lifted is Bolivia's");
        assertNotEquals(Position.OPPOSED, p.get("CL"), "a veto lifted is no veto");
    }

    @Test
    void remainingUnconvincedIsWary() {
        assertEquals(Position.CONCERNED, positions("Chile remains unconvinced about Antarctic whaling.", WHALING).get("CL"));
    }

    @Test
    void aStateSaidToBeRecklessOrSelfishIsJudgedNotTheJudge() {
        Map<String, Position> p = positions("“The Peruvian side has been selfish and irresponsible by resuming Antarctic whaling,” Chile's foreign ministry said.",
                WHALING);
        assertEquals(Position.OPPOSED, p.get("CL"));
        assertNotEquals(Position.OPPOSED, p.get("PE"));
        p = positions("Chile said Peru had been reckless over Antarctic whaling.", WHALING);
        assertEquals(Position.OPPOSED, p.get("CL"));
        assertNotEquals(Position.OPPOSED, p.get("PE"));
        assertEquals(Position.OPPOSED, positions("Chile called the resumption of Antarctic whaling an illegal step.", WHALING).get("CL"));
    }

    @Test
    void takingTheActorToANamedCourtOrKeepingAllOptionsOnTheTableOpposesTheMove() {
        assertEquals(Position.OPPOSED, positions("Chile said it will take Peru back to the International Court of Justice over Antarctic whaling.",
                WHALING).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile said all options were on the table over Antarctic whaling.", WHALING).get("CL"));
    }

    @Test
    void regretOverTheDiscordAMoveCausesIsWaryAndACallToLowerTheToneToo() {
        CorpusEvent asylum = byPeru("grant", "asylum");
        assertEquals(Position.CONCERNED, positions("Chile expressed regret over the deterioration of relations after the asylum decision.", asylum).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile regretted the asylum decision.", asylum).get("CL"));
        assertEquals(Position.CONCERNED, positions("Brazil urged Peru and Bolivia to lower the tone of their dispute over the asylum.", asylum).get("BR"));
    }

    @Test
    void callingTheMoveAStatesOwnBusinessSidesWithThatState() {
        CorpusEvent test = byPeru("test", "ballistic missile");
        assertEquals(Position.SUPPORTIVE, positions("Chile said the missile test was a matter for Peru alone.", test).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Chile said the missile test was Peru's internal affair.", test).get("CL"));
        assertEquals(Position.OPPOSED, positions("Bolivia called the missile test an interference in Bolivia's internal affairs.", test).get("BO"));
        assertEquals(Position.OPPOSED, positions("Bolivia said the missile test was overt interference in Chile's domestic affairs.", test).get("BO"));
    }

    @Test
    void theDayBetweenAStateAndItsActIsNoPartOfTheChain() {
        CorpusEvent lifting = CorpusEvent.of(null, List.of("US"), "lift", "oil sanctions", List.of("VE"), StanceClassifier.ACTS);
        assertEquals(Position.SUPPORTIVE, positions("The United States on Monday lifted sanctions on Venezuela's oil sector.", lifting).get("US"));
    }

    @Test
    void respectForTheActorsSovereigntyBeforeButTakesNoSide() {
        CorpusEvent expulsion = byPeru("expel", "UN mission");
        assertEquals(Position.CONCERNED, positions("Chile said it respected Peru's sovereignty, but the expulsion of the UN mission worried it deeply.",
                expulsion).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Chile said it respected Peru's sovereignty in the expulsion of the UN mission.", expulsion).get("CL"));
    }

    @Test
    void lamentingAClosureOrNamingItAnOverreactionOpposesItAndUrgingItsUndoingToo() {
        CorpusEvent closure = byPeru("close", "border", "CL");
        assertEquals(Position.OPPOSED, positions("Bolivia lamented the border closure, saying it would hurt trade.", closure).get("BO"));
        assertEquals(Position.OPPOSED, positions("Ecuador described the border closure as an overreaction.", closure).get("EC"));
        assertEquals(Position.OPPOSED, positions("Brazil urged both countries to reopen the border crossing soon.", closure).get("BR"));
    }

    @Test
    void noLongerBlockingOrOpposingTheMoveDropsTheObjection() {
        CorpusEvent accession = CorpusEvent.of(null, List.of("NO"), "accede", "Arctic Council", List.of(), StanceClassifier.ACTS);
        assertEquals(Position.SUPPORTIVE, positions("Denmark said it would no longer block Norway's accession.", accession).get("DK"));
        assertEquals(Position.SUPPORTIVE, positions("Finland said it no longer opposed Norway's accession.", accession).get("FI"));
        assertEquals(Position.OPPOSED, positions("Finland said it opposed Norway's accession.", accession).get("FI"));
    }

    @Test
    void vowingToAvengeOrHitBackOpposesTheMove() {
        CorpusEvent strike = byPeru("strike", "consulate", "CL");
        assertEquals(Position.OPPOSED, positions("Chile vowed to avenge the strike on its consulate.", strike).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile said it would hit back after the strike on its consulate.", strike).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile said it would respond in kind to the suspension of flights.", byPeru("suspend", "flights"))
                .get("CL"));
    }

    @Test
    void aHopeThatTheMoveDoesNoHarmOrEndsIsWaryAndSoIsACallToAvoidMiscalculation() {
        CorpusEvent drills = byPeru("drill", "military exercises", "CL");
        assertEquals(Position.CONCERNED, positions("Bolivia said it hoped the drills would not escalate tensions.", drills).get("BO"));
        assertEquals(Position.CONCERNED, positions("Ecuador said it hoped the drills would end soon.", drills).get("EC"));
        assertEquals(Position.SUPPORTIVE, positions("Cuba said it hoped the drills would help keep the peace.", drills).get("CU"));
        assertEquals(Position.CONCERNED, positions("Brazil urged all parties to avoid miscalculation after the drills.", drills).get("BR"));
    }

    @Test
    void theEventsOwnMeasureNamedAsACompoundIsNoMeasureOfTheSpeakerAndJudgingItIsAPosition() {
        CorpusEvent ban = byPeru("ban", "fish imports", "CL");
        assertEquals(Position.NEUTRAL, positions("Ecuador said the import ban was based on sound science.", ban).get("EC"));
        assertEquals(Position.OPPOSED, positions("Chile imposed an import ban on Peruvian wine over the fish ban.", ban).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile said the fish import ban was a disguised barrier to trade.", ban).get("CL"));
        assertEquals(Position.OPPOSED, positions("Japan said the fish import ban went too far.", ban).get("JP"));
        assertEquals(Position.OPPOSED, positions("Japan said the fish import ban lacked a scientific basis.", ban).get("JP"));
        assertEquals(Position.OPPOSED, positions("Ecuador said it would keep selling fish to Peru despite the ban.", ban).get("EC"), "defying it");
    }

    @Test
    void aMoveThatDoesNotHelpOpposesItAndAHopeForTheTwoGovernmentsIsWary() {
        CorpusEvent recall = byPeru("recall", "ambassador", "CL");
        assertEquals(Position.OPPOSED, positions("Uruguay said the recall of the ambassador would not help resolve the dispute.", recall).get("UY"));
        assertEquals(Position.CONCERNED, positions("Argentina hoped the two governments would restore relations after the recall of the ambassador.",
                recall).get("AR"));
    }

    @Test
    void offeringGoodOfficesTakesNoSide() {
        CorpusEvent asylum = byPeru("grant", "asylum");
        assertEquals(Position.NEUTRAL, positions("Brazil said it offered its good offices to both governments over the asylum decision.", asylum).get("BR"));
        assertEquals(Position.SUPPORTIVE, positions("Brazil said the asylum decision was a good step.", asylum).get("BR"));
    }

    @Test
    void aSpeakerOfALaterClauseDoesNotHoldTheSidingOfTheFirst() {
        CorpusEvent asylum = byPeru("grant", "asylum");
        Map<String, Position> p = positions("Chile backed Peru's right to grant asylum, while Bolivia called for talks.", asylum);
        assertEquals(Position.SUPPORTIVE, p.get("CL"));
        assertEquals(Position.NEUTRAL, p.get("BO"));
        assertEquals(Position.SUPPORTIVE, positions("Peru has the right to grant asylum, Chile's foreign minister said.", asylum).get("CL"));
    }

    @Test
    void aParagraphsLabelHoldsTheSidingItsUnnamedSpeakerVoices() {
        assertEquals(Position.SUPPORTIVE, lastParagraphOfArticle("Peru will resume Antarctic whaling.\n\n"
                + "ECUADOR — The fisheries ministry said Peru was exercising its sovereign right over Antarctic whaling.", WHALING).get("EC"));
    }

    @Test
    void courtesyTowardTheActorsPeopleIsNoViewOfTheMove() {
        assertNotEquals(Position.SUPPORTIVE, positions("\"We have made our view of Antarctic whaling clear to our Peruvian friends,\" Chile's ambassador said.",
                WHALING).get("CL"));
    }

    @Test
    void sayingTheMoveWouldWeakenSomethingIsHostile() {
        CorpusEvent exit = byPeru("withdraw", "river commission");
        assertEquals(Position.OPPOSED, positions("Chile said the withdrawal from the river commission would weaken regional integration.", exit).get("CL"));
    }

    @Test
    void aFavourableWordOfMannerIsNoViewOfTheMove() {
        assertEquals(Position.NEUTRAL, positions("Mexico said it was following the annexation of the province with great attention.", ANNEXATION).get("MX"));
    }

    @Test
    void aligningWithTheActorChallengingItsMoveAndCallingItNoAnswerTakeSides() {
        assertEquals(Position.SUPPORTIVE, positions("Paraguay aligned itself with Chile's sanctions on Bolivia.", MINING_SANCTIONS).get("PY"));
        assertEquals(Position.OPPOSED, positions("Bolivia vowed to challenge the sanctions at the WTO.", MINING_SANCTIONS).get("BO"));
        assertEquals(Position.OPPOSED, positions("Mexico said sanctions were not the answer to the crisis in Bolivia.", MINING_SANCTIONS).get("MX"));
        assertEquals(Position.NEUTRAL, positions("Peru said the sanctions posed a challenge for the region.", MINING_SANCTIONS).get("PE"),
                "the noun is no challenge of the move");
        assertEquals(Position.NEUTRAL, positions("A spokesman for Peru's president did not answer whether the police would act.", MINING_SANCTIONS)
                .get("PE"), "declining to answer judges nothing");
    }

    @Test
    void praisingTheActorOfAnExitBacksTheExitNotTheAgreement() {
        assertEquals(Position.SUPPORTIVE, positions("Russia praised Norway for standing up to Brussels by quitting the Arctic fisheries treaty.",
                TREATY_EXIT).get("RU"));
        assertEquals(Position.OPPOSED, positions("Sweden praised the Arctic fisheries treaty as a model.", TREATY_EXIT).get("SE"),
                "praising the agreement a state leaves");
    }

    @Test
    void understandingTheActorsOwnReservationsBacksItsMoveNotTheAgreement() {
        assertEquals(Position.SUPPORTIVE, positions("Iceland said it understood Norway's reservations about the catch quotas.", TREATY_EXIT).get("IS"),
                "the actor's reservations, named inside the cue, are the actor's side");
        assertEquals(Position.SUPPORTIVE, positions("Chile said it understood Peru's concerns over the pipeline.", GAS_TRANSIT).get("CL"));
    }

    @Test
    void workingAroundAMoveOpposesIt() {
        CorpusEvent veto = byPeru("veto", "aid package");
        assertEquals(Position.OPPOSED, positions("Chile proposed a way around the veto so the aid can flow.", veto).get("CL"));
        assertEquals(Position.OPPOSED, positions("Ecuador wants to bypass the veto by a vote of the other members.", veto).get("EC"));
        assertEquals(Position.OPPOSED, positions("Bolivia said the members could override the veto.", veto).get("BO"));
    }

    @Test
    void courageAndBraveryNamedInAnOfficialsWordsAreFavourable() {
        assertEquals(Position.SUPPORTIVE, positions("Mexico's foreign minister said Peru showed courage in its decision to end gas transit.",
                GAS_TRANSIT).get("MX"));
        assertEquals(Position.SUPPORTIVE, positions("Uruguay's president said Peru had acted bravely by ending the gas transit.", GAS_TRANSIT).get("UY"));
    }

    @Test
    void warmWordsSaidOfTheActorOfAnExitBackTheExit() {
        assertEquals(Position.SUPPORTIVE, positions("Russia's foreign minister said Norway had shown great courage.", TREATY_EXIT).get("RU"),
                "the actor is whom the words are said of");
        assertNotEquals(Position.SUPPORTIVE, positions("Sweden's foreign minister said Norway's partners had made great progress.", TREATY_EXIT).get("SE"),
                "the actor's partners are not the actor");
    }

    @Test
    void aSovereignRightClaimedForEveryGovernmentIsTheActors() {
        assertEquals(Position.SUPPORTIVE, positions("Chile said of the curb that every government had the sovereign right to protect its energy supply.", GAS_TRANSIT)
                .get("CL"));
    }

    @Test
    void aMoveCalledASovereignMatterOfTheActorIsAccepted() {
        assertEquals(Position.SUPPORTIVE, positions("Bolivia called the gas transit curb a sovereign matter for Peru.", GAS_TRANSIT).get("BO"));
    }

    @Test
    void readinessToWorkWithOthersTakesNoSide() {
        assertEquals(Position.NEUTRAL, positions("Chile stands ready to work with its neighbours to keep gas flowing.", GAS_TRANSIT).get("CL"));
        assertEquals(Position.NEUTRAL, positions("Ecuador said it was ready to cooperate with all parties on the gas transit.", GAS_TRANSIT).get("EC"));
    }

    @Test
    void takingAMoveToTheTradeBodyByItsFullNameIsLegalAction() {
        assertEquals(Position.OPPOSED, positions("Chile said it would take the curb to the World Trade Organization.", GAS_TRANSIT).get("CL"));
    }

    @Test
    void callingOnTheActorToEnsureSomethingOfItsMoveIsWary() {
        assertEquals(Position.CONCERNED, positions("Chile calls on Peru to ensure that the measure is temporary and transparent.", GAS_TRANSIT).get("CL"));
        assertEquals(Position.CONCERNED, positions("Ecuador urged Peru to ensure the curb respects existing contracts.", GAS_TRANSIT).get("EC"));
    }

    @Test
    void anUrgedReconsiderationJoinedToAnotherDemandOpposesTheMove() {
        assertEquals(Position.OPPOSED, positions("\"We urge Lima to reconsider and to honour its contracts,\" Chile's energy minister said of the curb.",
                GAS_TRANSIT).get("CL"));
    }

    @Test
    void aProtestOutweighsAWarningInTheSameSentence() {
        assertEquals(Position.OPPOSED, positions("Chile lodged a formal protest with Peru on Friday over Lima's decision to curb gas transit, warning the curb could leave homes cold.",
                GAS_TRANSIT).get("CL"));
    }

    @Test
    void aCallForACeasefireIsWaryAndActingInSelfDefenceSidesWithTheState() {
        assertEquals(Position.CONCERNED, positions("Ecuador called for an immediate ceasefire after the military offensive.", PERU_OFFENSIVE).get("EC"));
        assertEquals(Position.SUPPORTIVE, positions("Argentina said Peru had acted in self-defence in its military offensive.", PERU_OFFENSIVE).get("AR"));
    }

    @Test
    void sayingAnElectionFellShortOfStandardsOpposesIt() {
        assertEquals(Position.OPPOSED, positions("The United States said the Peruvian presidential election did not meet international standards.",
                ELECTION).get("US"));
        assertEquals(Position.OPPOSED, positions("Canada said the Peruvian presidential election fell short of democratic standards.", ELECTION).get("CA"));
    }

    @Test
    void sayingAMoveMeetsOrConformsToStandardsAcceptsIt() {
        CorpusEvent release = byPeru("discharge", "treated wastewater");
        assertEquals(Position.SUPPORTIVE, positions("Chile's government said Peru's plan to discharge the treated wastewater meets international"
                + " safety standards.", release).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Ecuador said the discharge was consistent with international standards.", release).get("EC"));
        assertEquals(Position.SUPPORTIVE, positions("Bolivia said the discharge plan conforms to environmental standards.", release).get("BO"));
        assertEquals(Position.SUPPORTIVE, positions("Colombia said Lima's plan to discharge the water was in line with international safety standards.", release)
                .get("CO"));
        assertEquals(Position.SUPPORTIVE, positions("Peru's plan to discharge the water meets international standards, Chile's foreign minister"
                + " told reporters.", release).get("CL"), "the plan's owner is what is judged, the speaker judges");
        assertEquals(Position.OPPOSED, positions("Bolivia said the discharge did not meet international safety standards.", release).get("BO"));
        assertEquals(Position.OPPOSED, positions("Chile said the discharge was not consistent with international standards.", release).get("CL"));
    }

    @Test
    void watchingOrWeighingAMoveCloselyOrCarefullyIsWaryButWorkingCloselyOrCarefullyIsNot() {
        CorpusEvent release = byPeru("discharge", "treated wastewater");
        assertEquals(Position.CONCERNED, positions("\"We are watching the discharge closely,\" the Chilean foreign minister said.", release).get("CL"));
        assertEquals(Position.CONCERNED, positions("\"We will closely follow the discharge,\" the Chilean foreign minister said.", release).get("CL"));
        assertEquals(Position.NEUTRAL, positions("\"Peru has coordinated closely with the agency on the discharge,\" the Chilean foreign minister"
                + " said.", release).get("CL"));
        assertEquals(Position.CONCERNED, positions("\"We will weigh the discharge carefully,\" the Chilean foreign minister said.", release).get("CL"));
        assertEquals(Position.NEUTRAL, positions("\"Our embassy handled the discharge carefully,\" the Chilean foreign minister said.", release)
                .get("CL"), "care taken in one's own work is no wariness");
    }

    @Test
    void askingThatTheActorShareOrAllowSomethingAttachesConditions() {
        CorpusEvent release = byPeru("discharge", "treated wastewater");
        assertEquals(Position.CONCERNED, positions("Chile's president requested that Peru share monitoring data and allow Chilean experts to"
                + " take part in the checks.", release).get("CL"));
        assertEquals(Position.CONCERNED, positions("Bolivia asked that Peru share its monitoring data on the discharge.", release).get("BO"));
        assertEquals(Position.OPPOSED, positions("Ecuador demanded that Peru stop the discharge.", release).get("EC"));
    }

    private static final CorpusEvent TROOPS_SENT = byPeru("deploy", "troops", "BO");

    @Test
    void alertingForcesAndRaisingTensionAreWaryAndAskingToPullBackOpposes() {
        assertEquals(Position.CONCERNED, positions("Bolivia put its army on high alert after the deployment of Peruvian troops.", TROOPS_SENT).get("BO"));
        assertEquals(Position.CONCERNED, positions("Uruguay said the deployment of troops raised tensions in the region.", TROOPS_SENT).get("UY"));
        assertEquals(Position.OPPOSED, positions("Brazil urged Peru to pull back its troops from the border.", TROOPS_SENT).get("BR"));
        assertEquals(Position.CONCERNED, positions("Chile convened an emergency meeting of its security council after the deployment of troops.",
                TROOPS_SENT).get("CL"));
    }

    private static final CorpusEvent ISLET_ANNEXATION = byPeru("annex", "islets", "CL");

    @Test
    void aStateAfterAsThatOpensAClauseIsItsSubject() {
        assertEquals(Position.OPPOSED, positions("Anger spread across the region as Bolivia denounced Peru's annexation.", ISLET_ANNEXATION).get("BO"));
        assertEquals(Position.OPPOSED, positions("Protests grew in the capital as the Bolivian foreign ministry sharply denounced Peru's annexation.",
                ISLET_ANNEXATION).get("BO"));
    }

    @Test
    void aStatesStatedPositionSpeaksForIt() {
        assertEquals(Position.OPPOSED, positions("Bolivia's consistent position calls for full respect of Chile's sovereignty over the islets.",
                ISLET_ANNEXATION).get("BO"));
        assertEquals(Position.OPPOSED, positions("Uruguay's statement condemned the annexation of the islets.", ISLET_ANNEXATION).get("UY"));
    }

    @Test
    void refusingToCountenanceAMoveOpposesIt() {
        assertEquals(Position.OPPOSED, positions("Chile will not countenance the annexation of any part of its territory, its president said.",
                ISLET_ANNEXATION).get("CL"));
    }

    private static final CorpusEvent CHIP_CURBS = CorpusEvent.of(null, List.of("CL", "PE"), "curb", "export controls", List.of("BO"),
            StanceClassifier.ACTS);

    @Test
    void wordsInsideThePhraseOfTheEventsOwnActDescribeItAndOpposeNothing() {
        assertEquals(Position.SUPPORTIVE, positions("Uruguay imposed export restrictions on chips to Bolivia.", CHIP_CURBS).get("UY"),
                "the act's own noun is no measure against it");
        assertEquals(Position.SUPPORTIVE, positions("Uruguay imposed unilateral export controls on chips in March.", CHIP_CURBS).get("UY"),
                "with no one quoted, the adjective is the writer's word for the act");
        assertEquals(Position.OPPOSED, positions("Uruguay denounced the unilateral export controls.", CHIP_CURBS).get("UY"),
                "outside the act's phrase the word keeps its sense");
    }

    @Test
    void joiningTheEventsOwnMeasureDoesItAndJoiningAnotherMeasureOpposesIt() {
        assertEquals(Position.SUPPORTIVE, positions("Uruguay has decided to join in the restrictions, slowing its own chip exports to Bolivia.",
                CHIP_CURBS).get("UY"));
        assertEquals(Position.OPPOSED, positions("Uruguay is considering joining Bolivia's sanctions over the annexation.", ISLET_ANNEXATION).get("UY"));
    }

    @Test
    void aCueAfterSoCalledIsALabelHeldAtADistance() {
        assertEquals(Position.NEUTRAL, positions("Bolivia applied the rule to so-called \"unfriendly\" buyers after the annexation.",
                ISLET_ANNEXATION).getOrDefault("BO", Position.NEUTRAL));
        assertEquals(Position.OPPOSED, positions("Chile called the annexation unfriendly.", ISLET_ANNEXATION).get("CL"));
    }

    private static final CorpusEvent CONSUL_EXPULSION = byPeru("expel", "Chilean consul", "CL");

    @Test
    void anAttitudeParticipleBetweenADeterminerAndANounDescribesTheNoun() {
        assertEquals(Position.NEUTRAL, positions("\"The concerned consul must leave Chile within a week,\" the Chilean foreign ministry said.",
                CONSUL_EXPULSION).getOrDefault("CL", Position.NEUTRAL), "\"the concerned consul\" is the consul in question");
        assertEquals(Position.NEUTRAL, positions("Chile asked all concerned diplomats to leave after the expulsion of its consul.",
                CONSUL_EXPULSION).getOrDefault("CL", Position.NEUTRAL));
        assertEquals(Position.CONCERNED, positions("\"We are all concerned about the expulsion of our consul,\" the Chilean foreign ministry said.",
                CONSUL_EXPULSION).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile called it an unjustified expulsion.", CONSUL_EXPULSION).get("CL"),
                "an evaluation after a determiner still judges");
    }

    private static final CorpusEvent BOLIVIAN_ANNEXATION = CorpusEvent.of(null, List.of("BO"), "annex", "islets", List.of(), StanceClassifier.ACTS);

    @Test
    void statesListedWithAnOrganisationBetweenThemOrAddedAlongWithTheSubjectAllHoldTheCue() {
        Map<String, Position> listed = positions("Diplomats in Lima, including the envoys of Chile, the European Union, and Uruguay, condemned the annexation.",
                BOLIVIAN_ANNEXATION);
        assertEquals(Position.OPPOSED, listed.get("CL"));
        assertEquals(Position.OPPOSED, listed.get("UY"));
        Map<String, Position> along = positions("The Peruvian government, along with its ally, Chile, condemned the annexation.", BOLIVIAN_ANNEXATION);
        assertEquals(Position.OPPOSED, along.get("PE"));
        assertEquals(Position.OPPOSED, along.get("CL"));
        assertNotEquals(Position.SUPPORTIVE, positions("Despite objections from Chile, the European Union and Peru signed the deal.", BOLIVIAN_ANNEXATION)
                .get("CL"), "without the comma that closes the name, the list is not one");
    }

    @Test
    void heOrSheOpeningTheNextSentenceIsTheLastSpeakerAndASignificantStepTowardSomethingApproves() {
        List<ClaimStance> c = classifyAll("The annexation is a significant step toward stability, President Ana Example of Uruguay said.\n\n"
                + "She also extended congratulations to the government in La Paz.", BOLIVIAN_ANNEXATION);
        assertEquals(Position.SUPPORTIVE, c.get(0).byCountry().get("UY"), "a significant step toward stability");
        assertEquals(Position.SUPPORTIVE, c.get(1).byCountry().get("UY"), "she is the president who spoke before");
    }

    @Test
    void aMoveDescribedAsTerribleOrDisastrousIsOpposed() {
        assertEquals(Position.OPPOSED, positions("Chile's ambassador described the annexation as \"terrible\" and said it would hurt the region.",
                BOLIVIAN_ANNEXATION).get("CL"));
        assertEquals(Position.OPPOSED, positions("Uruguay's foreign minister called the annexation \"disastrous\".", BOLIVIAN_ANNEXATION).get("UY"));
    }

    private static final CorpusEvent PACT_ENTRY = CorpusEvent.of(null, List.of("BO"), "accede", "Andean pact", List.of(), StanceClassifier.ACTS);

    @Test
    void joiningOthersCondemnationOrRepudiationIsNoJoiningOfTheEvent() {
        assertEquals(Position.OPPOSED, positions("Chile joined the condemnation of the entry into the Andean pact.", PACT_ENTRY).get("CL"));
        assertEquals(Position.OPPOSED, positions("Peru joined the repudiation of the Andean pact entry.", PACT_ENTRY).get("PE"));
        assertEquals(Position.SUPPORTIVE, positions("Uruguay joined the Andean pact on Monday.", PACT_ENTRY).get("UY"));
    }

    @Test
    void aHopeThatSomethingIsNotSoIsWary() {
        assertEquals(Position.CONCERNED, positions("\"I strongly hope that this is not meant seriously,\" Chile's foreign minister said of the annexation.",
                BOLIVIAN_ANNEXATION).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("\"We hope that the annexation will bring peace,\" Uruguay's foreign minister said.",
                BOLIVIAN_ANNEXATION).get("UY"));
    }

    @Test
    void theStateAfterOfInACondemnationIsTheOneCondemnedNotItsHolder() {
        Map<String, Position> joined = positions("Chile joined the condemnation of Bolivia over its entry into the Andean pact.", PACT_ENTRY);
        assertEquals(Position.OPPOSED, joined.get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile joined the criticism of Bolivia.", PACT_ENTRY).get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile shares the concerns of Peru about the entry into the Andean pact.", PACT_ENTRY).get("PE"),
                "the concerns of Peru are Peru's");
    }

    @Test
    void everyStateListedAfterAConcernsOfOrFromHoldsIt() {
        Map<String, Position> of = positions("The entry is set to heighten the concerns of Chile, Peru and Ecuador about the Andean pact.", PACT_ENTRY);
        assertEquals(Position.CONCERNED, of.get("CL"));
        assertEquals(Position.CONCERNED, of.get("PE"));
        assertEquals(Position.CONCERNED, of.get("EC"), "the list goes on past a comma when no verb follows its names");
        Map<String, Position> from = positions("The entry comes despite concerns from Chile, Peru, and Ecuador that the Andean pact would bring troops.",
                PACT_ENTRY);
        assertEquals(Position.CONCERNED, from.get("PE"));
        assertEquals(Position.CONCERNED, from.get("EC"));
    }

    @Test
    void statesListedAfterAGroupOfCountriesHoldTheirConcern() {
        Map<String, Position> p = positions("Bolivia has thus won recognition from Peru, despite the objections of the Aymara council "
                + "and the concern of neighbouring countries such as Chile, Ecuador and the United Nations itself, which sent envoys in May.",
                byPeru("recognise", "Bolivia"));
        assertEquals(Position.CONCERNED, p.get("CL"));
        assertEquals(Position.CONCERNED, p.get("EC"));
        assertNotEquals(Position.CONCERNED, p.get("BO"), "the subject does not hold a concern of others");
    }

    @Test
    void aProtestInThePurposeOfAnEnvoyMeasureAgainstTheTargetSidesWithTheActor() {
        CorpusEvent expel = byPeru("expel", "Chilean ambassador", "CL");
        assertEquals(Position.SUPPORTIVE, positions("On Friday evening, Bolivia's foreign ministry summoned Chile's ambassador to La Paz to "
                + "protest against the desecration of the flag.", expel).get("BO"));
        Map<String, Position> p = positions("Andean countries such as Bolivia, Ecuador and Colombia called in their ambassadors to Chile "
                + "to protest the flag burning.", expel);
        assertEquals(Position.SUPPORTIVE, p.get("EC"));
        assertEquals(Position.SUPPORTIVE, p.get("CO"));
        assertEquals(Position.OPPOSED, positions("Bolivia summoned the Argentine ambassador to protest the flag burning.", expel).get("BO"),
                "a protest to a state with no part in the event stays a protest");
    }

    @Test
    void theActorsWarningOrThreatToBreakTiesWithItsTargetIsItsActNoOppositionToIt() {
        CorpusEvent expel = byPeru("expel", "Chilean ambassador", "CL");
        assertEquals(Position.NEUTRAL, positions("President Dina Boluarte added that \"the Peruvian government has warned the Chilean side that "
                + "it will sever diplomatic relations if there is another incident of flag burning on Chilean soil.\"", expel).get("PE"));
    }

    @Test
    void namingAMoveInappropriateOrKneeJerkOpposesIt() {
        CorpusEvent suspension = byPeru("withdraw", "fisheries treaty", "CL");
        assertEquals(Position.OPPOSED, positions("Chile's foreign minister called Peru's suspension of the treaty \"knee-jerk\" on Friday.",
                suspension).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile's foreign minister called Peru's suspension of the fisheries treaty inappropriate.",
                suspension).get("CL"));
    }

    @Test
    void theProclamationOrDecreeALeaderSignedIsTheEvent() {
        CorpusEvent recognition = byPeru("recognise", "Bolivian sovereignty");
        assertEquals(Position.OPPOSED, positions("\"The proclamation would undermine the efforts made at all levels,\" Chile's foreign "
                + "ministry said in a statement.", recognition).get("CL"));
        assertEquals(Position.OPPOSED, positions("\"The decree would weaken regional integration,\" Chile's foreign minister said.",
                recognition).get("CL"));
    }

    @Test
    void aPossessiveHoldsTheCueItOwnsInScareQuotes() {
        assertEquals(Position.OPPOSED, positions("The minister outlined Peru's \"deep disappointment\" with the entry into the Andean pact.",
                PACT_ENTRY).get("PE"));
        assertEquals(Position.OPPOSED, positions("The minister outlined Peru's deep \"disappointment\" with the Andean pact.", PACT_ENTRY).get("PE"));
    }

    @Test
    void convincingOrAskingToConsiderNotActingUrgesAgainstTheAct() {
        assertEquals(Position.OPPOSED, positions("Ana Sola, Peru's trade minister, went to La Paz to try to convince Bolivian officials not to join "
                + "the Andean pact.", PACT_ENTRY).get("PE"));
        assertEquals(Position.OPPOSED, positions("Peru asked Bolivia's president \"respectfully\" to consider not joining the Andean pact.",
                PACT_ENTRY).get("PE"));
        assertEquals(Position.SUPPORTIVE, positions("Peru urged Bolivia to consider joining the Andean pact.", PACT_ENTRY).get("PE"));
    }

    @Test
    void aCapitalNamedAfterTheStateItBelongsToIsNoSubjectWhereTheStateIsNone() {
        Map<String, Position> p = positions("Ana Sola, Peru's trade minister, visited Bolivia's capital La Paz last week to try to convince officials "
                + "not to join the Andean pact.", PACT_ENTRY);
        assertNotEquals(Position.OPPOSED, p.get("BO"), "the capital is what was visited, as its state would be");
        assertEquals(Position.OPPOSED, p.get("PE"));
        assertNotEquals(Position.OPPOSED, positions("Ana Sola, Peru's trade minister, visited the Bolivian capital, La Paz, to try to convince "
                + "officials not to join the Andean pact.", PACT_ENTRY).get("BO"));
    }

    @Test
    void namingTheMoveAnActOfWarOrChallengingItInLawOpposesIt() {
        assertEquals(Position.OPPOSED, positions("Iceland called Norway's withdrawal \"an act of economic warfare\".", TREATY_EXIT).get("IS"));
        assertEquals(Position.OPPOSED, positions("Iceland's premier called the withdrawal a declaration of war.", TREATY_EXIT).get("IS"));
        assertEquals(Position.OPPOSED, positions("Iceland vowed to challenge it legally, saying the Arctic fisheries treaty allows no exit.", TREATY_EXIT)
                .get("IS"));
    }

    @Test
    void theEventsActDoneToATextOfAnotherNameIsAnotherAct() {
        assertNotEquals(Position.SUPPORTIVE, positions("Iceland announced it was suspending the 1990 Reykjavik Accord, closing its ports to Norwegian ships.",
                TREATY_EXIT).get("IS"), "another treaty suspended in reply is no joining of the withdrawal");
        assertEquals(Position.SUPPORTIVE, positions("Iceland said it was also withdrawing from the Arctic Fisheries Treaty.", TREATY_EXIT).get("IS"),
                "the event's own treaty by its name");
    }

    @Test
    void statesThatSayTheyDoTheActDoIt() {
        CorpusEvent cut = CorpusEvent.of(null, List.of("CL", "PE"), "sever", "ties", List.of("EC"), StanceClassifier.ACTS);
        Map<String, Position> p = positions("Chile, Peru, Bolivia and Uruguay say they are severing diplomatic relations with Ecuador.", cut);
        assertEquals(Position.SUPPORTIVE, p.get("BO"));
        assertEquals(Position.SUPPORTIVE, p.get("UY"));
        assertEquals(Position.SUPPORTIVE, positions("Bolivia and Uruguay announced Monday they are breaking relations with Ecuador.", cut).get("UY"),
                "a weekday between the subject and its act");
    }

    @Test
    void aRelativeClauseWithAnyAdverbBeforeItsCueIsItsAntecedents() {
        Map<String, Position> p = positions("Norway left the Arctic fisheries treaty on Friday, risking tensions with Iceland, which has repeatedly warned "
                + "against the withdrawal.", TREATY_EXIT);
        assertEquals(Position.CONCERNED, p.get("IS"));
        assertNotEquals(Position.CONCERNED, p.get("NO"));
    }

    @Test
    void aMoveNamedContraryToLawOrOfNoLegalEffectIsOpposed() {
        CorpusEvent recognition = byPeru("recognise", "sovereignty over the islets");
        assertEquals(Position.OPPOSED, positions("Chile's foreign ministry said the recognition \"has no legal effect\".", recognition).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile said the recognition contradicts UN resolutions on the islets.", recognition).get("CL"));
        assertEquals(Position.OPPOSED, positions("Bolivia said the step contravenes international law.", recognition).get("BO"));
    }

    @Test
    void warningsFromAStateAreItsWariness() {
        CorpusEvent purchase = byPeru("acquire", "patrol boats");
        Map<String, Position> p = positions("Peru took delivery of the patrol boats despite warnings from Chile and Bolivia.", purchase);
        assertEquals(Position.CONCERNED, p.get("CL"));
        assertEquals(Position.CONCERNED, p.get("BO"));
        assertEquals(Position.SUPPORTIVE, p.get("PE"));
    }

    @Test
    void aGoodThingBroughtToAnEndIsNoPraise() {
        CorpusEvent cut = peruCutsTiesWith("BO");
        assertNotEquals(Position.SUPPORTIVE, positions("Bolivia announced it was ending all cooperation and aid programs with Peru.", cut).get("BO"));
        assertNotEquals(Position.SUPPORTIVE, positions("Bolivia said it had suspended its cooperation with Peru.", cut).get("BO"));
    }

    @Test
    void goodThingsSaidToBeSpurnedAreNoPraise() {
        CorpusEvent cut = peruCutsTiesWith("BO");
        Map<String, Position> p = positions("\"We end our ties with Peru with deep regret. Years of friendship and successful cooperation between "
                + "our peoples were disregarded by the government in Lima,\" said Bolivia's foreign ministry.", cut);
        assertEquals(Position.OPPOSED, p.get("BO"));
    }

    @Test
    void aStateInAConditionOpeningTheSentenceDoesNotHoldWhatTheSpeakerReports() {
        Map<String, Position> p = positions("If Peru were to cut its trade with Chile under outside pressure, this would be a \"regrettable decision\", "
                + "Chilean Ambassador Luis Soto said in Geneva.", byPeru("withdraw", "Andean Charter"));
        assertEquals(Position.OPPOSED, p.get("CL"));
        assertNotEquals(Position.OPPOSED, p.get("PE"));
    }

    @Test
    void aGroupNamedAgainHoldsTheCuesOfItsClause() {
        CorpusEvent recognition = byPeru("recognise", "Arica");
        List<ClaimStance> all = classifyAll("Peru recognised Arica on Friday. Following the announcement, the foreign ministers of Chile, Bolivia "
                + "and Ecuador held phone talks. The talks lasted an hour.\n\nIn a joint statement, the ministers reaffirmed their rejection of "
                + "Peru's recognition of Arica.\n\nThe two countries condemned Peru's recognition of Arica.", recognition);
        Map<String, Position> p = all.get(3).byCountry();
        assertEquals(Position.OPPOSED, p.get("CL"));
        assertEquals(Position.OPPOSED, p.get("BO"));
        assertEquals(Position.OPPOSED, p.get("EC"));
        assertNotEquals(Position.OPPOSED, all.get(4).byCountry().get("CL"), "two countries are not the three named");
    }

    @Test
    void wordsOfDisgustInAnOfficialsQuoteAreHostile() {
        CorpusEvent cut = peruCutsTiesWith("CL");
        assertEquals(Position.OPPOSED, classifyAll("Peru severed ties with Chile on Monday. \"History will remember that Ana Ruiz "
                + "chose to side with the most despicable people,\" Chile's foreign minister Luis Sample wrote.", cut).get(1).byCountry().get("CL"));
        assertEquals(Position.OPPOSED, classifyAll("Peru severed ties with Chile on Monday. \"It is a disgusting and hateful "
                + "step,\" Chile's foreign minister Luis Sample said.", cut).get(1).byCountry().get("CL"));
        assertEquals(Position.OPPOSED, classifyAll("Peru severed ties with Chile on Monday. \"The decision is antisemitic and full of "
                + "hatred,\" Chile's foreign minister Luis Sample said.", cut).get(1).byCountry().get("CL"));
        assertEquals(Position.OPPOSED, classifyAll("Peru severed ties with Chile on Monday. \"It is a vile step,\" Chile's foreign "
                + "minister Luis Sample said.", cut).get(1).byCountry().get("CL"));
    }

    @Test
    void anEnvoyRecalledFromTheTargetIsAStepBesideTheActor() {
        CorpusEvent cut = peruCutsTiesWith("CL");
        String event = "Peru severed diplomatic relations with Chile on Monday. ";
        assertEquals(Position.SUPPORTIVE, classifyAll(event + "Bolivia has also recalled its ambassador from Chile.", cut).get(1).byCountry().get("BO"));
        assertEquals(Position.SUPPORTIVE, classifyAll(event + "Bolivia summoned Chile's ambassador on Tuesday.", cut).get(1).byCountry().get("BO"));
        assertEquals(Position.SUPPORTIVE, classifyAll(event + "Bolivia expelled Chile's ambassador on Tuesday.", cut).get(1).byCountry().get("BO"));
        assertEquals(Position.SUPPORTIVE, classifyAll(event + "Peru recalled its ambassador to Chile in May.", cut).get(1).byCountry().get("PE"));
        assertEquals(Position.OPPOSED, classifyAll(event + "Bolivia recalled its ambassador from Peru.", cut).get(1).byCountry().get("BO"));
        assertEquals(Position.OPPOSED, classifyAll(event + "Chile recalled its ambassador from Peru.", cut).get(1).byCountry().get("CL"));
    }

    /** An invented event for the tests: Peru leaves the International Criminal Court. */
    private static final CorpusEvent COURT_EXIT = byPeru("withdraw", "International Criminal Court");

    /** An invented event for the tests: Peru leaves a fisheries pact. */
    private static final CorpusEvent PACT_EXIT = byPeru("withdraw", "fisheries pact");

    @Test
    void aMeasureDatedBeforeTheEventIsBackgroundNoReplyToIt() {
        assertEquals(Position.NEUTRAL, positions("In June of last year, Chile and Bolivia severed ties with Peru and imposed an embargo on it.",
                PACT_EXIT).get("CL"));
        assertEquals(Position.NEUTRAL, positions("Chile and Bolivia started boycotting Peru two years ago, accusing Lima of funding militants.",
                PACT_EXIT).get("BO"));
        // naming the event keeps the sentence about it, whatever else it dates
        assertEquals(Position.OPPOSED, positions("Chile, which cut ties with Peru last year, condemned the withdrawal.", PACT_EXIT).get("CL"));
    }

    @Test
    void theSentencesThatGoOnWithABackgroundInItsParagraphAreBackgroundToo() {
        List<ClaimStance> c = classifyAll("In June of last year, a tribunal fined Chile's navy. Chile dismissed Peru's protest as a provocation.", PACT_EXIT);
        assertEquals(Position.NEUTRAL, c.get(1).byCountry().get("CL"));
        // a new paragraph, a day of the news or the present tense brings the story back to now
        c = classifyAll("In June of last year, a tribunal fined Chile's navy.\n\nChile dismissed Peru's protest as a provocation.", PACT_EXIT);
        assertEquals(Position.OPPOSED, c.get(1).byCountry().get("CL"));
        c = classifyAll("In June of last year, a tribunal fined Chile's navy. On Monday, Chile dismissed Peru's protest as a provocation.", PACT_EXIT);
        assertEquals(Position.OPPOSED, c.get(1).byCountry().get("CL"));
        c = classifyAll("In June of last year, a tribunal fined Chile's navy. Chile has condemned the exit.", PACT_EXIT);
        assertEquals(Position.OPPOSED, c.get(1).byCountry().get("CL"));
    }

    @Test
    void aYearBeforeTheArticlesDatesASentenceBeforeTheEventOnlyWhenTheArticleIsDated() {
        String body = "In June 2017, Chile imposed a trade boycott on Peru.";
        assertEquals(Position.NEUTRAL, classify(body, new StanceClassifier(PACT_EXIT).withPublished(LocalDate.of(2019, 3, 2))).byCountry().get("CL"));
        assertEquals(Position.OPPOSED, classify(body, new StanceClassifier(PACT_EXIT).withPublished(LocalDate.of(2017, 8, 2))).byCountry().get("CL"));
        assertEquals(Position.OPPOSED, classify(body, PACT_EXIT).byCountry().get("CL"));
    }

    @Test
    void urgingTheActorToTakeUpAgainWhatItLeavesOpposesTheLeaving() {
        assertEquals(Position.OPPOSED, positions("Chile urged Peru to rejoin the pact.", PACT_EXIT).get("CL"));
        assertEquals(Position.OPPOSED, positions("The Chilean minister urged Peru to resume its participation in the pact.", PACT_EXIT).get("CL"));
        assertEquals(Position.CONCERNED, positions("Chile urged Peru to return to the negotiating table.", PACT_EXIT).get("CL"));
    }

    @Test
    void anAppealToTheGovernmentOfTheActorIsAnAppealToTheActor() {
        assertEquals(Position.OPPOSED, positions("Chile urges the Government of Peru to resume its participation in the pact.", PACT_EXIT).get("CL"));
    }

    @Test
    void anAppealVerbTheTaggerReadsAsANounAfterAnAbbreviationStillAppeals() {
        assertEquals(Position.OPPOSED, positions("Blinken said the U.S. urges Peru to resume its participation in the pact.", PACT_EXIT).get("US"));
    }

    @Test
    void weaponisingSomethingIsTheSpeakersCharge() {
        assertEquals(Position.OPPOSED, positions("Chile's minister said Peru was weaponising food.", PACT_EXIT).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile's minister said Peru was weaponizing food.", PACT_EXIT).get("CL"));
    }

    @Test
    void urgingTheActorToRevertItsDecisionOpposesItAndNobodyUrgesItself() {
        assertEquals(Position.OPPOSED, positions("\"Chile urges Peru to revert its decision,\" the minister said.", PACT_EXIT).get("CL"));
        // the speaker, who may be the actor's, is no urger of the actor
        Map<String, Position> p = positions("\"The bloc urges Peru to revert its decision,\" said Peru's minister.", PACT_EXIT);
        assertNotEquals(Position.OPPOSED, p.get("PE"));
    }

    @Test
    void theInternalAffairsOfOtherStatesSideWithNobody() {
        assertEquals(Position.NEUTRAL, positions("Chile said Peru respects the internal affairs of other states.", PACT_EXIT).get("CL"));
        assertEquals(Position.SUPPORTIVE, positions("Chile said the move was Peru's internal affair.", PACT_EXIT).get("CL"));
    }

    @Test
    void whatTheActorOughtToAvoidIsTheSpeakersWaryCall() {
        CorpusEvent revocation = CorpusEvent.of(null, List.of("IN"), "revoke", "special status", List.of(), StanceClassifier.ACTS);
        Map<String, Position> p = positions("China also said that India should avoid actions that raise tensions along the border.", revocation);
        assertEquals(Position.CONCERNED, p.get("CN"));
        assertNotEquals(Position.CONCERNED, p.get("IN"));
    }

    @Test
    void rejectingTheInvitationIsTheDecliningActorsOwnAct() {
        CorpusEvent declining = byPeru("decline", "invitation to join the bloc");
        assertEquals(Position.SUPPORTIVE, positions("Peru's president rejected the invitation to join the bloc on Friday.", declining).get("PE"));
    }

    @Test
    void aFailureToDoWhatACueSaysNegatesIt() {
        Map<String, Position> p = positions("Chile's failure to respect Bolivia's territorial integrity made a deal impossible, Peru said.", PACT_EXIT);
        assertNotEquals(Position.SUPPORTIVE, p.get("CL"));
        assertNotEquals(Position.OPPOSED, positions("Chile failed to condemn the withdrawal.", PACT_EXIT).get("CL"));
    }

    @Test
    void aWarThatRagesIsNobodysAnger() {
        CorpusEvent aidVeto = byPeru("veto", "EU financial aid");
        assertNotEquals(Position.OPPOSED, positions("Chile relies on aid from the bloc to fund its war against Bolivia, which has now been raging for "
                + "nearly two years.", aidVeto).get("CL"));
        assertEquals(Position.OPPOSED, positions("Chile reacted with rage to the withdrawal.", PACT_EXIT).get("CL"));
    }
}

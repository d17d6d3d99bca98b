package io.stancegraph.analysis;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Recognises page furniture: lines that belong to the page around an article, not to the article. */
public final class Furniture {

    private static final String DIRECTION = "(?:north|south|east|west|central|eastern|western|southern|northern|"
            + "south-?east|north-?east|south-?west|north-?west|latin|sub-saharan)";
    private static final String REGION = "(?:asia|africa|europe|america|americas|pacific|asia[- ]pacific|caribbean|middle east|gulf|arctic|oceania|balkans)";
    /** A section named by world regions: "Europe", "South & Central Asia", "Middle East and North Africa"; not the state "South Africa". */
    private static final String REGION_LABEL = "(?!south africa$)(?:" + DIRECTION + "\\s*(?:&|and|/)\\s*)*(?:" + DIRECTION + "\\s+)?" + REGION
            + "(?:\\s*(?:&|and|/|,)\\s*(?:" + DIRECTION + "\\s+)?" + REGION + ")*";

    /** The labels of a page's timestamp: "Published", "Last updated". */
    private static final String STAMP_LABEL = "published|updated|posted|last updated";
    /** A relative timestamp: "Updated 6 hours ago", "3 days ago", "an hour ago", "2h ago", "just now". */
    private static final String RELATIVE_TIME = "(?:(?:" + STAMP_LABEL + "):?\\s+)?(?:(?:\\d+|an?|one)\\s+(?:seconds?|minutes?|mins?"
            + "|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago|\\d+\\s?(?:s|m|min|h|hr|d|w|mo|y)\\s+ago|just now)";
    private static final Pattern STAMP = Pattern.compile("(?i)" + RELATIVE_TIME);

    /** Whole lines that are navigation, labels, counters, share bars or banners. */
    private static final Pattern LINE = Pattern.compile("(?i)^(?:"
            + "(?:https?://|www\\.)\\S+|" // the page's address on a line of its own
            + "(?-i:\\[[a-z]+(?:_[a-z0-9]+)*\\])|" // a publishing platform's placeholder left in the text: "[ad_1]"
            + "[<‹«←]\\s*(?:go )?back(?: to .{1,30})?|go back|back|" // a link back: "< Back"
            + "(?:\\p{L}+ )?shar(?:e|ing) button(?: \\p{L}+)?|" // a share control's text: "facebook sharing button Facebook"
            + "(?:[\\p{L}\\p{N} ]{1,40} )?\\d{2,4} ?[x×] ?\\d{2,4}|" // an advertising slot by its size: "Ad space 1 728x90"
            + "logo|scroll to top|back to top|to top|top of page|skip to (?:main )?content|skip (?:to )?navigation|jump to|menu|(?:main|left|right|top|side) menu|search|home|"
            + "more|more news|more stories|more from .{1,40}|(?:load|show|view|see) more(?: news| stories| articles| posts)?|hot news|breaking news|latest news|latest|trending(?: now)?|top stories|"
            + "read more|read more:?.*|continue reading|(?:read (?:the )?)?full (?:article|story|text|report)|see also\\b.*|also read:?.*|recommended|recommended for you|you may also like|"
            + "you might also like|don't miss|popular|most read|most popular|editor'?s picks?|related|related (?:articles?|stories|posts|news|content|coverage)|"
            + "author[’']?s summary|summary|key takeaways|key points|key facts|at a glance|advertisement|sponsored|sponsored content|ad|"
            + "share|share this(?: article| story| post)?:?|share on .{1,20}|(?:share (?:on|via|to) \\p{L}+?(?=share|\\s|$)\\s*){2,}\\p{L}*|"
            // a site search's empty state; a link to the page in another language
            + "no results?(?: found)?|view all results?|read (?:it |this (?:article |story )?)?in \\p{Lu}\\p{L}+|tweet|retweet|republish|repost|email|print|copy link|follow us.*|"
            // a share bar's buttons, one a line
            + "facebook|twitter|x|telegram|whatsapp|linkedin|reddit|pinterest|instagram|threads|bluesky|messenger|flipboard|vk|"
            + "(?:[^.!?]{3,60}\\s)?page \\d{1,3}(?: of \\d{1,3})?|p\\. ?\\d{1,3}|" // a page number, or a running head with it
            + "subscribe.*|sign up.*|newsletter.*|log ?in|sign in|register|"
            + "(?:written |posted |words )?by:?|authors?:?|" // a byline's label without its name
            + "(?:this (?:site|website) uses|we use) cookies.*|accept(?: all)?(?: cookies)?|cookie (?:policy|settings)|privacy policy|terms of (?:use|service)|"
            + "all rights reserved.*|©.*|copyright ©?.*|"
            + "\\(?word count:?\\s*\\d+\\)?|\\d+\\s+words?|\\d+\\s*min(?:ute)?s? read|"
            + "(?:(?:" + STAMP_LABEL + ")(?: on)?:?\\s*)+|(?:\\d+%\\s*)?(?:font|text) size|read(?:er)? mode|"
            // a page's counters alone on a line (views, comments, shares): "11 0"
            + "\\d{1,6}(?:\\s+\\d{1,6}){0,3}|"
            // a picture's credit after a dash: "Photo – Example Agency"
            + "(?:photo|image|picture|video)s?\\s*[–—-]\\s*[\\p{L}.&/' ]{2,40}|"
            // an editor's initials closing a wire story: "(jd)", "(jd/rc)"
            + "(?-i:\\(\\p{Ll}{1,4}(?:/\\p{Ll}{1,4}){0,3}\\))|"
            // another story's headline under its label quoted in capitals: "'A LONG WINTER': Will the talks resume?"
            + "(?-i:['‘\"“]\\p{Lu}[\\p{Lu}\\d ,'’!?-]{2,60}['’\"”]\\s*:\\s*.{5,200})|"
            // display controls: "Theme", "Dark mode"
            + "theme|(?:dark|light|night) mode|toggle (?:theme|(?:dark|light|night) mode)|"
            // a dialog's buttons and a screen reader's landmarks
            + "cancel|close|dismiss|article content|main content|"
            + RELATIVE_TIME + "(?:\\s+in\\s+\\p{Lu}[\\p{L}&' ]{1,30})?|" // "1 year ago in News": a post's age and its category
            // save, bookmark and gift controls, audio players
            + "save|save (?:article|story|for later)|saved|bookmark|gift (?:this )?article|listen|listen to (?:this )?(?:article|story).*|"
            + "comments?|\\d+ comments?|comments (?:are|is) (?:now )?closed\\.?|leave a (?:comment|reply)|post a comment|add a comment|view comments|show comments|reply|"
            + "photo:.*|image:.*|credit:.*|file photo.*|getty images|"
            + "tags?\\s*:.*|filed under:?.*|categories:.*|section:.{1,40}|browsing (?:tag|category|archives?)|(?:tag|category) archives?|"
            + "previous(?: article| post)?|next(?: article| post)?|← .*|.* →|"
            + "\\(?(?:reporting|writing|additional reporting|editing|compiled|produced) by .*\\)?|our standards:.*|related:.*|"
            + "(?:this (?:article|story|report) (?:was|has been) )?(?:translated|translation)(?:(?: from [\\p{L} ]{1,30}?)?(?: (?:into|to) \\p{L}+)?(?: by| with| using|:) .{1,100}| from \\p{L}+(?: (?:into|to) \\p{L}+)?\\.?)|"
            + "\\((?:adds|updates|recasts|corrects|changes|rewrites|refiles|fixes|updating)\\b[^()]{0,120}\\)|" // a wire's note on its new version
            + "(?:press|media|news) (?:release|statement)(?:\\s+no\\.?\\s*[\\p{L}\\d/.-]+)?|for immediate release|communiqu[eé](?:\\s+no\\.?\\s*[\\p{L}\\d/.-]+)?|"
            + "the views expressed .*|disclaimer:.*|click here.*|watch:.*|listen:.*|story continues below.*|"
            // an agency's editor credit: "Editor: Ana Ruiz"
            + "(?:editor|editors|editing)\\s*:\\s*[\\p{L} .,'’-]{1,60}|"
            // a page's feedback widget
            + "(?:is|was) this (?:page|article|information) (?:useful|helpful)\\??|report a problem with this page|"
            // a meetings-coverage release's closing lines: "The meeting began at 10:05 a.m. and ended at 11:40 a.m.", its disclaimer
            + "the meeting (?:was called to order|began|opened|started) at [\\d:.]+\\s*(?:[ap]\\.m\\.)?(?: and (?:ended|adjourned|closed|rose) at "
            + "[\\d:.]+\\s*(?:[ap]\\.m\\.)?)?\\.?|for information media\\.?\\s*(?:[-–—]\\s*)?not an official record\\.?|"
            + "world|world news|international|national|nation|local|domestic|global|(?:u\\.?s\\.?|uk|u\\.k\\.) news|opinion|politics|business|economy|climate|climate change|environment|science|technology|tech|health|"
            + "sport|sports|culture|arts|lifestyle|travel|" + REGION_LABEL + "|news|analysis|features?|"
            + "editorial|video|videos|podcasts?|live|breaking|top news|home page|homepage|"
            + "\\(?(?:photo|image|picture|file photo|video)s?(?: by| credit)?:? .*(?:getty images|/afp|/reuters|/ap|ap photo|afp photo|reuters photo|shutterstock|handout)\\)?"
            + ")$");

    /**
     * A timestamp under its label in words the date reader does not know, as a month of another language: "Last Mod: 03 Aralık
     * 2018, 14:26" (a date it reads gives the article's date first).
     */
    private static final Pattern LABELLED_STAMP = Pattern.compile("(?i)(?:last mod(?:ified)?|modified|" + STAMP_LABEL + ")"
            + "(?: on)?\\s*:\\s*[\\p{L}\\d ,./-]{0,40}?(?:\\b(?:19|20)\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b)[\\p{L}\\d ,.:/()+-]{0,20}");

    private static boolean labelledStamp(String s) {
        return s.length() <= 80 && LABELLED_STAMP.matcher(s).matches() && DocumentReader.countWords(s) <= 8 && Dates.find(s).isEmpty();
    }

    /** A navigation or breadcrumb line: three or more short items between separators. */
    private static final Pattern NAV_LINE = Pattern.compile("^(?:[^|»>•/]{1,25}\\s*[|»>•/]\\s*){2,}[^|»>•/]{1,25}$");

    /** A line made only of hashtags. */
    private static final Pattern HASHTAGS = Pattern.compile("^(?:#[\\p{L}\\p{N}_]+[\\s,;·|]*)+$");

    /** Headers that open a block of furniture running to the end of the page (comments, related links). */
    private static final Pattern TAIL_OPENER = Pattern.compile("(?i)^(?:"
            + "more news|more stories|more (?:news|stories|articles) from .{1,40}|more from .{1,40}|recent (?:news|stories|posts|articles)|"
            + "latest (?:news|stories|articles)|related(?: articles| stories| posts| news| coverage)?|read more|recommended(?: for you)?|"
            + "you may also like|you might also like|comments?|\\d+ comments?|comments? \\(\\d+\\)|leave a (?:comment|reply)|"
            + "join the conversation|what do you think\\??|discussion|read also|see also|also read|"
            + "[-–—\\s]*ends?[-–—\\s]*|#{3,}|[-–—]\\s*30\\s*[-–—]|notes? (?:to|for) editors?|" // the end of a press release, and its notes
            + "(?:for )?(?:media|press|news) (?:enquiries|inquiries|contacts?)|"
            + "(?:foot|end)?notes|references|bibliography|works cited|sources and notes" // a paper's or report's notes after its text
            + ")[:.]?$");

    /** A weather widget's reading, with or without its place: "13.6 C", "Lima 21°C", "72 °F Partly cloudy". */
    private static final Pattern READING = Pattern.compile("^(?:[\\p{L}.' -]{1,25}\\s)?[-+−]?\\d{1,3}(?:[.,]\\d{1,2})?\\s*°?\\s*[CF](?:\\s+[\\p{L} ]{1,25})?$");

    /** A line that is only an address ("https://example.org/2023/story-slug"): the page's own link, never text or title. */
    private static final Pattern URL_ONLY = Pattern.compile("(?i)^(?:https?://|www\\.)\\S+$");

    private Furniture() {
    }

    /** The signs that mark a list item at a line's start ("• Share", "- Read more: ..."), for a character class. */
    static final String BULLETS = "•·▪►◦‣»*–-";
    /** Signs and spaces around a label: "- Advertisement -", "[ Menu ]", "• Tweet". */
    private static final Pattern FRAME = Pattern.compile("^[\\p{Punct}\\p{P}\\s" + BULLETS + "]+|[\\p{Punct}\\p{P}\\s]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?]$");
    /** A sentence's end, or a quotation's. */
    private static final Pattern CLOSED = Pattern.compile(".*[.!?\"”’]$");
    private static final Pattern LEADING_SIGNS = Pattern.compile("^[\\p{So}\\s]+");
    private static final Pattern TRAILING_SIGNS = Pattern.compile("[\\p{So}\\p{Sk}\\x{FE0F}\\x{200D}\\s]+$");

    /**
     * A press office's contact line: "Tel: +44 20 ...", "Email press@example.org", or an address after a short invitation: "Have a tip?
     * tips@example.org" (looked for in short lines only).
     */
    private static final Pattern CONTACT_LINE = Pattern.compile("(?i)(?:[^.!?:]{1,60}[?:]\\s*)?(?:(?:contact|e-?mail|tel\\.?|telephone|phone|fax|mobile)\\s*:?\\s*)?"
            + "(?:[^\\s@]+@[^\\s@]+\\.\\p{L}{2,}|\\[email\\s+protected\\])" // an address, or what a site's address guard leaves of it
            + "|(?:tel\\.?|telephone|phone|fax|mobile)\\s*:?\\s*\\+?[\\d ()./-]{7,}");
    /** An agency's note that its site carries only part of its service: "... Please contact us for subscription options." */
    private static final Pattern SERVICE_NOTE = Pattern.compile("(?i).{0,200}\\b(?:please )?contact us for (?:subscription|licensing|syndication) options\\.?");

    /** Two-letter language codes a site's language switcher shows (lexicon/language-codes.tsv). */
    private static final String LANGUAGE_CODE = "(?:" + Gazetteer.rows("lexicon/language-codes.tsv").stream().map(cols -> cols[0].strip())
            .collect(Collectors.joining("|")) + ")";
    /** A language switcher: two or more language codes alone on a line ("ua en ru", "EN | FR | AR"). */
    private static final Pattern LANGUAGE_MENU = Pattern.compile("(?i)" + LANGUAGE_CODE + "(?:\\s*[|/·•,]?\\s*" + LANGUAGE_CODE + ")+");

    /** True when the whole line is furniture. */
    public static boolean isFurniture(String line) {
        String s = clean(line);
        if (s.isEmpty()) {
            return true;
        }
        boolean framed = !Character.isLetterOrDigit(s.charAt(0)) || !Character.isLetterOrDigit(s.charAt(s.length() - 1));
        String bare = framed ? FRAME.matcher(s).replaceAll("") : s; // "- Advertisement -", "[ Menu ]"
        return LINE.matcher(s).matches() || !bare.isEmpty() && !bare.equals(s) && LINE.matcher(bare).matches()
                || HASHTAGS.matcher(s).matches() || NAV_LINE.matcher(s).matches() || isSymbolsOnly(s)
                || URL_ONLY.matcher(s).matches() || isPictographMenu(s) || isWidget(s) || isCode(s) || READING.matcher(s).matches()
                || VERSION_NOTE.matcher(s).find() || CHANNEL_LINE.matcher(s).matches() || POST_SIGNATURE.matcher(s).matches()
                || controlsOnly(s) || stampedFields(s) || labelledStamp(s) || s.length() <= 80 && CONTACT_LINE.matcher(s).matches()
                || s.endsWith("options.") && SERVICE_NOTE.matcher(s).matches() || s.length() <= 40 && LANGUAGE_MENU.matcher(s).matches();
    }

    /** Items between separators: "Share on Facebook | Share on X", "Print · Email". */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s+[|·•]\\s+");

    /** A line of two or more items, each of them furniture on its own line ("Share on Facebook | Share on X"). */
    private static boolean controlsOnly(String s) {
        String[] items = ITEM_SEPARATOR.split(s);
        return items.length >= 2 && Arrays.stream(items).allMatch(i -> !i.isBlank() && LINE.matcher(i.strip()).matches());
    }

    /**
     * A line of short fields one of which is its time stamp or date: "Ana Ruiz · Lima · Updated 3 hours ago",
     * "Ana Ruiz | 4 March 2026"; a byline or dateline, no sentence.
     */
    private static boolean stampedFields(String s) {
        String[] items = ITEM_SEPARATOR.split(s);
        return items.length >= 2 && s.length() <= 120
                && Arrays.stream(items).allMatch(i -> !i.isBlank() && i.strip().split("\\s+").length <= 6 && !i.strip().matches(".*[.!?\"”]"))
                && Arrays.stream(items).map(String::strip).anyMatch(i -> STAMP.matcher(i).matches() || Dates.isDateLine(i) || Dates.find(i).isPresent());
    }

    /** An embedded post's signature: "— Example Desk (@exampledesk) February 12, 2026". */
    private static final Pattern POST_SIGNATURE = Pattern.compile("[—–-]\\s*[^()]{1,60}\\(@\\w{1,30}\\)\\s*(?:\\p{L}{3,9}\\.?\\s+\\d{1,2},\\s+\\d{4}"
            + "|\\d{1,2}\\s+\\p{L}{3,9}\\s+\\d{4})?");

    /** A channel's handle and audience, or a forwarded post's origin: "@exampledesk · 18.4K subscribers", "Forwarded from Example". */
    private static final Pattern CHANNEL_LINE = Pattern.compile("(?i)@\\w{2,}(?:\\s*[·|•]\\s*[\\d.,]+\\s?[km]?\\s+(?:subscribers|followers|members))?"
            + "|(?:forwarded|reposted|shared) from\\s+[^.!?]{1,60}");

    /**
     * An outlet's note on the article's own versions: "Correction: An earlier version of this article misstated ...",
     * "Editor's note: This story has been updated ...".
     */
    private static final Pattern VERSION_NOTE = Pattern.compile("(?i)^(?:correction|clarification|editor['’]?s['’]? note|update|note)\\s*[:—–-]\\s*"
            + ".{0,80}?\\b(?:(?:this|the) (?:article|story|report|piece)\\b|an? (?:earlier|previous|prior) version|has been (?:updated|corrected|amended)"
            + "|was (?:updated|corrected|amended))");

    /** A control of letters and signs ("Aa A + A – Reset", "A- A A+"): two pieces in three of one or two characters. */
    private static boolean isWidget(String s) {
        String[] parts = SPACES.split(s);
        if (parts.length < 4 || SENTENCE_END.matcher(s).matches()) {
            return false;
        }
        long tiny = Arrays.stream(parts).filter(p -> p.length() <= 2).count();
        return tiny * 3 >= parts.length * 2L;
    }

    /** Script code the page printed: "void $.ajax({url:n+...})", "function(e){...}". */
    private static final Pattern CODE = Pattern.compile("\\bfunction\\s*\\(|\\)\\s*\\{|\\$\\.\\w+\\(|=>|\\bvar\\s+\\w+\\s*=|\\w:\\w+[,}]|;\\s*}");

    private static boolean isCode(String s) {
        return s.chars().filter(c -> "{}();=$<>[]|\\".indexOf(c) >= 0).count() >= 6 && CODE.matcher(s).find()
                || (s.indexOf('\\') >= 0 || s.indexOf('(') >= 0 || s.indexOf(')') >= 0) && SCRIPT_TEXT.matcher(s).find()
                || SPACES.split(s).length <= 12 && CAMEL_CASE.matcher(s).results().count() >= 2;
    }

    /** A script's text printed as it is: escapes ("\\n") and a call on a dotted name or a snake_case key. */
    private static final Pattern SCRIPT_TEXT = Pattern.compile("(?:\\\\n\\s*){2}|(?<!\\w)\\w+\\.\\s?\\w+\\(|\\b[a-z]+_[a-z_]+\\b['’]?\\)");
    /** An identifier in camel case, a lower-case word with capitals inside ("hiddenText"), not a brand ("iPhone"). */
    private static final Pattern CAMEL_CASE = Pattern.compile("\\b[a-z]{2,}[A-Z][a-z]+[A-Za-z]*\\b");

    /** A line of teasers or menu items marked with a pictograph ("Start the day ☀️ Deaths in 2022 Prices by state"), not a sentence. */
    private static boolean isPictographMenu(String s) {
        if (CLOSED.matcher(s).matches()) {
            return false;
        }
        if (s.codePoints().noneMatch(Furniture::isPictograph)) {
            return false;
        }
        // one sign marking the start of a long line is an alert's, not a menu's: "🔴 BREAKING: Chile closes the harbour to ships";
        // signs closing it are a post's: "Chile closed the harbour. What we know 🧵"
        String rest = TRAILING_SIGNS.matcher(LEADING_SIGNS.matcher(s).replaceFirst("")).replaceFirst("");
        return rest.codePoints().anyMatch(Furniture::isPictograph) || Arrays.stream(SPACES.split(rest)).filter(w -> w.codePoints().anyMatch(Character::isLetter)).count() <= 4;
    }

    private static boolean isPictograph(int cp) {
        return Character.getType(cp) == Character.OTHER_SYMBOL && "©®°™".indexOf(cp) < 0 && (cp < 0x2190 || cp > 0x21FF); // not arrows: "→ more"
    }

    /** True when the line opens a trailing block of comments or related links. */
    public static boolean opensTail(String line) {
        return TAIL_OPENER.matcher(clean(line)).matches();
    }

    /** Whitespace folded, non-breaking spaces removed, trimmed. */
    /** A social platform's link to a picture or a short address left in an embedded post's text: "pic.twitter.com/abc". */
    private static final Pattern POST_LINK = Pattern.compile("\\s*(?:https?://)?(?:pic\\.twitter\\.com|t\\.co)/\\w+");

    public static String clean(String line) {
        if (line == null) {
            return "";
        }
        if (line.contains("pic.twitter.com/") || line.contains("t.co/")) {
            line = POST_LINK.matcher(line).replaceAll("");
        }
        StringBuilder out = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSymbolsOnly(String s) {
        return s.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}

package io.stancegraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes N synthetic but realistic articles, reproducibly from a seed: sentences of the seed and
 * gold articles recombined, the joining country, outlets and dates swapped, half as plain text with
 * a masthead and furniture, half as HTML pages with metadata, navigation and comments.
 *
 * <p>Usage: {@code CorpusGenerator N OUT_DIR [SEED]}.
 */
public final class CorpusGenerator {

    /** A country that can take the role of the joining country: name, demonym, capital. */
    private record Actor(String name, String demonym, String capital) {
    }

    private static final List<Actor> ACTORS = List.of(
            new Actor("Kazakhstan", "Kazakh", "Astana"), new Actor("Uzbekistan", "Uzbek", "Tashkent"),
            new Actor("Azerbaijan", "Azerbaijani", "Baku"), new Actor("Mongolia", "Mongolian", "Ulaanbaatar"),
            new Actor("Indonesia", "Indonesian", "Jakarta"), new Actor("Kyrgyzstan", "Kyrgyz", "Bishkek"),
            new Actor("Oman", "Omani", "Muscat"), new Actor("Mauritania", "Mauritanian", "Nouakchott"),
            new Actor("Malaysia", "Malaysian", "Kuala Lumpur"), new Actor("Niger", "Nigerien", "Niamey"),
            new Actor("Tajikistan", "Tajik", "Dushanbe"), new Actor("Turkmenistan", "Turkmen", "Ashgabat"));
    private static final List<String> OUTLETS = List.of("Reuters", "Associated Press", "Al Jazeera", "The New Arab", "Eurasianet",
            "The Diplomat", "Arab News", "The Times of Israel", "Hindustan Times", "Business Standard", "Daily Sabah",
            "The Moscow Times", "South China Morning Post", "Steppe Ledger", "Caspian Courier", "Gulf Daily Review");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?”\"])\\s+(?=[“\"A-Z])");

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        generate(sentencePool(Path.of("seeds"), Path.of("src/test/resources/gold/articles")), out, n, seed, 0);
        System.out.println("wrote " + n + " articles to " + out);
    }

    /** Prose sentences of the documents in the given directories (HTML tags stripped). */
    public static List<String> sentencePool(Path... dirs) throws IOException {
        List<String> pool = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    if (f.toString().endsWith(".html")) {
                        text = text.replaceAll("(?s)<(script|style|nav|footer|aside|section)[^>]*>.*?</\\1>", " ")
                                .replaceAll("</p>", "\n").replaceAll("<[^>]+>", " ");
                    }
                    for (String line : text.split("\\R")) {
                        for (String s : SENTENCE_END.split(line.strip())) {
                            if (s.split("\\s+").length >= 8 && s.length() < 400) {
                                pool.add(s.strip());
                            }
                        }
                    }
                }
            }
        }
        return pool;
    }

    /** Writes articles number {@code from} to {@code from + n - 1}; file names and contents depend only on seed and number. */
    public static void generate(List<String> pool, Path out, int n, long seed, int from) throws IOException {
        Files.createDirectories(out);
        for (int i = from; i < from + n; i++) {
            Random r = new Random(seed * 1_000_003L + i);
            Actor actor = ACTORS.get(r.nextInt(ACTORS.size()));
            String outlet = OUTLETS.get(r.nextInt(OUTLETS.size()));
            LocalDate date = LocalDate.of(2025, 6, 1).plusDays(r.nextInt(400));
            List<String> sentences = new ArrayList<>();
            int count = 6 + r.nextInt(12);
            for (int k = 0; k < count; k++) {
                sentences.add(swap(pool.get(r.nextInt(pool.size())), actor));
            }
            sentences.add("Trade between " + actor.name() + " and its partners reached $" + (100 + r.nextInt(9900))
                    + " million in the period, officials in " + actor.capital() + " said.");
            String title = "Why " + actor.name() + " is joining the Abraham Accords (" + (i + 1) + ")";
            boolean html = r.nextBoolean();
            String name = String.format("gen_%06d.%s", i, html ? "html" : "txt");
            Files.writeString(out.resolve(name), html ? html(title, outlet, date, sentences) : text(title, outlet, date, sentences),
                    StandardCharsets.UTF_8);
        }
    }

    private static String swap(String sentence, Actor a) {
        return sentence.replace("Kazakhstan", a.name()).replace("Kazakhstani", a.demonym()).replace("Kazakh", a.demonym())
                .replace("Astana", a.capital());
    }

    private static String text(String title, String outlet, LocalDate date, List<String> sentences) {
        StringBuilder s = new StringBuilder(outlet).append("\n\n").append(date.getDayOfWeek().toString().charAt(0))
                .append(date.getDayOfWeek().toString().substring(1).toLowerCase()).append(", ")
                .append(date.getMonth().toString().charAt(0)).append(date.getMonth().toString().substring(1).toLowerCase())
                .append(' ').append(date.getDayOfMonth()).append(", ").append(date.getYear()).append("\nHot News\n\n")
                .append(title).append("\n\n");
        for (int k = 0; k < sentences.size(); k += 3) {
            s.append(String.join(" ", sentences.subList(k, Math.min(sentences.size(), k + 3)))).append("\n\n");
        }
        return s.append("Share this article\n#AbrahamAccords #Diplomacy\nScroll to Top\n").toString();
    }

    private static String html(String title, String outlet, LocalDate date, List<String> sentences) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html><html><head><title>").append(title).append(" | ").append(outlet)
                .append("</title><meta property=\"og:title\" content=\"").append(title).append("\"><meta property=\"og:site_name\" content=\"")
                .append(outlet).append("\"><meta property=\"article:published_time\" content=\"").append(date).append("T08:00:00Z\">")
                .append("<script>var tracking = true;</script></head><body><nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a></nav>")
                .append("<div class=\"cookie-banner\">We use cookies to improve your experience.</div><article><h1>").append(title).append("</h1>");
        for (String sentence : sentences) {
            s.append("<p>").append(sentence.replace("<", "&lt;")).append("</p>");
        }
        return s.append("</article><aside class=\"related\"><h3>Related articles</h3><p>Turkey and Pakistan hold talks</p></aside>")
                .append("<section id=\"comments\"><p>Great piece on Egypt!</p></section><footer>© ").append(outlet).append("</footer></body></html>")
                .toString();
    }
}

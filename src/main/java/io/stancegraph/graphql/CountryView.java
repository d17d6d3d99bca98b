package io.stancegraph.graphql;

import io.stancegraph.model.Country;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Country")
@Description("A country the corpus names, by name, code, demonym, capital or seat of government.")
public class CountryView implements Node {

    final long key;
    final StanceView stance;
    private final String code;
    private final String name;
    private final int mentionCount;
    private final int articleCount;

    CountryView(Country c) {
        this.key = c.id;
        this.code = c.code;
        this.name = c.name;
        this.mentionCount = c.mentionCount;
        this.articleCount = c.articleCount;
        this.stance = new StanceView(c);
    }

    @Override
    @Id
    @NonNull
    @Description("Stable global ID, derived from the ISO code.")
    public String getId() {
        return GlobalId.encode("Country", code);
    }

    @NonNull
    @Description("ISO 3166-1 alpha-2 code.")
    public String getCode() {
        return code;
    }

    @NonNull
    @Description("English short name.")
    public String getName() {
        return name;
    }

    @NonNull
    @Description("How often the corpus names the country.")
    public int getMentionCount() {
        return mentionCount;
    }

    @NonNull
    @Description("How many articles name the country.")
    public int getArticleCount() {
        return articleCount;
    }

    @NonNull
    @Description("The country's position toward the corpus event, across all articles, with its evidence.")
    public StanceView getStance() {
        return stance;
    }
}

-- Organisations (the EU, the UN, the African Union, Hamas) as actors of their own: their stance per article and the
-- sentences behind it. Codes come from gazetteer/organisations.tsv; an organisation is never a country row.
CREATE TABLE article_organisation (
    confidence double precision NOT NULL,
    mentions integer NOT NULL,
    ordinal integer NOT NULL,
    article_id bigint NOT NULL,
    id bigint NOT NULL,
    organisation character varying(40) NOT NULL,
    "position" character varying(16) NOT NULL,
    CONSTRAINT article_organisation_pkey PRIMARY KEY (id),
    CONSTRAINT article_organisation_uk UNIQUE (article_id, organisation),
    CONSTRAINT article_organisation_article_fk FOREIGN KEY (article_id) REFERENCES article(id)
);
CREATE SEQUENCE article_organisation_seq START WITH 1 INCREMENT BY 50 NO MINVALUE NO MAXVALUE CACHE 1;
CREATE INDEX article_organisation_org_idx ON article_organisation USING btree (organisation, "position");

CREATE TABLE organisation_claim (
    end_offset integer NOT NULL,
    start_offset integer NOT NULL,
    article_id bigint NOT NULL,
    id bigint NOT NULL,
    organisation character varying(40) NOT NULL,
    "position" character varying(16) NOT NULL,
    certainty character varying(16) NOT NULL,
    cue character varying(200),
    sieve character varying(40),
    quote character varying(100000) NOT NULL,
    CONSTRAINT organisation_claim_pkey PRIMARY KEY (id),
    CONSTRAINT organisation_claim_article_fk FOREIGN KEY (article_id) REFERENCES article(id)
);
CREATE SEQUENCE organisation_claim_seq START WITH 1 INCREMENT BY 50 NO MINVALUE NO MAXVALUE CACHE 1;
CREATE INDEX organisation_claim_org_idx ON organisation_claim USING btree (organisation, article_id);

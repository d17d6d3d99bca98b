-- StanceGraph schema for PostgreSQL (Flyway V1), the mapping of the entities in io.stancegraph.model.
-- Hibernate validates against it at startup; a change to an entity needs a new migration.
CREATE TABLE article (
    published_on date,
    word_count integer NOT NULL,
    id bigint NOT NULL,
    ingested_at timestamp(6) with time zone NOT NULL,
    publisher_id bigint,
    uid character varying(32) NOT NULL,
    content_hash character varying(64) NOT NULL,
    byline character varying(500),
    file_name character varying(500),
    title character varying(1000),
    body character varying(4000000) NOT NULL
);
CREATE SEQUENCE article_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE article_source (
    ordinal integer NOT NULL,
    article_id bigint NOT NULL,
    source_id bigint NOT NULL
);
CREATE TABLE article_stance (
    confidence double precision NOT NULL,
    mentions integer NOT NULL,
    ordinal integer NOT NULL,
    article_id bigint NOT NULL,
    country_id bigint NOT NULL,
    id bigint NOT NULL,
    "position" character varying(16) NOT NULL,
    CONSTRAINT article_stance_position_check CHECK ((("position")::text = ANY ((ARRAY['SUPPORTIVE'::character varying, 'OPPOSED'::character varying, 'CONCERNED'::character varying, 'NEUTRAL'::character varying, 'MIXED'::character varying])::text[])))
);
CREATE SEQUENCE article_stance_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE claim (
    corroboration_count integer NOT NULL,
    end_offset integer NOT NULL,
    ordinal integer NOT NULL,
    start_offset integer NOT NULL,
    article_id bigint NOT NULL,
    id bigint NOT NULL,
    source_id bigint,
    certainty character varying(16) NOT NULL,
    "position" character varying(16) NOT NULL,
    uid character varying(48) NOT NULL,
    speaker character varying(300),
    quote character varying(100000) NOT NULL,
    CONSTRAINT claim_certainty_check CHECK (((certainty)::text = ANY ((ARRAY['ASSERTED'::character varying, 'HEDGED'::character varying, 'REPORTED'::character varying])::text[]))),
    CONSTRAINT claim_position_check CHECK ((("position")::text = ANY ((ARRAY['SUPPORTIVE'::character varying, 'OPPOSED'::character varying, 'CONCERNED'::character varying, 'NEUTRAL'::character varying, 'MIXED'::character varying])::text[])))
);
CREATE TABLE claim_country (
    quote_rank integer,
    claim_id bigint NOT NULL,
    country_id bigint NOT NULL,
    id bigint NOT NULL,
    "position" character varying(16) NOT NULL,
    CONSTRAINT claim_country_position_check CHECK ((("position")::text = ANY ((ARRAY['SUPPORTIVE'::character varying, 'OPPOSED'::character varying, 'CONCERNED'::character varying, 'NEUTRAL'::character varying, 'MIXED'::character varying])::text[])))
);
CREATE SEQUENCE claim_country_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE claim_link (
    claim_id bigint NOT NULL,
    other_id bigint NOT NULL,
    kind character varying(16) NOT NULL,
    CONSTRAINT claim_link_kind_check CHECK (((kind)::text = ANY ((ARRAY['CORROBORATES'::character varying, 'CONTRADICTS'::character varying])::text[])))
);
CREATE SEQUENCE claim_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE country (
    article_count integer NOT NULL,
    code character varying(2) NOT NULL,
    confidence double precision NOT NULL,
    mention_count integer NOT NULL,
    quote_count integer NOT NULL,
    id bigint NOT NULL,
    "position" character varying(16) NOT NULL,
    name character varying(120) NOT NULL,
    summary character varying(2000) NOT NULL,
    CONSTRAINT country_position_check CHECK ((("position")::text = ANY ((ARRAY['SUPPORTIVE'::character varying, 'OPPOSED'::character varying, 'CONCERNED'::character varying, 'NEUTRAL'::character varying, 'MIXED'::character varying])::text[])))
);
CREATE SEQUENCE country_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TABLE source (
    id bigint NOT NULL,
    kind character varying(32) NOT NULL,
    name character varying(300) NOT NULL,
    name_key character varying(300) NOT NULL,
    CONSTRAINT source_kind_check CHECK (((kind)::text = ANY ((ARRAY['NEWS_OUTLET'::character varying, 'WIRE_AGENCY'::character varying, 'THINK_TANK'::character varying, 'REFERENCE'::character varying, 'SOCIAL_PLATFORM'::character varying, 'GOVERNMENT'::character varying, 'ORGANIZATION'::character varying, 'ANONYMOUS'::character varying, 'UNKNOWN'::character varying])::text[])))
);
CREATE SEQUENCE source_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER TABLE ONLY article
    ADD CONSTRAINT article_content_hash_key UNIQUE (content_hash);
ALTER TABLE ONLY article
    ADD CONSTRAINT article_pkey PRIMARY KEY (id);
ALTER TABLE ONLY article_source
    ADD CONSTRAINT article_source_pkey PRIMARY KEY (ordinal, article_id);
ALTER TABLE ONLY article_stance
    ADD CONSTRAINT article_stance_pkey PRIMARY KEY (id);
ALTER TABLE ONLY article_stance
    ADD CONSTRAINT article_stance_uk UNIQUE (article_id, country_id);
ALTER TABLE ONLY article
    ADD CONSTRAINT article_uid_key UNIQUE (uid);
ALTER TABLE ONLY claim_country
    ADD CONSTRAINT claim_country_pkey PRIMARY KEY (id);
ALTER TABLE ONLY claim_country
    ADD CONSTRAINT claim_country_uk UNIQUE (claim_id, country_id);
ALTER TABLE ONLY claim_link
    ADD CONSTRAINT claim_link_pkey PRIMARY KEY (claim_id, other_id, kind);
ALTER TABLE ONLY claim
    ADD CONSTRAINT claim_pkey PRIMARY KEY (id);
ALTER TABLE ONLY claim
    ADD CONSTRAINT claim_uid_key UNIQUE (uid);
ALTER TABLE ONLY country
    ADD CONSTRAINT country_code_key UNIQUE (code);
ALTER TABLE ONLY country
    ADD CONSTRAINT country_pkey PRIMARY KEY (id);
ALTER TABLE ONLY source
    ADD CONSTRAINT source_name_key_key UNIQUE (name_key);
ALTER TABLE ONLY source
    ADD CONSTRAINT source_pkey PRIMARY KEY (id);
CREATE INDEX article_published_idx ON article USING btree (published_on);
CREATE INDEX article_publisher_idx ON article USING btree (publisher_id);
CREATE INDEX article_stance_country_idx ON article_stance USING btree (country_id, "position");
CREATE INDEX claim_article_idx ON claim USING btree (article_id, ordinal);
CREATE INDEX claim_certainty_idx ON claim USING btree (certainty);
CREATE INDEX claim_corroboration_idx ON claim USING btree (corroboration_count);
CREATE INDEX claim_country_country_idx ON claim_country USING btree (country_id, "position");
CREATE INDEX claim_country_rank_idx ON claim_country USING btree (country_id, quote_rank);
CREATE INDEX claim_position_idx ON claim USING btree ("position");
CREATE INDEX claim_source_idx ON claim USING btree (source_id);
CREATE INDEX country_mentions_idx ON country USING btree (mention_count);
CREATE INDEX country_position_idx ON country USING btree ("position");
CREATE INDEX source_kind_idx ON source USING btree (kind);
ALTER TABLE ONLY claim
    ADD CONSTRAINT fk2q05c1srvc4e0bffpa566pvts FOREIGN KEY (source_id) REFERENCES source(id);
ALTER TABLE ONLY claim_country
    ADD CONSTRAINT fk5g0vn0qi2b89kgjubescxntb5 FOREIGN KEY (country_id) REFERENCES country(id);
ALTER TABLE ONLY claim_link
    ADD CONSTRAINT fk5vxdo33afr6hg2dpmd7kv7sar FOREIGN KEY (claim_id) REFERENCES claim(id);
ALTER TABLE ONLY article
    ADD CONSTRAINT fk6b2bidwt5p3jeef1lhkkqt1ka FOREIGN KEY (publisher_id) REFERENCES source(id);
ALTER TABLE ONLY article_stance
    ADD CONSTRAINT fk84drrmagja72x0f0a4qbbmije FOREIGN KEY (country_id) REFERENCES country(id);
ALTER TABLE ONLY article_source
    ADD CONSTRAINT fkbvx4sq8ugbwo65rc4rmgus7lr FOREIGN KEY (article_id) REFERENCES article(id);
ALTER TABLE ONLY claim_link
    ADD CONSTRAINT fkfu25tyi0300gdar1lrtyxs1ns FOREIGN KEY (other_id) REFERENCES claim(id);
ALTER TABLE ONLY claim_country
    ADD CONSTRAINT fkmhn2tx1n46s0mppjo6xjupoy3 FOREIGN KEY (claim_id) REFERENCES claim(id);
ALTER TABLE ONLY article_source
    ADD CONSTRAINT fkmum5jlrwiojwvt6av7fbxa7qd FOREIGN KEY (source_id) REFERENCES source(id);
ALTER TABLE ONLY claim
    ADD CONSTRAINT fknc6iyks8ulysxevh5073bbsbb FOREIGN KEY (article_id) REFERENCES article(id);
ALTER TABLE ONLY article_stance
    ADD CONSTRAINT fkotl7o5qbth11ume1mwoqm7xtd FOREIGN KEY (article_id) REFERENCES article(id);

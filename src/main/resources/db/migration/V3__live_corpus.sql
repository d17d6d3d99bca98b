-- Incremental upkeep: running sums per country, stored quote order, claim index keys, and the
-- corpus version every replica polls.
ALTER TABLE country ADD COLUMN articles_supportive integer NOT NULL DEFAULT 0;
ALTER TABLE country ADD COLUMN articles_opposed integer NOT NULL DEFAULT 0;
ALTER TABLE country ADD COLUMN articles_concerned integer NOT NULL DEFAULT 0;
ALTER TABLE country ADD COLUMN articles_neutral integer NOT NULL DEFAULT 0;
ALTER TABLE country ADD COLUMN articles_mixed integer NOT NULL DEFAULT 0;
ALTER TABLE country ADD COLUMN claims_supportive integer NOT NULL DEFAULT 0;
ALTER TABLE country ADD COLUMN claims_opposed integer NOT NULL DEFAULT 0;
ALTER TABLE country ADD COLUMN claims_concerned integer NOT NULL DEFAULT 0;
ALTER TABLE country ADD COLUMN claims_neutral integer NOT NULL DEFAULT 0;
ALTER TABLE country ADD COLUMN claims_mixed integer NOT NULL DEFAULT 0;
ALTER TABLE country ADD COLUMN weight_supportive integer NOT NULL DEFAULT 0;
ALTER TABLE country ADD COLUMN weight_opposed integer NOT NULL DEFAULT 0;
ALTER TABLE country ADD COLUMN weight_concerned integer NOT NULL DEFAULT 0;
ALTER TABLE country ADD COLUMN example_claim_id bigint;

DROP INDEX claim_country_rank_idx;
ALTER TABLE claim_country DROP COLUMN quote_rank;
ALTER TABLE claim_country ADD COLUMN quote_key bigint NOT NULL DEFAULT 0;
CREATE INDEX claim_country_quote_idx ON claim_country USING btree (country_id, quote_key);

CREATE TABLE claim_key (
    key_hash bigint NOT NULL,
    claim_id bigint NOT NULL,
    article_id bigint NOT NULL,
    kind character varying(16) NOT NULL,
    cutoff bigint NOT NULL,
    CONSTRAINT claim_key_pkey PRIMARY KEY (claim_id, key_hash),
    CONSTRAINT claim_key_kind_check CHECK (((kind)::text = ANY ((ARRAY['CORROBORATES'::character varying, 'CONTRADICTS'::character varying])::text[])))
);
CREATE INDEX claim_key_first_idx ON claim_key USING btree (key_hash, claim_id);

-- replicas look up the articles stored since their last poll
CREATE INDEX article_ingested_idx ON article USING btree (ingested_at);

CREATE TABLE corpus_version (
    id integer NOT NULL,
    version bigint NOT NULL,
    CONSTRAINT corpus_version_pkey PRIMARY KEY (id)
);
INSERT INTO corpus_version (id, version) VALUES (1, 0);

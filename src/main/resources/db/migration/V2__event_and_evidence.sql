-- The corpus event (one row) and the evidence behind each claim's position for a country.
CREATE TABLE corpus_event (
    id integer NOT NULL,
    summary character varying(500),
    actors character varying(500) NOT NULL,
    act character varying(60),
    object_phrase character varying(300),
    targets character varying(500) NOT NULL,
    triggers character varying(4000) NOT NULL,
    origin character varying(16) NOT NULL,
    CONSTRAINT corpus_event_pkey PRIMARY KEY (id)
);
ALTER TABLE claim_country ADD COLUMN cue character varying(200);
ALTER TABLE claim_country ADD COLUMN sieve character varying(40);

-- Backfills split across replicas: one row per document, claimed with FOR UPDATE SKIP LOCKED.
CREATE SEQUENCE backfill_job_seq START WITH 1 INCREMENT BY 50 NO MINVALUE NO MAXVALUE CACHE 1;
CREATE TABLE backfill_job (
    id bigint NOT NULL,
    path character varying(1000) NOT NULL,
    state character varying(16) NOT NULL,
    claimed_by character varying(100),
    claimed_at timestamp(6) with time zone,
    attempts integer NOT NULL,
    error character varying(500),
    CONSTRAINT backfill_job_pkey PRIMARY KEY (id),
    CONSTRAINT backfill_job_path_key UNIQUE (path)
);
CREATE INDEX backfill_job_state_idx ON backfill_job USING btree (state, id);

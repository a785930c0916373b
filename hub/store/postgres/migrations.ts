// The PostgreSQL schema as versioned migrations, applied in order at start (migrate.ts). Never
// edit a released migration: add the next one. Every table carries `site`: one database holds
// many sites. Ticket numbers and seqs never come from sequences (a rolled-back nextval leaves a
// gap); the only identity column numbers audit rows, whose order alone matters.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'events, site head, config, users, sessions, audit',
    sql: `
CREATE TABLE site_head (
  site        text PRIMARY KEY CHECK (site ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  -- bumped by every writer that takes the site over; commits compare-and-set (epoch, seq)
  epoch       bigint NOT NULL DEFAULT 0,
  -- seq of the last committed event of the site
  seq         bigint NOT NULL DEFAULT 0,
  writer      text,
  writer_url  text,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE events (
  site   text   NOT NULL,
  seq    bigint NOT NULL CHECK (seq > 0),
  day    text   NOT NULL CHECK (day ~ '^\\d{4}-\\d{2}-\\d{2}$'),
  epoch  bigint NOT NULL,
  event  jsonb  NOT NULL,
  -- the last event of one appendEvents call (one command): followers broadcast changes as the writer did
  last_of_call boolean NOT NULL DEFAULT false,
  PRIMARY KEY (site, seq)
);
CREATE INDEX events_site_day ON events (site, day, seq);

-- Append-only: an event once committed is never changed or removed.
CREATE FUNCTION giliran_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'events are append-only (% refused)', TG_OP;
END $$;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION giliran_events_append_only();

CREATE TABLE config (
  site        text PRIMARY KEY,
  config      jsonb NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  site      text NOT NULL,
  username  text NOT NULL,
  ord       int  NOT NULL,
  data      jsonb NOT NULL,
  PRIMARY KEY (site, username)
);

CREATE TABLE sessions (
  site        text NOT NULL,
  token_hash  text NOT NULL,
  ord         int  NOT NULL,
  data        jsonb NOT NULL,
  PRIMARY KEY (site, token_hash)
);
-- readAuth returns null before the first start: this row says auth was written once.
CREATE TABLE auth_written (
  site  text PRIMARY KEY
);

CREATE TABLE audit (
  site   text   NOT NULL,
  id     bigint GENERATED ALWAYS AS IDENTITY,
  day    text   NOT NULL,
  entry  jsonb  NOT NULL,
  PRIMARY KEY (site, id)
);
CREATE INDEX audit_site_day ON audit (site, day, id);
`,
  },
  {
    version: 2,
    name: 'device registry',
    sql: `
-- The kiosks and boards of a site (hub/devices/), replaced whole like users: keys only as hashes.
CREATE TABLE devices (
  site   text NOT NULL,
  id     text NOT NULL,
  ord    int  NOT NULL,
  data   jsonb NOT NULL,
  PRIMARY KEY (site, id)
);
-- readDevices returns null before the registry was first written.
CREATE TABLE devices_written (
  site  text PRIMARY KEY
);
`,
  },
];

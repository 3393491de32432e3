import type { Database } from './database'

/** Ordered and append-only: a released migration is never edited, a change is a new one. */
const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'workspace, archive, captures and polling',
    sql: `
CREATE TABLE workspace (
  id int PRIMARY KEY CHECK (id = 1),
  version int NOT NULL,
  demo_seeded boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL
);
INSERT INTO workspace (id, version, updated_at) VALUES (1, 0, now());

CREATE TABLE vendors (
  id text PRIMARY KEY,
  position int NOT NULL,
  name text NOT NULL,
  sla_target double precision NOT NULL,
  demo boolean NOT NULL,
  added_at timestamptz NOT NULL
);

CREATE TABLE sources (
  vendor_id text NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
  id text NOT NULL,
  position int NOT NULL,
  kind text NOT NULL CHECK (kind IN ('url', 'demo', 'import')),
  location text NOT NULL,
  imported_at timestamptz,
  PRIMARY KEY (vendor_id, id)
);

CREATE TABLE excluded_components (
  vendor_id text NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
  component text NOT NULL,
  PRIMARY KEY (vendor_id, component)
);

-- How far back each source's history has been filled (issue 8's backfill), as the app states it.
CREATE TABLE backfill_state (
  vendor_id text NOT NULL,
  source_id text NOT NULL,
  state jsonb NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (vendor_id, source_id),
  FOREIGN KEY (vendor_id, source_id) REFERENCES sources (vendor_id, id) ON DELETE CASCADE
);

-- The archive: one row per incident of a vendor, merged across sources and polls.
CREATE TABLE incidents (
  vendor_id text NOT NULL,
  incident_key text NOT NULL,
  incident jsonb NOT NULL,
  start_at timestamptz NOT NULL,
  end_at timestamptz,
  source_ids text[] NOT NULL,
  first_seen_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (vendor_id, incident_key)
);
CREATE INDEX incidents_by_start ON incidents (vendor_id, start_at);

-- Incidents the browser parsed itself (imports, pasted text): kept so a reparse can replay them.
CREATE TABLE submitted_incidents (
  vendor_id text NOT NULL,
  source_id text NOT NULL,
  incident_id text NOT NULL,
  incident jsonb NOT NULL,
  submitted_at timestamptz NOT NULL,
  PRIMARY KEY (vendor_id, source_id, incident_id)
);

-- Every distinct body a source ever returned, once per content hash.
CREATE TABLE raw_captures (
  sha256 text PRIMARY KEY,
  body text NOT NULL,
  content_type text NOT NULL,
  bytes int NOT NULL,
  first_seen_at timestamptz NOT NULL
);

CREATE TABLE source_captures (
  vendor_id text NOT NULL,
  source_id text NOT NULL,
  sha256 text NOT NULL REFERENCES raw_captures (sha256),
  location text NOT NULL,
  first_fetched_at timestamptz NOT NULL,
  last_fetched_at timestamptz NOT NULL,
  PRIMARY KEY (vendor_id, source_id, sha256)
);

-- One row per polled source: its schedule, its lease and what the last polls found.
CREATE TABLE source_polls (
  vendor_id text NOT NULL,
  source_id text NOT NULL,
  url text NOT NULL,
  etag text,
  last_modified text,
  next_poll_at timestamptz NOT NULL,
  lease_owner text,
  lease_expires_at timestamptz,
  last_poll_at timestamptz,
  last_success_at timestamptz,
  last_change_at timestamptz,
  last_error text,
  last_error_at timestamptz,
  failures int NOT NULL DEFAULT 0,
  polls int NOT NULL DEFAULT 0,
  -- The earliest instant the last parsed body spoke for: a 304 extends coverage from here.
  feed_from timestamptz,
  PRIMARY KEY (vendor_id, source_id)
);

-- The spans each source spoke for (a gap shows where no poll or load succeeded).
CREATE TABLE source_coverage (
  vendor_id text NOT NULL,
  source_id text NOT NULL,
  intervals jsonb NOT NULL,
  PRIMARY KEY (vendor_id, source_id)
);
CREATE INDEX source_polls_due ON source_polls (next_poll_at);
`,
  },
  {
    version: 2,
    name: 'backfills run by the collector',
    // Nullable, so a backup of schema 1 restores into these columns as well.
    sql: `
ALTER TABLE backfill_state
  ADD COLUMN next_run_at timestamptz,
  ADD COLUMN lease_owner text,
  ADD COLUMN lease_expires_at timestamptz,
  ADD COLUMN last_run_at timestamptz,
  ADD COLUMN last_error text,
  ADD COLUMN last_error_at timestamptz,
  ADD COLUMN failures int,
  ADD COLUMN completed_at timestamptz;
-- Rows written before the collector ran backfills: due now, the run finds out how far they are.
UPDATE backfill_state SET next_run_at = now(), failures = 0;
CREATE INDEX backfill_state_due ON backfill_state (next_run_at);
`,
  },
]

export const SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0

// Any fixed number: processes starting together take turns applying migrations.
const MIGRATION_LOCK = 7_246_001

/** Applies every migration the database lacks, each in its own transaction; returns the version. */
export async function migrate(db: Database): Promise<number> {
  for (const migration of MIGRATIONS) {
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
      await tx.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
      )
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
        migration.version,
      ])
      if (done.length > 0) return
      await tx.exec(migration.sql)
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ])
    })
  }
  const [row] = await db.query<{ version: number | null }>(
    'SELECT max(version)::int AS version FROM schema_migrations',
  )
  const version = row?.version ?? 0
  if (version > SCHEMA_VERSION) {
    throw new Error(
      `The database is at schema version ${version}; this build knows up to ${SCHEMA_VERSION}. Run the newer build.`,
    )
  }
  return version
}

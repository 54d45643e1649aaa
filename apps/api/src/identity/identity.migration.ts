import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, credentials, sessions and the sign-in log: tables of their own,
 * never the event log, so a password hash, a code or a token digest is never
 * copied into history, exports or EventStoreDB. Deleting an account deletes
 * its codes and sessions with it.
 */
export class CreateIdentityTables1764700000100 implements MigrationInterface {
  name = 'CreateIdentityTables1764700000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE identity_accounts (
        person_id uuid PRIMARY KEY,
        role text NOT NULL CHECK (role IN ('volunteer', 'staff', 'admin', 'auditor')),
        -- Who the person acts as: a volunteer id, a staff id, or the person id of an admin or auditor.
        subject text NOT NULL,
        -- The sign-in name, as a user name is: one account per phone number.
        phone text NOT NULL UNIQUE,
        -- As invited (staff, admins, auditors); a volunteer's name stays sealed in their personal data.
        name text,
        -- argon2id, PHC string; null until the person sets a password.
        password_hash text,
        created_at timestamptz NOT NULL DEFAULT now(),
        activated_at timestamptz,
        password_changed_at timestamptz,
        UNIQUE (role, subject)
      )`);
    await queryRunner.query(`
      CREATE TABLE identity_sign_in_codes (
        code_digest bytea PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES identity_accounts (person_id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('invitation', 'activation', 'password-reset')),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await queryRunner.query('CREATE INDEX identity_sign_in_codes_person_idx ON identity_sign_in_codes (person_id)');
    await queryRunner.query(`
      CREATE TABLE identity_sessions (
        session_id uuid PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES identity_accounts (person_id) ON DELETE CASCADE,
        -- How its refresh tokens travel: in JSON bodies (API clients) or in the console's cookie.
        transport text NOT NULL CHECK (transport IN ('body', 'cookie')),
        device text,
        address text,
        signed_in_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        end_reason text
      )`);
    await queryRunner.query('CREATE INDEX identity_sessions_open_idx ON identity_sessions (person_id) WHERE ended_at IS NULL');
    await queryRunner.query(`
      CREATE TABLE identity_refresh_tokens (
        token_digest bytea PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES identity_sessions (session_id) ON DELETE CASCADE,
        issued_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        -- Set when the token was exchanged: presenting it again is a reuse.
        retired_at timestamptz
      )`);
    await queryRunner.query('CREATE INDEX identity_refresh_tokens_session_idx ON identity_refresh_tokens (session_id)');
    await queryRunner.query(`
      CREATE TABLE identity_cli_tokens (
        token_id uuid PRIMARY KEY,
        role text NOT NULL,
        subject text NOT NULL,
        communities text[] NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await queryRunner.query(`
      CREATE TABLE identity_revocations (
        -- A session id (every access token of the session) or a token id (one CLI token).
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('session', 'token')),
        -- The clock at the insert, not the transaction's start: watchers read by it.
        revoked_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        -- After this no token it names can still be valid, so it may be forgotten.
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX identity_revocations_revoked_at_idx ON identity_revocations (revoked_at)');
    await queryRunner.query(`
      CREATE TABLE identity_failures (
        -- 'person:<id>' for an account, 'login:<sha-256>' for a phone or staff id that names none, 'code:<id or sha-256>' for activations.
        failure_key text PRIMARY KEY,
        failures integer NOT NULL,
        locked_until timestamptz,
        last_failure_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE identity_sign_in_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        kind text NOT NULL,
        -- No foreign key: the log outlives an erased volunteer's account.
        person_id uuid,
        role text,
        subject text,
        session_id uuid,
        address text,
        device text,
        detail jsonb NOT NULL DEFAULT '{}'
      )`);
    await queryRunner.query('CREATE INDEX identity_sign_in_log_person_idx ON identity_sign_in_log (person_id, id)');
    await queryRunner.query(`CREATE INDEX identity_sign_in_log_address_failures_idx ON identity_sign_in_log (address, at) WHERE kind IN ('sign-in-failed', 'activation-failed')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['identity_sign_in_log', 'identity_failures', 'identity_revocations', 'identity_cli_tokens', 'identity_refresh_tokens', 'identity_sessions', 'identity_sign_in_codes', 'identity_accounts']) {
      await queryRunner.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}

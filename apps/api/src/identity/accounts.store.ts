import { Inject, Injectable } from '@nestjs/common';
import type { PersonRole } from '@shiji/domain';
import type { Queryable } from '@shiji/postgres';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../platform/database/database-pool';

/** A person's account: who they are and how they sign in. */
export interface Account {
  personId: string;
  role: PersonRole;
  /** Who they act as: the token's `sub`. */
  subject: string;
  phone: string;
  name: string | null;
  passwordHash: string | null;
  createdAt: Date;
  activatedAt: Date | null;
  passwordChangedAt: Date | null;
}

interface AccountRow {
  person_id: string;
  role: PersonRole;
  subject: string;
  phone: string;
  name: string | null;
  password_hash: string | null;
  created_at: Date;
  activated_at: Date | null;
  password_changed_at: Date | null;
}

const COLUMNS = 'person_id, role, subject, phone, name, password_hash, created_at, activated_at, password_changed_at';

function toAccount(row: AccountRow): Account {
  return {
    personId: row.person_id,
    role: row.role,
    subject: row.subject,
    phone: row.phone,
    name: row.name,
    passwordHash: row.password_hash,
    createdAt: row.created_at,
    activatedAt: row.activated_at,
    passwordChangedAt: row.password_changed_at,
  };
}

/** How a person names themselves when signing in: every account has a phone, and staff also have their staff id. */
export type Login = { phone: string } | { staffId: string };

/** identity_accounts: one row per person who signs in. */
@Injectable()
export class AccountsStore {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async byLogin(login: Login): Promise<Account | null> {
    const { rows } =
      'phone' in login
        ? await this.pool.query<AccountRow>(`SELECT ${COLUMNS} FROM identity_accounts WHERE phone = $1`, [login.phone])
        : await this.pool.query<AccountRow>(`SELECT ${COLUMNS} FROM identity_accounts WHERE role = 'staff' AND subject = $1`, [login.staffId]);
    return rows[0] ? toAccount(rows[0]) : null;
  }

  async byPerson(personId: string, db: Queryable = this.pool): Promise<Account | null> {
    const { rows } = await db.query<AccountRow>(`SELECT ${COLUMNS} FROM identity_accounts WHERE person_id = $1`, [personId]);
    return rows[0] ? toAccount(rows[0]) : null;
  }

  async bySubject(role: PersonRole, subject: string, db: Queryable = this.pool): Promise<Account | null> {
    const { rows } = await db.query<AccountRow>(`SELECT ${COLUMNS} FROM identity_accounts WHERE role = $1 AND subject = $2`, [role, subject]);
    return rows[0] ? toAccount(rows[0]) : null;
  }

  async phoneTaken(phone: string, db: Queryable = this.pool): Promise<boolean> {
    const { rowCount } = await db.query('SELECT 1 FROM identity_accounts WHERE phone = $1', [phone]);
    return (rowCount ?? 0) > 0;
  }

  async list(filter: { role?: PersonRole; subject?: string }, limit: number): Promise<Account[]> {
    const { rows } = await this.pool.query<AccountRow>(
      `SELECT ${COLUMNS} FROM identity_accounts WHERE ($1::text IS NULL OR role = $1) AND ($2::text IS NULL OR subject = $2) ORDER BY created_at, person_id LIMIT $3`,
      [filter.role ?? null, filter.subject ?? null, limit],
    );
    return rows.map(toAccount);
  }

  async insert(db: Queryable, account: Pick<Account, 'personId' | 'role' | 'subject' | 'phone' | 'name'>): Promise<void> {
    await db.query('INSERT INTO identity_accounts (person_id, role, subject, phone, name) VALUES ($1, $2, $3, $4, $5)', [
      account.personId,
      account.role,
      account.subject,
      account.phone,
      account.name,
    ]);
  }

  /** Sets a new password hash; the first one activates the account. Returns the moment it changed. */
  async setPassword(db: Queryable, personId: string, passwordHash: string): Promise<Date> {
    const { rows } = await db.query<{ changed_at: Date }>(
      `UPDATE identity_accounts SET password_hash = $2, password_changed_at = now(), activated_at = coalesce(activated_at, now())
       WHERE person_id = $1 RETURNING password_changed_at AS changed_at`,
      [personId, passwordHash],
    );
    return rows[0].changed_at;
  }

  /** The same password, hashed again with today's parameters; not a password change. */
  async rehash(personId: string, passwordHash: string): Promise<void> {
    await this.pool.query('UPDATE identity_accounts SET password_hash = $2 WHERE person_id = $1', [personId, passwordHash]);
  }

  /** Deletes the account; its codes, sessions and refresh tokens go with it (foreign keys). */
  async delete(db: Queryable, personId: string): Promise<void> {
    await db.query('DELETE FROM identity_accounts WHERE person_id = $1', [personId]);
  }
}

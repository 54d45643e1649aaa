import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../../platform/database/database-pool';
import type { CertifiedTotals } from './certified-service';

/** The issuer as the certificate printed it (the seal is on the paper, not here). */
export interface PrintedIssuer {
  organisationName: string;
  responsiblePerson: string;
  handlingOfficer: string;
  contactPhone: string;
}

export interface IssuedCertificate {
  code: string;
  volunteerId: string;
  year: number;
  digest: string;
  totals: CertifiedTotals;
  communityId: string;
  communityName: string;
  /** Shanghai day printed on the certificate. */
  issuedOn: string;
  issuedAt: string;
  /** The actor who asked for it: every change names its actor. */
  issuedBy: string;
  /** From the year's register; null for certificates issued before it. */
  certificateNumber: string | null;
  issuer: PrintedIssuer | null;
  firstServiceDay: string | null;
  lastServiceDay: string | null;
}

interface Row {
  code: string;
  volunteer_id: string;
  year: number;
  digest: string;
  totals: CertifiedTotals;
  community_id: string;
  community_name: string;
  issued_on: string;
  issued_at: Date;
  issued_by: string;
  certificate_number: string | null;
  issuer: PrintedIssuer | null;
  first_service_day: string | null;
  last_service_day: string | null;
}

/** The issued_certificates table: code → what the certificate stated when it was issued. */
@Injectable()
export class IssuedCertificates {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  /**
   * Stores a certificate; one issued again with the same code (same records,
   * community and day) keeps the first row, which says the same.
   */
  async save(certificate: IssuedCertificate): Promise<void> {
    await this.pool.query(
      `INSERT INTO issued_certificates (code, volunteer_id, year, digest, totals, community_id, community_name, issued_on, issued_at, issued_by, certificate_number, issuer, first_service_day, last_service_day)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (code) DO NOTHING`,
      [
        certificate.code,
        certificate.volunteerId,
        certificate.year,
        certificate.digest,
        JSON.stringify(certificate.totals),
        certificate.communityId,
        certificate.communityName,
        certificate.issuedOn,
        certificate.issuedAt,
        certificate.issuedBy,
        certificate.certificateNumber,
        certificate.issuer === null ? null : JSON.stringify(certificate.issuer),
        certificate.firstServiceDay,
        certificate.lastServiceDay,
      ],
    );
  }

  async find(code: string): Promise<IssuedCertificate | null> {
    const { rows } = await this.pool.query<Row>('SELECT * FROM issued_certificates WHERE code = $1', [code]);
    const row = rows[0];
    if (!row) return null;
    return {
      code: row.code,
      volunteerId: row.volunteer_id,
      year: row.year,
      digest: row.digest,
      totals: row.totals,
      communityId: row.community_id,
      communityName: row.community_name,
      issuedOn: row.issued_on,
      issuedAt: row.issued_at.toISOString(),
      issuedBy: row.issued_by,
      certificateNumber: row.certificate_number,
      issuer: row.issuer,
      firstServiceDay: row.first_service_day,
      lastServiceDay: row.last_service_day,
    };
  }
}

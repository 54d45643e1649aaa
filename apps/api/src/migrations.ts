import { eventStoreMigrations } from '@shiji/event-store';
import type { MigrationClass } from '@shiji/postgres';
import { readModelMigrations } from '@shiji/projections';
import { CreateApplicationSubmissions1765200000300 } from './features/applications/application-submissions.migration';
import { CreateAuditTables1763900000500 } from './features/audit/audit.migration';
import { CreateIssuedCertificates1763800000300 } from './features/certificates/certificates.migration';
import { CreateSealImages1766200000100 } from './features/certificates/seal-images.migration';
import { AddIssuedCertificateDetails1766200000200 } from './features/certificates/issued-certificate-details.migration';
import { CreateNotificationTables1765200000500 } from './features/notifications/notifications.migration';
import { CreateVolunteerPhoneClaims1765300000100 } from './features/organisation/volunteer-phone-claims.migration';
import { CreateRosterImports1765200000400 } from './features/roster/roster-imports.migration';
import { CreateIdentityTables1764700000100 } from './identity/identity.migration';
import { CreatePersonalDataKeys1764000000200 } from './personal-data/personal-data-keys.migration';
import { AddIdempotencyOwnerAndFailed1764900000100 } from './write-side/idempotency/idempotency-owner.migration';
import { CreateIdempotencyKeys1763800000100 } from './write-side/idempotency/idempotency.migration';

/**
 * Every schema migration of the instance, applied at api start and by
 * `cli migrate`. A library that owns tables exports its list and it joins
 * here; the runner orders them by the timestamp in their names.
 */
export const migrations: readonly MigrationClass[] = [
  ...eventStoreMigrations,
  ...readModelMigrations,
  CreateIdempotencyKeys1763800000100,
  CreateIssuedCertificates1763800000300,
  CreateAuditTables1763900000500,
  CreatePersonalDataKeys1764000000200,
  CreateIdentityTables1764700000100,
  AddIdempotencyOwnerAndFailed1764900000100,
  CreateApplicationSubmissions1765200000300,
  CreateRosterImports1765200000400,
  CreateNotificationTables1765200000500,
  CreateVolunteerPhoneClaims1765300000100,
  CreateSealImages1766200000100,
  AddIssuedCertificateDetails1766200000200,
];

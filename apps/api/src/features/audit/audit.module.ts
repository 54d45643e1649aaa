import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AUDIT_LOG, PostgresAuditLog } from '@shiji/event-store';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../../platform/database/database-pool';
import { VERIFICATION_STATUS } from '../../platform/health/verification-status.port';
import { AccessLogController } from './access-log.http.controller';
import { AccessLogInterceptor } from './access-log.interceptor';
import { AccessLogStore } from './access-log.store';
import { AccountHistoryController } from './account-history.http.controller';
import { AuditEventsController } from './audit-events.http.controller';
import { VerificationsController } from './verifications.http.controller';
import { VerificationsService } from './verifications.service';
import { VerificationsStore } from './verifications.store';

/**
 * Auditors' reads of the log, time travel, background verification and the
 * record of their access. The log's audit reads are the PostgreSQL adapter's
 * over the service's database, whichever store holds the log. Global for one
 * thing: the last verification's outcome (VERIFICATION_STATUS), which /health
 * and /metrics report.
 */
@Global()
@Module({
  controllers: [AuditEventsController, AccountHistoryController, VerificationsController, AccessLogController],
  providers: [
    { provide: AUDIT_LOG, useFactory: (pool: Pool) => new PostgresAuditLog(pool), inject: [DATABASE_POOL] },
    VerificationsStore,
    { provide: VERIFICATION_STATUS, useExisting: VerificationsStore },
    VerificationsService,
    AccessLogStore,
    { provide: APP_INTERCEPTOR, useClass: AccessLogInterceptor },
  ],
  exports: [VERIFICATION_STATUS],
})
export class AuditModule {}

import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { VERIFICATION_STATUS } from '../../platform/health/verification-status.port';
import { AccessLogController } from './access-log.http.controller';
import { AccessLogInterceptor } from './access-log.interceptor';
import { AccessLogStore } from './access-log.store';
import { AccountHistoryController } from './account-history.http.controller';
import { AuditEventsController } from './audit-events.http.controller';
import { EventLogReader } from './event-log.reader';
import { VerificationsController } from './verifications.http.controller';
import { VerificationsService } from './verifications.service';
import { VerificationsStore } from './verifications.store';

/**
 * Auditors' reads of the log, time travel, background verification and the
 * record of their access. Global for one thing: the last verification's
 * outcome (VERIFICATION_STATUS), which /health and /metrics report.
 */
@Global()
@Module({
  controllers: [AuditEventsController, AccountHistoryController, VerificationsController, AccessLogController],
  providers: [
    EventLogReader,
    VerificationsStore,
    { provide: VERIFICATION_STATUS, useExisting: VerificationsStore },
    VerificationsService,
    AccessLogStore,
    { provide: APP_INTERCEPTOR, useClass: AccessLogInterceptor },
  ],
  exports: [VERIFICATION_STATUS],
})
export class AuditModule {}

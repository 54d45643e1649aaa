import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AccessLogController } from './access-log.http.controller';
import { AccessLogInterceptor } from './access-log.interceptor';
import { AccessLogStore } from './access-log.store';
import { AccountHistoryController } from './account-history.http.controller';
import { AuditEventsController } from './audit-events.http.controller';
import { EventLogReader } from './event-log.reader';
import { VerificationsController } from './verifications.http.controller';
import { VerificationsService } from './verifications.service';
import { VerificationsStore } from './verifications.store';

/** Auditors' reads of the log, time travel, background verification and the record of their access. */
@Module({
  controllers: [AuditEventsController, AccountHistoryController, VerificationsController, AccessLogController],
  providers: [EventLogReader, VerificationsStore, VerificationsService, AccessLogStore, { provide: APP_INTERCEPTOR, useClass: AccessLogInterceptor }],
})
export class AuditModule {}

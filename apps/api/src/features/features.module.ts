import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { ProjectionsModule } from '../projections/projections.module';
import { ReadModels } from '../read-side/read-models';
import { ScopeTargetsModule } from '../access/scope-targets.module';
import { VolunteerNames } from '../read-side/volunteer-names';
import { WriteSideModule } from '../write-side/write-side.module';
import { AccountsController } from './accounts/accounts.http.controller';
import { AuditModule } from './audit/audit.module';
import { CertificatesModule } from './certificates/certificates.module';
import { EXCHANGE_CONTROLLERS, EXCHANGE_PROVIDERS } from './exchanges/exchanges';
import { ActivitiesController } from './activities/activities.http.controller';
import { ACTIVITY_HANDLERS } from './activities/activities.handlers';
import { ActivityLines } from './activities/activity-lines';
import { CommunityStatisticsController } from './organisation/community-statistics.http.controller';
import { OrganisationController } from './organisation/organisation.http.controller';
import { ORGANISATION_HANDLERS } from './organisation/organisation.handlers';
import { VolunteerQueries } from './organisation/volunteer-queries';
import { PolicyController } from './policy/policy.http.controller';
import { POLICY_HANDLERS } from './policy/policy.handlers';
import { ServiceRecordOwner } from './service-records/service-record-owner';
import { ServiceRecordListsController } from './service-records/service-record-lists.http.controller';
import { ServiceRecordsController } from './service-records/service-records.http.controller';
import { SERVICE_RECORD_HANDLERS } from './service-records/service-records.handlers';
import { STAFF_HANDLERS } from './staff/staff.handlers';
import { StaffController } from './staff/staff.http.controller';
import { TransfersController } from './transfers/transfers.http.controller';
import { TransfersModule } from './transfers/transfers.module';

/** The time bank's use cases over HTTP under /v1. */
@Module({
  imports: [CqrsModule.forRoot(), PersonalDataModule, ScopeTargetsModule, WriteSideModule, ProjectionsModule, CertificatesModule, AuditModule, TransfersModule],
  controllers: [
    OrganisationController, ActivitiesController, ServiceRecordsController, PolicyController, AccountsController, StaffController, TransfersController,
    ...EXCHANGE_CONTROLLERS, ServiceRecordListsController, CommunityStatisticsController,
  ],
  providers: [ReadModels, VolunteerNames, ActivityLines, VolunteerQueries, ServiceRecordOwner, ...ORGANISATION_HANDLERS, ...ACTIVITY_HANDLERS, ...SERVICE_RECORD_HANDLERS, ...POLICY_HANDLERS, ...STAFF_HANDLERS, ...EXCHANGE_PROVIDERS],
})
export class FeaturesModule {}

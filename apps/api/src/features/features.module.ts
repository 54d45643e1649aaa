import { Module } from '@nestjs/common';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { ProjectionsModule } from '../projections/projections.module';
import { ReadModels } from '../read-side/read-models';
import { ScopeTargetsModule } from '../access/scope-targets.module';
import { VolunteerNames } from '../read-side/volunteer-names';
import { WriteSideModule } from '../write-side/write-side.module';
import { AccountsController } from './accounts/accounts.http.controller';
import { ApplicationsModule } from './applications/applications.module';
import { NotificationsModule } from './notifications/notifications.module';
import { RosterModule } from './roster/roster.module';
import { AuditModule } from './audit/audit.module';
import { CertificatesModule } from './certificates/certificates.module';
import { EXCHANGE_CONTROLLERS, EXCHANGE_PROVIDERS } from './exchanges/exchanges';
import { ActivitiesController } from './activities/activities.http.controller';
import { ActivitySeriesController } from './activities/activity-series.http.controller';
import { ActivityLines } from './activities/activity-lines';
import { Attendance } from './activities/attendance';
import { AttendanceController } from './activities/attendance.http.controller';
import { CommunityPhones } from './organisation/community-phones';
import { CommunityStatisticsController } from './organisation/community-statistics.http.controller';
import { OrganisationController } from './organisation/organisation.http.controller';
import { TeamsController } from './organisation/teams.http.controller';
import { VolunteerQueries } from './organisation/volunteer-queries';
import { PolicyController } from './policy/policy.http.controller';
import { ServiceRecordOwner } from './service-records/service-record-owner';
import { ServiceRecording } from './service-records/service-recording';
import { CorrectionRequestsController } from './corrections/correction-requests.http.controller';
import { ServiceRecordListsController } from './service-records/service-record-lists.http.controller';
import { ServiceRecordsController } from './service-records/service-records.http.controller';
import { StaffController } from './staff/staff.http.controller';
import { TransfersController } from './transfers/transfers.http.controller';
import { TransfersModule } from './transfers/transfers.module';
import { UnitsModule } from './units/units.module';
import { CREDIT_RULES_CONTROLLERS, CREDIT_RULES_PROVIDERS } from './credit-rules/credit-rules';

/** The time bank's use cases over HTTP under /v1. */
@Module({
  imports: [PersonalDataModule, ScopeTargetsModule, WriteSideModule, ProjectionsModule, CertificatesModule, AuditModule, TransfersModule, ApplicationsModule, RosterModule, NotificationsModule, UnitsModule],
  controllers: [
    OrganisationController, TeamsController, ActivitiesController, ActivitySeriesController, AttendanceController, ServiceRecordsController, PolicyController, AccountsController, StaffController, TransfersController,
    ...EXCHANGE_CONTROLLERS, ServiceRecordListsController, CommunityStatisticsController, CorrectionRequestsController,
    ...CREDIT_RULES_CONTROLLERS,
  ],
  providers: [ReadModels, VolunteerNames, ActivityLines, VolunteerQueries, CommunityPhones, ServiceRecordOwner, ServiceRecording, Attendance, ...EXCHANGE_PROVIDERS,
    ...CREDIT_RULES_PROVIDERS,
  ],
})
export class FeaturesModule {}

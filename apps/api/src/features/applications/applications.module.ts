import { Module } from '@nestjs/common';
import { ReadModels } from '../../read-side/read-models';
import { ApplicationDecisions } from './application-decisions';
import { ApplicationQueries } from './application-queries';
import { ApplicationThrottle } from './application-throttle';
import { VolunteerApplicationsController } from './volunteer-applications.http.controller';

/** Residents apply to volunteer; staff of the community approve or reject. */
@Module({
  controllers: [VolunteerApplicationsController],
  providers: [ReadModels, ApplicationThrottle, ApplicationDecisions, ApplicationQueries],
})
export class ApplicationsModule {}

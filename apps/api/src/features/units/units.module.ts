import { Module } from '@nestjs/common';
import { PersonalDataModule } from '../../personal-data/personal-data.module';
import { ProjectionsModule } from '../../projections/projections.module';
import { ReadModels } from '../../read-side/read-models';
import { WriteSideModule } from '../../write-side/write-side.module';
import { AgreementsController } from './agreements.http.controller';
import { FreeTextUnits } from './free-text-units';
import { NeedsController } from './needs.http.controller';
import { PairingsController } from './pairings.http.controller';
import { ServiceRecording } from '../service-records/service-recording';
import { HoursReports } from './hours-report';
import { MonthlyClosing } from './monthly-closing';
import { MonthlyRecordsController } from './monthly-records.http.controller';
import { MonthlyReports } from './monthly-report';
import { MonthlyTotalsQuery } from './monthly-totals';
import { RankingReports } from './ranking-report';
import { Rankings } from './rankings';
import { RankingsController } from './rankings.http.controller';
import { ServiceProjectsController } from './service-projects.http.controller';
import { UnitQueries } from './unit-queries';
import { UnitsController } from './units.http.controller';

/** Co-building units, in-service Party members reporting in, the units' monthly factual records, the year-end ranking of units and teams, and the service-project menu. */
@Module({
  imports: [PersonalDataModule, WriteSideModule, ProjectionsModule],
  controllers: [UnitsController, MonthlyRecordsController, RankingsController, ServiceProjectsController, AgreementsController, PairingsController, NeedsController],
  providers: [ReadModels, UnitQueries, FreeTextUnits, MonthlyTotalsQuery, MonthlyClosing, MonthlyReports, Rankings, RankingReports, HoursReports, ServiceRecording],
})
export class UnitsModule {}

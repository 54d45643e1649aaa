import { Module } from '@nestjs/common';
import { PersonalDataModule } from '../../personal-data/personal-data.module';
import { ProjectionsModule } from '../../projections/projections.module';
import { ReadModels } from '../../read-side/read-models';
import { WriteSideModule } from '../../write-side/write-side.module';
import { FreeTextUnits } from './free-text-units';
import { MonthlyClosing } from './monthly-closing';
import { MonthlyRecordsController } from './monthly-records.http.controller';
import { MonthlyReports } from './monthly-report';
import { MonthlyTotalsQuery } from './monthly-totals';
import { UnitQueries } from './unit-queries';
import { UnitsController } from './units.http.controller';

/** Co-building units, in-service Party members reporting in, and the units' monthly factual records. */
@Module({
  imports: [PersonalDataModule, WriteSideModule, ProjectionsModule],
  controllers: [UnitsController, MonthlyRecordsController],
  providers: [ReadModels, UnitQueries, FreeTextUnits, MonthlyTotalsQuery, MonthlyClosing, MonthlyReports],
})
export class UnitsModule {}

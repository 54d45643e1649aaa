import { Module } from '@nestjs/common';
import { ReadModels } from '../../read-side/read-models';
import { RosterBodies } from './roster-body';
import { RosterExports } from './roster-exports';
import { RosterImports } from './roster-imports';
import { RosterImportsStore } from './roster-imports.store';
import { RosterController } from './roster.http.controller';

/** Staff import a community's roster from .xlsx or .csv, and export volunteers and a month's records as .xlsx. */
@Module({
  controllers: [RosterController],
  providers: [ReadModels, RosterBodies, RosterImports, RosterImportsStore, RosterExports],
})
export class RosterModule {}

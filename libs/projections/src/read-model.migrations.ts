import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ALL_PROJECTIONS } from './projections';
import { CreateApplicationsReadModel1765200000100 } from './read-models/applications/applications.migration';
import { CreateCorrectionRequestsReadModel1766250000100 } from './read-models/corrections/corrections.migration';
import { AddServiceRecordStatus1765100000000 } from './read-models/accounts/record-status.migration';
import { AddActivityCapacity1765100000100 } from './read-models/directory/activity-capacity.migration';
import { AddTeamSpecialtyAndLeader1765100000200 } from './read-models/directory/team-leader.migration';
import { CreateExchangeReadModels1763800000200 } from './read-models/exchanges/exchanges.migration';
import { CreateNotificationsReadModel1765200000200 } from './read-models/notifications/notifications.migration';
import { CreateStaffReadModel1764000000100 } from './read-models/staff/staff.migration';
import { CreateTransfersReadModel1764900000200 } from './read-models/transfers/transfers.migration';
import { CreateAgreementsReadModel1766050000100 } from './read-models/units/agreements.migration';
import { CreateNeedsReadModel1766050000300 } from './read-models/units/needs.migration';
import { CreatePairingsReadModel1766050000200 } from './read-models/units/pairings.migration';
import { CreateUnitsReadModel1766000000100 } from './read-models/units/units.migration';
import { CreateFamilyReadModel1766100000100 } from './read-models/family/family.migration';
import { CreatePoolsReadModel1766100000200 } from './read-models/pools/pools.migration';
import { CreateBeneficiaryLedger1766150000100 } from './read-models/pools/beneficiary-ledger.migration';
import { AddVolunteerNumbers1766260000100 } from './read-models/directory/volunteer-numbers.migration';
import { checkpointDdl, collectionDdl, tableName } from './runner/collection';

/** The read models of the first release. Later changes to a collection get a migration of their own and a rebuild. */
export class CreateReadModels1763800000000 implements MigrationInterface {
  name = 'CreateReadModels1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(checkpointDdl('public'));
    for (const projection of ALL_PROJECTIONS) {
      for (const collection of projection.collections) {
        for (const statement of collectionDdl('public', collection)) await queryRunner.query(statement);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const projection of ALL_PROJECTIONS) {
      for (const collection of projection.collections) await queryRunner.query(`DROP TABLE IF EXISTS public.${tableName(collection.name)}`);
    }
    await queryRunner.query('DROP TABLE IF EXISTS public.projection_checkpoints');
  }
}

export const readModelMigrations = [CreateReadModels1763800000000, CreateExchangeReadModels1763800000200, CreateStaffReadModel1764000000100, CreateTransfersReadModel1764900000200, AddServiceRecordStatus1765100000000, AddActivityCapacity1765100000100, AddTeamSpecialtyAndLeader1765100000200,
  CreateApplicationsReadModel1765200000100,
  CreateNotificationsReadModel1765200000200,
  CreateUnitsReadModel1766000000100,
  CreateFamilyReadModel1766100000100,
  CreatePoolsReadModel1766100000200,
  CreateBeneficiaryLedger1766150000100,
  CreateCorrectionRequestsReadModel1766250000100,
  CreateAgreementsReadModel1766050000100,
  CreatePairingsReadModel1766050000200,
  CreateNeedsReadModel1766050000300,
  AddVolunteerNumbers1766260000100,
];

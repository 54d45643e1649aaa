import { rosterImportDecider, rosterImportStream, type RosterImportCommand, type RosterImportEvent } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(rosterImportDecider);

const importId = 'imp-1';
const start: RosterImportCommand = { type: 'StartRosterImport', importId, communityId: 'c-1', fileSha256: 'ab12', rows: 10, validRows: 8 };
const started: RosterImportEvent = { type: 'RosterImportStarted', data: { importId, communityId: 'c-1', fileSha256: 'ab12', rows: 10, validRows: 8 } };
const complete: RosterImportCommand = { type: 'CompleteRosterImport', importId, registered: 8, refused: 2 };
const completed: RosterImportEvent = { type: 'RosterImportCompleted', data: { importId, communityId: 'c-1', registered: 8, refused: 2 } };

describe('roster imports', () => {
  it('have one stream each', () => {
    expect(rosterImportStream('imp-1')).toBe('roster-import-imp-1');
  });

  it('start once per file: the same file again (a resumption) changes nothing', () => {
    spec.given([]).when(start).then([started]);
    spec.given([started]).when(start).then([]);
    spec.given([started, completed]).when(start).then([]);
  });

  it('refuse another file under the same import id', () => {
    spec.given([started]).when({ ...start, fileSha256: 'ff00' } as RosterImportCommand).thenThrows('ROSTER_IMPORT_ALREADY_EXISTS', { importId });
  });

  it('complete once, with what came of the rows', () => {
    spec.given([started]).when(complete).then([completed]);
    spec.given([started, completed]).when({ ...complete, registered: 0 } as RosterImportCommand).then([]);
  });

  it('cannot complete an import never started', () => {
    spec.given([]).when(complete).thenThrows('ROSTER_IMPORT_NOT_FOUND', { importId });
  });
});

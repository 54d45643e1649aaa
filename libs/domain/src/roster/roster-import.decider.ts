import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';

export const rosterImportStream = (importId: string): string => `roster-import-${importId}`;

/**
 * A roster file imported into a community. Its volunteers are registered in
 * their own streams (their events carry the import id as correlation id);
 * this stream records who imported which file (by its SHA-256, never its
 * contents) and what came of it.
 */
export type RosterImportEvent =
  | { type: 'RosterImportStarted'; data: { importId: string; communityId: string; fileSha256: string; rows: number; validRows: number } }
  | { type: 'RosterImportCompleted'; data: { importId: string; communityId: string; registered: number; refused: number } };

export type RosterImportCommand =
  /** Starting an import already started (the same file again, or a resumption) changes nothing. */
  | { type: 'StartRosterImport'; importId: string; communityId: string; fileSha256: string; rows: number; validRows: number }
  /** Completing twice changes nothing: the first outcome stands. */
  | { type: 'CompleteRosterImport'; importId: string; registered: number; refused: number };

export type RosterImport =
  | { exists: false }
  | { exists: true; importId: string; communityId: string; fileSha256: string; completed: boolean };

export const rosterImportDecider: Decider<RosterImportCommand, RosterImportEvent, RosterImport> = {
  initialState: () => ({ exists: false }),
  communityOf: (_event, state) => (state.exists ? state.communityId : undefined),
  decide(command, state) {
    switch (command.type) {
      case 'StartRosterImport': {
        if (state.exists) {
          if (state.fileSha256 !== command.fileSha256 || state.communityId !== command.communityId) throw new DomainError('ROSTER_IMPORT_ALREADY_EXISTS', { importId: command.importId });
          return [];
        }
        const { importId, communityId, fileSha256, rows, validRows } = command;
        return [{ type: 'RosterImportStarted', data: { importId, communityId, fileSha256, rows, validRows } }];
      }
      case 'CompleteRosterImport': {
        if (!state.exists) throw new DomainError('ROSTER_IMPORT_NOT_FOUND', { importId: command.importId });
        if (state.completed) return [];
        return [{ type: 'RosterImportCompleted', data: { importId: command.importId, communityId: state.communityId, registered: command.registered, refused: command.refused } }];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'RosterImportStarted':
        return { exists: true, importId: event.data.importId, communityId: event.data.communityId, fileSha256: event.data.fileSha256, completed: false };
      case 'RosterImportCompleted':
        return state.exists ? { ...state, completed: true } : state;
      default:
        return assertNever(event);
    }
  },
};

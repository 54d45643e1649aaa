import { assertNever, type Decider } from '../shared/decider';

/** One register a year: its revision order is the certificate numbers' order, so two issued at once never share one. */
export const certificateRegisterStream = (year: number): string => `certificates-${year}`;

export interface CertificateIssue {
  /** The verification code, which the public check is asked with. */
  code: string;
  volunteerId: string;
  communityId: string;
  /** The Shanghai year certified, and the first and last day of service in it. */
  year: number;
  firstServiceDay: string | null;
  lastServiceDay: string | null;
  /** The records certified and their digest: a later check recomputes it. */
  recordIds: string[];
  digest: string;
  totalMinutes: number;
  /** Shanghai day printed on it. */
  issuedOn: string;
  handlingOfficer: string | null;
}

export type CertificateIssued = { type: 'CertificateIssued'; data: CertificateIssue & { certificateNumber: string; sequence: number } };
export type CertificateEvent = CertificateIssued;

export type CertificateCommand = { type: 'IssueCertificate'; certificate: CertificateIssue };

export interface CertificateRegister {
  issued: number;
  /** code → number: a certificate issued again with the same code (same records, same day) keeps its number. */
  numbers: ReadonlyMap<string, string>;
}

/** 2026-000123: the year, then the year's sequence. */
export function certificateNumber(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(6, '0')}`;
}

export const certificateRegisterDecider: Decider<CertificateCommand, CertificateEvent, CertificateRegister> = {
  initialState: () => ({ issued: 0, numbers: new Map() }),
  communityOf: (event) => event.data.communityId,
  decide(command, state) {
    switch (command.type) {
      case 'IssueCertificate': {
        if (state.numbers.has(command.certificate.code)) return [];
        const sequence = state.issued + 1;
        return [{ type: 'CertificateIssued', data: { ...command.certificate, sequence, certificateNumber: certificateNumber(command.certificate.year, sequence) } }];
      }
      default:
        return assertNever(command.type);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'CertificateIssued':
        return { issued: Math.max(state.issued, event.data.sequence), numbers: new Map(state.numbers).set(event.data.code, event.data.certificateNumber) };
      default:
        return assertNever(event.type);
    }
  },
};

import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';

export const communityStream = (communityId: string): string => `community-${communityId}`;

/**
 * Who answers for a community's certificates (谁记录谁证明、谁证明谁负责,
 * 民发〔2015〕149号): the issuing organisation, its responsible person
 * (负责人), the handling officer (经办人) named by default, a contact phone,
 * and the seal's image by its SHA-256 (the image itself is stored once,
 * outside the log).
 */
export interface CertificateIssuer {
  organisationName: string;
  responsiblePerson: string;
  handlingOfficer: string;
  contactPhone: string;
  sealSha256: string | null;
}

export type CommunityRegistered = {
  type: 'CommunityRegistered';
  data: { communityId: string; name: string };
};
export type CertificateIssuerSet = { type: 'CertificateIssuerSet'; data: { communityId: string; issuer: CertificateIssuer } };
export type CommunityEvent = CommunityRegistered | CertificateIssuerSet;

export type CommunityCommand =
  | { type: 'RegisterCommunity'; communityId: string; name: string }
  | { type: 'SetCertificateIssuer'; communityId: string; issuer: CertificateIssuer };

export type Community = { exists: false } | { exists: true; communityId: string; name: string; issuer: CertificateIssuer | null };

export const communityDecider: Decider<CommunityCommand, CommunityEvent, Community> = {
  initialState: () => ({ exists: false }),
  communityOf: (_event, state) => (state.exists ? state.communityId : undefined),
  decide(command, state) {
    switch (command.type) {
      case 'RegisterCommunity':
        if (state.exists) throw new DomainError('COMMUNITY_ALREADY_EXISTS', { communityId: command.communityId });
        return [{ type: 'CommunityRegistered', data: { communityId: command.communityId, name: command.name } }];
      case 'SetCertificateIssuer':
        if (!state.exists) throw new DomainError('COMMUNITY_NOT_FOUND', { communityId: command.communityId });
        return [{ type: 'CertificateIssuerSet', data: { communityId: command.communityId, issuer: command.issuer } }];
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'CommunityRegistered':
        return { exists: true, communityId: event.data.communityId, name: event.data.name, issuer: null };
      case 'CertificateIssuerSet':
        return state.exists ? { ...state, issuer: event.data.issuer } : state;
      default:
        return assertNever(event);
    }
  },
};

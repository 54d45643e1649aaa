import { agreementDecider, agreementStream, type AgreementEvent } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(agreementDecider);
const agreementId = 'ag-1';
const data = { agreementId, unitId: 'u-1', communityId: 'c-1', startsOn: '2026-01-01', endsOn: '2026-12-31', commitments: '每月一次义诊', projectIds: ['p-1'] };
const registered: AgreementEvent = { type: 'CoBuildingAgreementRegistered', data };
const ended: AgreementEvent = { type: 'CoBuildingAgreementEnded', data: { agreementId, endedOn: '2026-06-30' } };

describe('co-building agreements (共建协议)', () => {
  it('registers an agreement once, on its own stream, in its community', () => {
    expect(agreementStream(agreementId)).toBe('co-building-agreement-ag-1');
    spec.given([]).when({ type: 'RegisterAgreement', ...data, projectIds: ['p-1', 'p-1'] }).then([registered]);
    spec.given([registered]).when({ type: 'RegisterAgreement', ...data }).thenThrows('AGREEMENT_ALREADY_EXISTS', { agreementId });
    expect(agreementDecider.communityOf?.(registered, agreementDecider.initialState())).toBe('c-1');
  });

  it('refuses dates that are not days or end before the start', () => {
    spec.given([]).when({ type: 'RegisterAgreement', ...data, endsOn: '2025-12-31' }).thenThrows('INVALID_AGREEMENT_DATES', { startsOn: '2026-01-01', day: '2025-12-31' });
    spec.given([]).when({ type: 'RegisterAgreement', ...data, startsOn: '2026-02-30' }).thenThrows('INVALID_AGREEMENT_DATES', { day: '2026-02-30' });
  });

  it('amends the terms given, keeps the others, and records nothing when nothing changes', () => {
    spec.given([registered]).when({ type: 'AmendAgreement', agreementId, projectIds: ['p-1', 'p-2'] })
      .then([{ type: 'CoBuildingAgreementAmended', data: { agreementId, endsOn: '2026-12-31', commitments: '每月一次义诊', projectIds: ['p-1', 'p-2'] } }]);
    spec.given([registered]).when({ type: 'AmendAgreement', agreementId, endsOn: null, commitments: '每周一次' })
      .then([{ type: 'CoBuildingAgreementAmended', data: { agreementId, endsOn: null, commitments: '每周一次', projectIds: ['p-1'] } }]);
    spec.given([registered]).when({ type: 'AmendAgreement', agreementId, commitments: '每月一次义诊' }).then([]);
    spec.given([]).when({ type: 'AmendAgreement', agreementId }).thenThrows('AGREEMENT_NOT_FOUND', { agreementId });
  });

  it('ends an agreement once; an ended one is not amended', () => {
    spec.given([registered]).when({ type: 'EndAgreement', agreementId, endedOn: '2026-06-30' }).then([ended]);
    spec.given([registered, ended]).when({ type: 'EndAgreement', agreementId, endedOn: '2026-07-01' }).thenThrows('AGREEMENT_ENDED', { agreementId, endedOn: '2026-06-30' });
    spec.given([registered, ended]).when({ type: 'AmendAgreement', agreementId, commitments: '新' }).thenThrows('AGREEMENT_ENDED', { agreementId, endedOn: '2026-06-30' });
  });
});

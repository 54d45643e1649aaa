import { correctionAnswerDue, correctionRequestDecider, isCorrectionOverdue, type CorrectionRequestEvent } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(correctionRequestDecider);

const filedAt = '2026-03-01T15:30:00.000Z'; // 2026-03-01 23:30 in Shanghai
const requested = (recordId: string | null = 'r-1'): CorrectionRequestEvent => ({
  type: 'CorrectionRequested',
  data: { requestId: 'cr-1', volunteerId: 'v-1', communityId: 'c-1', recordId, reason: '少记了一小时', filedBy: 'v-1', filedAt },
});
const file = { type: 'FileCorrectionRequest' as const, requestId: 'cr-1', volunteerId: 'v-1', communityId: 'c-1', recordId: 'r-1', reason: '少记了一小时', filedBy: 'v-1', filedAt };
const answeredAt = '2026-03-05T02:00:00.000Z';
const accept = { type: 'AcceptCorrectionRequest' as const, requestId: 'cr-1', volunteerId: 'v-1', correctionRecordId: 'r-1', answeredBy: 's-1', answeredAt };
const reject = { type: 'RejectCorrectionRequest' as const, requestId: 'cr-1', volunteerId: 'v-1', reason: '签到表显示服务两小时', answeredBy: 's-1', answeredAt };

describe('correction request (异议)', () => {
  it('is filed with a reason, against a record or a missing one, in its volunteer\'s community', () => {
    spec.given([]).when(file).then([requested()]);
    spec.given([]).when({ ...file, recordId: null }).then([requested(null)]);
    expect(correctionRequestDecider.communityOf?.(requested(), correctionRequestDecider.evolve(correctionRequestDecider.initialState(), requested()))).toBe('c-1');
  });

  it.each(['', '   ', 'x'.repeat(501)])('needs a reason (%p refused)', (reason) => {
    spec.given([]).when({ ...file, reason }).thenThrows('INVALID_CORRECTION_REASON', { max: 500 });
  });

  it('is filed once', () => {
    spec.given([requested()]).when(file).thenThrows('CORRECTION_REQUEST_ALREADY_EXISTS', { requestId: 'cr-1' });
  });

  it('accepted, names the record that corrects it', () => {
    spec.given([requested()]).when(accept).then([{ type: 'CorrectionRequestAccepted', data: { requestId: 'cr-1', volunteerId: 'v-1', correctionRecordId: 'r-1', answeredBy: 's-1', answeredAt } }]);
  });

  it('rejected, states the reason', () => {
    spec.given([requested()]).when(reject).then([{ type: 'CorrectionRequestRejected', data: { requestId: 'cr-1', volunteerId: 'v-1', reason: '签到表显示服务两小时', answeredBy: 's-1', answeredAt } }]);
    spec.given([requested()]).when({ ...reject, reason: ' ' }).thenThrows('INVALID_CORRECTION_REASON', { max: 500 });
  });

  it('is answered once', () => {
    const accepted: CorrectionRequestEvent = { type: 'CorrectionRequestAccepted', data: { requestId: 'cr-1', volunteerId: 'v-1', correctionRecordId: 'r-1', answeredBy: 's-1', answeredAt } };
    spec.given([requested(), accepted]).when(reject).thenThrows('CORRECTION_REQUEST_ALREADY_ANSWERED', { requestId: 'cr-1', status: 'accepted' });
    spec.given([requested(), accepted]).when(accept).thenThrows('CORRECTION_REQUEST_ALREADY_ANSWERED', { requestId: 'cr-1', status: 'accepted' });
  });

  it('is found only under its own volunteer', () => {
    spec.given([]).when(accept).thenThrows('CORRECTION_REQUEST_NOT_FOUND', { requestId: 'cr-1' });
    spec.given([requested()]).when({ ...reject, volunteerId: 'v-2' }).thenThrows('CORRECTION_REQUEST_NOT_FOUND', { requestId: 'cr-1' });
  });

  describe('deadline, in Shanghai days', () => {
    it('is due on the filing day (Shanghai) plus the deadline\'s days', () => {
      expect(correctionAnswerDue(filedAt, 15)).toBe('2026-03-16');
      expect(correctionAnswerDue(filedAt, 0)).toBe('2026-03-01');
      expect(correctionAnswerDue('2026-03-01T16:30:00.000Z', 0)).toBe('2026-03-02'); // already 3/2 in Shanghai
    });

    it('is overdue only while open, from the Shanghai day after the due day', () => {
      const open = { status: 'open' as const, filedAt };
      expect(isCorrectionOverdue(open, 15, new Date('2026-03-16T15:59:59.000Z'))).toBe(false); // 3/16 23:59:59 Shanghai
      expect(isCorrectionOverdue(open, 15, new Date('2026-03-16T16:00:00.000Z'))).toBe(true); // 3/17 00:00 Shanghai
      expect(isCorrectionOverdue(open, 0, new Date('2026-03-01T15:59:59.000Z'))).toBe(false);
      expect(isCorrectionOverdue(open, 0, new Date('2026-03-01T16:00:00.000Z'))).toBe(true);
      expect(isCorrectionOverdue({ status: 'accepted', filedAt }, 0, new Date('2027-01-01T00:00:00.000Z'))).toBe(false);
      expect(isCorrectionOverdue({ status: 'rejected', filedAt }, 0, new Date('2027-01-01T00:00:00.000Z'))).toBe(false);
    });
  });
});

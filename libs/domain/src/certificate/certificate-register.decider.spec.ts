import { certificateNumber, certificateRegisterDecider, certificateRegisterStream, fold, type CertificateIssue } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(certificateRegisterDecider);

const issue = (code: string): CertificateIssue => ({
  code,
  volunteerId: 'v-1',
  communityId: 'c-1',
  year: 2026,
  firstServiceDay: '2026-03-01',
  lastServiceDay: '2026-10-29',
  recordIds: ['r-1', 'r-2'],
  digest: 'ab'.repeat(32),
  totalMinutes: 195,
  issuedOn: '2026-12-07',
  handlingOfficer: '李干事',
});
const issued = (code: string, sequence: number) => ({ type: 'CertificateIssued' as const, data: { ...issue(code), sequence, certificateNumber: certificateNumber(2026, sequence) } });

describe('the certificate register (one a year)', () => {
  it('has one stream a year', () => {
    expect(certificateRegisterStream(2026)).toBe('certificates-2026');
  });

  it('numbers the first certificate of the year 000001', () => {
    spec.given([]).when({ type: 'IssueCertificate', certificate: issue('AAAA-BBBB-CCCC-DDDD') }).then([issued('AAAA-BBBB-CCCC-DDDD', 1)]);
    expect(issued('X', 1).data.certificateNumber).toBe('2026-000001');
  });

  it('numbers the next one after the last', () => {
    spec.given([issued('A', 1), issued('B', 2)]).when({ type: 'IssueCertificate', certificate: issue('C') }).then([issued('C', 3)]);
  });

  it('issues a certificate with the same code once: it keeps its number', () => {
    spec.given([issued('A', 1)]).when({ type: 'IssueCertificate', certificate: issue('A') }).then([]);
    expect(fold(certificateRegisterDecider, [issued('A', 1)]).numbers.get('A')).toBe('2026-000001');
  });

  it('belongs to the community that issued it', () => {
    expect(certificateRegisterDecider.communityOf?.(issued('A', 1), fold(certificateRegisterDecider, []))).toBe('c-1');
  });
});

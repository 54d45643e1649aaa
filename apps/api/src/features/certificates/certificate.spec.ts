import { certificateCode, certificateDigest, normaliseCode } from './certificate-digest';
import { certifiedTotals, type CertifiedRecord } from './certified-service';
import { maskedName } from './masked-name';
import { serviceDuration } from './service-duration';

const records: CertifiedRecord[] = [
  { recordId: 'r1', activityId: 'a1', category: 'elderly_care', minutes: 90 },
  { recordId: 'r2', activityId: null, category: 'tutoring', minutes: 45 },
  { recordId: 'r3', activityId: 'a1', category: 'elderly_care', minutes: 60 },
  { recordId: 'r4', activityId: null, category: 'elderly_care', minutes: 30 },
];

describe('certificate content', () => {
  it('totals per activity (ad-hoc per category) and per category, most minutes first', () => {
    const totals = certifiedTotals(records, new Map([['a1', '重阳节探访']]));
    expect(totals).toEqual({
      totalMinutes: 225,
      records: 4,
      byActivity: [
        { activityId: 'a1', title: '重阳节探访', category: 'elderly_care', records: 2, minutes: 150 },
        { activityId: null, title: null, category: 'tutoring', records: 1, minutes: 45 },
        { activityId: null, title: null, category: 'elderly_care', records: 1, minutes: 30 },
      ],
      byCategory: [
        { category: 'elderly_care', records: 3, minutes: 180 },
        { category: 'tutoring', records: 1, minutes: 45 },
      ],
    });
  });

  it('shows minutes as hours and minutes', () => {
    expect(serviceDuration(750)).toEqual({ zh: '12 小时 30 分钟', en: '12 h 30 min' });
    expect(serviceDuration(120)).toEqual({ zh: '2 小时', en: '2 h' });
    expect(serviceDuration(45)).toEqual({ zh: '45 分钟', en: '45 min' });
    expect(serviceDuration(0)).toEqual({ zh: '0 分钟', en: '0 min' });
  });

  it('masks a name to its first character', () => {
    expect(maskedName('张三')).toBe('张*');
    expect(maskedName('欧阳娜娜')).toBe('欧*');
    expect(maskedName('')).toBe('*');
  });
});

describe('certificate digest and code', () => {
  const key = Buffer.alloc(32, 7);

  it('does not depend on the order records are read in, and changes with any minute', () => {
    const digest = certificateDigest('v1', 2025, records);
    expect(certificateDigest('v1', 2025, [...records].reverse())).toBe(digest);
    expect(certificateDigest('v1', 2025, records.map((record) => (record.recordId === 'r2' ? { ...record, minutes: 44 } : record)))).not.toBe(digest);
    expect(certificateDigest('v1', 2024, records)).not.toBe(digest);
    expect(certificateDigest('v2', 2025, records)).not.toBe(digest);
  });

  it('gives a grouped base32 code that depends on the key, the records, the community and the day', () => {
    const input = { digest: certificateDigest('v1', 2025, records), volunteerId: 'v1', communityId: 'c1', issuedOn: '2026-01-05' };
    const code = certificateCode(key, input);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(certificateCode(key, input)).toBe(code);
    expect(certificateCode(Buffer.alloc(32, 8), input)).not.toBe(code);
    expect(certificateCode(key, { ...input, issuedOn: '2026-01-06' })).not.toBe(code);
    expect(certificateCode(key, { ...input, communityId: 'c2' })).not.toBe(code);
  });

  it('reads a code typed in any case, with or without dashes, and refuses what cannot be one', () => {
    expect(normaliseCode('7k2q m9xd-4tbn-qh3v')).toBe('7K2Q-M9XD-4TBN-QH3V');
    expect(normaliseCode('7K2QM9XD4TBNQH3V')).toBe('7K2Q-M9XD-4TBN-QH3V');
    expect(normaliseCode('7K2Q-M9XD-4TBN-QH3')).toBeNull();
    expect(normaliseCode('UUUU-M9XD-4TBN-QH3V')).toBeNull();
  });
});

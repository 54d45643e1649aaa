import { digestOf, newActivationCode, newInvitationCode, newRefreshToken, normalizeCode } from './secrets';

describe('secrets', () => {
  it('draws invitation codes of 16 Crockford base32 characters in four groups', () => {
    const codes = Array.from({ length: 200 }, newInvitationCode);
    for (const code of codes) expect(code).toMatch(/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}(-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}){3}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('draws activation codes of 8 digits, leading zeros kept', () => {
    const codes = Array.from({ length: 2000 }, newActivationCode);
    for (const code of codes) expect(code).toMatch(/^\d{8}$/);
    expect(new Set(codes.map((code) => code[0])).size).toBe(10);
  });

  it('draws refresh tokens of 256 bits', () => {
    expect(Buffer.from(newRefreshToken(), 'base64url')).toHaveLength(32);
    expect(newRefreshToken()).not.toBe(newRefreshToken());
  });

  it('reads a code as typed, ignoring case, spaces and dashes, and keeps only its digest', () => {
    expect(normalizeCode(' 7kq2-m9xd 4rtb-wz3h ')).toBe('7KQ2M9XD4RTBWZ3H');
    expect(normalizeCode('1234 5678')).toBe('12345678');
    expect(digestOf('12345678')).toHaveLength(32);
    expect(digestOf('12345678').toString('hex')).not.toContain(Buffer.from('12345678').toString('hex'));
  });
});

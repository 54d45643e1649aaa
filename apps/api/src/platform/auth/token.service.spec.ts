import jwt from 'jsonwebtoken';
import { TokenService } from './token.service';
import { UnauthenticatedError } from './unauthenticated.error';

const secret = 'k'.repeat(40);
const tokens = new TokenService({ jwtSecret: secret, tokenTtlSeconds: 3600 });

function reasonOf(token: string): string | undefined {
  try {
    tokens.verify(token);
    return undefined;
  } catch (error) {
    return error instanceof UnauthenticatedError ? error.reason : 'not an UnauthenticatedError';
  }
}

describe('TokenService', () => {
  it('issues a token that verifies to the same actor', () => {
    const issued = tokens.issue({ sub: 'alice', role: 'staff', communities: ['c1'] });
    expect(tokens.verify(issued.token)).toEqual({ id: 'alice', role: 'staff', communities: ['c1'], tokenId: issued.tokenId });
    expect(jwt.decode(issued.token, { complete: true })?.header.alg).toBe('HS256');
  });

  it('carries the session of a signed-in person, and none for a CLI token', () => {
    const signedIn = tokens.issue({ sub: 'p-1', role: 'auditor', sessionId: 's-1' });
    expect(tokens.verify(signedIn.token)).toMatchObject({ id: 'p-1', sessionId: 's-1' });
    expect(tokens.verify(tokens.issue({ sub: 'p-1', role: 'auditor' }).token).sessionId).toBeUndefined();
    expect(reasonOf(jwt.sign({ sub: 'a', role: 'admin', communities: [], jti: 'j', sid: '' }, secret, { expiresIn: 60 }))).toBe('invalid');
  });

  it('expires tokens after the configured or the requested lifetime', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(tokens.issue({ sub: 'a', role: 'admin' }, now).expiresAt).toEqual(new Date('2026-01-01T01:00:00Z'));
    expect(tokens.issue({ sub: 'a', role: 'admin', ttlSeconds: 60 }, now).expiresAt).toEqual(new Date('2026-01-01T00:01:00Z'));
  });

  it('gives each token its own id', () => {
    expect(tokens.issue({ sub: 'a', role: 'admin' }).tokenId).not.toBe(tokens.issue({ sub: 'a', role: 'admin' }).tokenId);
  });

  it('refuses expired, foreign, unsigned and malformed tokens', () => {
    const claims = { sub: 'a', role: 'admin', communities: [], jti: 'j' };
    const expired = tokens.issue({ sub: 'a', role: 'admin', ttlSeconds: 60 }, new Date(Date.now() - 120_000)).token;
    expect(reasonOf(expired)).toBe('expired');
    expect(reasonOf(jwt.sign(claims, 'x'.repeat(40), { expiresIn: 60 }))).toBe('invalid');
    expect(reasonOf(jwt.sign(claims, '', { algorithm: 'none', expiresIn: 60 }))).toBe('invalid');
    expect(reasonOf(jwt.sign(claims, secret, { algorithm: 'HS512', expiresIn: 60 }))).toBe('invalid');
    expect(reasonOf('a.b.c')).toBe('invalid');
  });

  it('refuses well-signed tokens whose claims have the wrong shape', () => {
    const valid = { sub: 'a', role: 'admin', communities: ['c1'], jti: 'j', exp: Math.floor(Date.now() / 1000) + 60 };
    const { jti: _jti, ...withoutJti } = valid;
    const { exp: _exp, ...withoutExp } = valid;
    for (const claims of [
      { ...valid, role: 'root' },
      { ...valid, sub: '' },
      { ...valid, communities: 'c1' },
      { ...valid, communities: [1] },
      withoutJti,
      withoutExp,
    ]) {
      expect(reasonOf(jwt.sign(claims, secret))).toBe('invalid');
    }
  });
  describe('tokens verified before', () => {
    afterEach(() => jest.useRealTimers());

    it('verifies a token once and answers its repeats from memory', () => {
      const service = new TokenService({ jwtSecret: secret, tokenTtlSeconds: 3600 });
      const issued = service.issue({ sub: 'alice', role: 'staff', communities: ['c1'] });
      const verify = jest.spyOn(jwt, 'verify');
      try {
        const first = service.verify(issued.token);
        const again = service.verify(issued.token);

        expect(again).toBe(first);
        expect(verify).toHaveBeenCalledTimes(1);
      } finally {
        verify.mockRestore();
      }
    });

    it('refuses a remembered token once it expires, like one never seen', () => {
      jest.useFakeTimers({ now: new Date('2026-06-01T08:00:00Z') });
      const service = new TokenService({ jwtSecret: secret, tokenTtlSeconds: 3600 });
      const issued = service.issue({ sub: 'alice', role: 'staff', ttlSeconds: 60 }, new Date());
      expect(service.verify(issued.token).id).toBe('alice');

      // Valid up to the clock tolerance past exp, exactly as a full verification decides.
      jest.setSystemTime(new Date('2026-06-01T08:01:04.999Z'));
      expect(service.verify(issued.token).id).toBe('alice');
      jest.setSystemTime(new Date('2026-06-01T08:01:05Z'));
      expect(() => service.verify(issued.token)).toThrow(UnauthenticatedError);
    });

    it('still refuses an altered copy of a remembered token', () => {
      const service = new TokenService({ jwtSecret: secret, tokenTtlSeconds: 3600 });
      const issued = service.issue({ sub: 'alice', role: 'staff' });
      service.verify(issued.token);
      const [header, payload, signature] = issued.token.split('.');
      const promoted = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'admin' })).toString('base64url');

      expect(() => service.verify(`${header}.${promoted}.${signature}`)).toThrow(UnauthenticatedError);
    });
  });
});

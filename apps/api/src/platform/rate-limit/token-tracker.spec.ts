import { tokenTracker } from './token-tracker';

const requestWith = (authorization: string) => ({ headers: { authorization } });

describe('tokenTracker', () => {
  const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSIsInJvbGUiOiJzdGFmZiJ9.c2lnbmF0dXJlLW9mLWFsaWNl';

  it('keys a token by its signature, never by the claims that make it usable', () => {
    const key = tokenTracker(requestWith(`Bearer ${token}`));

    expect(key).toBe('c2lnbmF0dXJlLW9mLWFsaWNl');
    expect(key).not.toContain('eyJ');
  });

  it('gives the same token the same key and another token another', () => {
    const other = token.replace(/\.[^.]+$/, '.c2lnbmF0dXJlLW9mLWJvYg');

    expect(tokenTracker(requestWith(`Bearer ${token}`))).toBe(tokenTracker(requestWith(`Bearer ${token}`)));
    expect(tokenTracker(requestWith(`Bearer ${other}`))).not.toBe(tokenTracker(requestWith(`Bearer ${token}`)));
  });

  it('keeps at most 128 characters of any header', () => {
    expect(tokenTracker(requestWith(`Bearer ${'x'.repeat(10_000)}`))).toHaveLength(128);
    expect(tokenTracker(requestWith('Basic dXNlcjpwYXNz'))).toBe('Basic dXNlcjpwYXNz');
  });
});

import { redactQuery } from './redact-query';

describe('redactQuery', () => {
  it('leaves a path without a query as it is', () => {
    expect(redactQuery('/v1/volunteers/v-1/account')).toBe('/v1/volunteers/v-1/account');
  });

  it('keeps paging, ids and filters, and replaces the values of search fields', () => {
    expect(redactQuery('/v1/volunteers?communityId=bxj&q=%E5%BC%A0%E4%B8%89&limit=20&phone=13812345678')).toBe(
      '/v1/volunteers?communityId=bxj&q=[redacted]&limit=20&phone=[redacted]',
    );
  });

  it('replaces the value of any parameter it does not know, however it is spelled', () => {
    expect(redactQuery('/v1/x?name=Li&%6Eame=Li&nickname=Li&idNumber=110101&birth=1950-01-01')).toBe(
      '/v1/x?name=[redacted]&%6Eame=[redacted]&nickname=[redacted]&idNumber=[redacted]&birth=[redacted]',
    );
  });

  it('keeps a known name written with escapes, and marks a bare unknown flag as redacted too', () => {
    expect(redactQuery('/v1/x?%79ear=2025&secret&&')).toBe('/v1/x?%79ear=2025&secret=[redacted]&&');
  });
});

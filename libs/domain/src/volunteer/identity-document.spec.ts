import { checkIdentityDocument, DomainError, maskedDocumentNumber, residentIdCheckCharacter } from '@shiji/domain';

/** A made-up resident ID with a correct check character (GB 11643-1999). */
const VALID_ID = '11010519491231002X';

function codeOf(check: () => unknown): string | undefined {
  try {
    check();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a domain error';
  }
  return undefined;
}

describe('identity documents', () => {
  it('computes the resident ID check character (ISO 7064 MOD 11-2)', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdCheckCharacter('44052418800101001')).toBe('4');
  });

  it('accepts a resident ID with its check character, in either case, spaces dropped', () => {
    expect(checkIdentityDocument('resident_id', '110105 19491231 002x')).toEqual({ type: 'resident_id', number: VALID_ID });
  });

  it('refuses a resident ID whose check character is wrong', () => {
    expect(codeOf(() => checkIdentityDocument('resident_id', '110105194912310021'))).toBe('INVALID_RESIDENT_ID_CHECKSUM');
  });

  it.each([
    ['too short', '11010519491231002'],
    ['a letter inside', '1101051949123100AX'],
    ['no such birth date', '110105194902300021'],
  ])('refuses a resident ID that cannot be one: %s', (_case, number) => {
    expect(codeOf(() => checkIdentityDocument('resident_id', number))).toBe('INVALID_IDENTITY_DOCUMENT');
  });

  it.each([
    ['passport', 'E12345678'],
    ['hk_macao_permit', 'H12345678'],
    ['hk_macao_permit', 'M1234567801'],
    ['taiwan_permit', '12345678'],
  ] as const)('accepts a %s of its form', (type, number) => {
    expect(checkIdentityDocument(type, number)).toEqual({ type, number });
  });

  it.each([
    ['passport', 'E1'],
    ['hk_macao_permit', 'X12345678'],
    ['taiwan_permit', '1234567'],
  ] as const)('refuses a %s not of its form', (type, number) => {
    expect(codeOf(() => checkIdentityDocument(type, number))).toBe('INVALID_IDENTITY_DOCUMENT');
  });

  it('never names the number in a refusal', () => {
    try {
      checkIdentityDocument('resident_id', '110105194912310021');
    } catch (error) {
      expect(JSON.stringify((error as DomainError).details)).not.toContain('1101051949');
    }
  });

  it('is shown masked to its last four characters', () => {
    expect(maskedDocumentNumber(VALID_ID)).toBe('**************002X');
    expect(maskedDocumentNumber('E12345678')).toBe('*****5678');
  });
});

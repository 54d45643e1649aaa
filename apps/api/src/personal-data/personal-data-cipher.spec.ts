import { newPersonalDataKey, openPersonalData, sealPersonalData } from './personal-data-cipher';

const personal = { name: '王秀英', phone: '13800000000' };

describe('sealing personal data', () => {
  it('opens with the key and the volunteer it was sealed for', () => {
    const key = newPersonalDataKey();
    const sealed = sealPersonalData(key, 'v-1', personal);
    expect(JSON.stringify(sealed)).not.toContain('王秀英');
    expect(JSON.stringify(sealed)).not.toContain('13800000000');
    expect(openPersonalData(key, 'v-1', sealed)).toEqual(personal);
  });

  it('does not open with another key, for another volunteer, or once altered', () => {
    const key = newPersonalDataKey();
    const sealed = sealPersonalData(key, 'v-1', personal);
    expect(openPersonalData(newPersonalDataKey(), 'v-1', sealed)).toBeNull();
    expect(openPersonalData(key, 'v-2', sealed)).toBeNull();
    const flipped = Buffer.from(sealed.ciphertext, 'base64');
    flipped[0] ^= 1;
    expect(openPersonalData(key, 'v-1', { ...sealed, ciphertext: flipped.toString('base64') })).toBeNull();
  });
});

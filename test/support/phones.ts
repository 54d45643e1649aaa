let issued = 0;

/**
 * A mainland mobile number no other call in this process returns. A
 * community registers one volunteer per phone (a second is 409
 * PHONE_ALREADY_REGISTERED unless allowSharedPhone), so helpers that register
 * many volunteers give each their own.
 */
export function uniquePhone(): string {
  issued += 1;
  return `139${String(issued).padStart(8, '0')}`;
}

import { isServiceCategory, SERVICE_CATEGORIES } from '@shiji/domain';

describe('service categories', () => {
  it('are the eight the product knows', () => {
    expect(SERVICE_CATEGORIES).toEqual(['elderly_care', 'tutoring', 'health_clinic', 'mediation', 'environment', 'culture', 'safety_patrol', 'other']);
  });

  it.each(SERVICE_CATEGORIES)('%s is a category', (category) => {
    expect(isServiceCategory(category)).toBe(true);
  });

  it.each(['', 'Elderly_care', 'cooking', null, 3])('%p is not', (value) => {
    expect(isServiceCategory(value)).toBe(false);
  });
});

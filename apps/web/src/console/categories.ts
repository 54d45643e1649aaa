/** The api's service categories (SERVICE_CATEGORIES), in the order forms offer them. */
export const CATEGORIES = ['elderly_care', 'tutoring', 'health_clinic', 'mediation', 'environment', 'culture', 'safety_patrol', 'other'] as const;

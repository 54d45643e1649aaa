import { BirthDateController } from '../credit-rules/birth-date.http.controller';
import { FamilyController } from './family.http.controller';
import { GiftsController } from './gifts.http.controller';
import { GiftProcess } from './gift.process';

/** Credit rules beyond the card: family and gifts to them, and the birth date the age rule reads. */
export const GIFT_CONTROLLERS = [GiftsController, FamilyController, BirthDateController];
export const GIFT_PROVIDERS = [GiftProcess];

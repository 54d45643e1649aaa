import { FamilyController } from '../gifts/family.http.controller';
import { GiftProcess } from '../gifts/gift.process';
import { GiftsController } from '../gifts/gifts.http.controller';
import { PoolProcess } from '../pools/pool.process';
import { PoolsController } from '../pools/pools.http.controller';
import { BirthDateController } from './birth-date.http.controller';

/** Credit rules beyond the card: family and gifts to them, the community pool, and the birth date the age rule reads. */
export const CREDIT_RULES_CONTROLLERS = [GiftsController, FamilyController, BirthDateController, PoolsController];
export const CREDIT_RULES_PROVIDERS = [GiftProcess, PoolProcess];

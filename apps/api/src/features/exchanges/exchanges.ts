import { CardsController } from './cards/cards.http.controller';
import { CARD_HANDLERS } from './cards/cards.handlers';
import { HonoursController } from './honours/honours.http.controller';
import { HONOUR_HANDLERS } from './honours/honours.handlers';
import { RedemptionHolder, RedemptionService } from './redemptions/redemption.service';
import { RedemptionListsController } from './redemptions/redemption-lists.http.controller';
import { RedemptionsController } from './redemptions/redemptions.http.controller';
import { REDEMPTION_HANDLERS } from './redemptions/redemptions.handlers';
import { RewardCatalogueController } from './rewards/reward-catalogue.http.controller';
import { RewardsController } from './rewards/rewards.http.controller';
import { REWARD_HANDLERS } from './rewards/rewards.handlers';
import { ServiceRequestsController } from './service-requests/service-requests.http.controller';
import { SERVICE_REQUEST_HANDLERS } from './service-requests/service-requests.handlers';

/** The three exchanges: service for service (cards, redemptions, requests), for reward, and for honour. */
export const EXCHANGE_CONTROLLERS = [CardsController, RedemptionsController, ServiceRequestsController, RewardsController, HonoursController, RedemptionListsController, RewardCatalogueController];

export const EXCHANGE_PROVIDERS = [RedemptionService, RedemptionHolder, ...CARD_HANDLERS, ...REDEMPTION_HANDLERS, ...SERVICE_REQUEST_HANDLERS, ...REWARD_HANDLERS, ...HONOUR_HANDLERS];

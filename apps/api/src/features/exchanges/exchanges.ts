import { CardsController } from './cards/cards.http.controller';
import { CARD_HANDLERS } from './cards/cards.handlers';
import { HonoursController } from './honours/honours.http.controller';
import { HONOUR_HANDLERS } from './honours/honours.handlers';
import { RedemptionHolder } from './redemptions/redemption-holder';
import { RedemptionListsController } from './redemptions/redemption-lists.http.controller';
import { RedemptionProcess } from './redemptions/redemption.process';
import { RedemptionsController } from './redemptions/redemptions.http.controller';
import { RewardCatalogueController } from './rewards/reward-catalogue.http.controller';
import { RewardsController } from './rewards/rewards.http.controller';
import { REWARD_HANDLERS } from './rewards/rewards.handlers';
import { ServiceRequestsController } from './service-requests/service-requests.http.controller';
import { SERVICE_REQUEST_HANDLERS } from './service-requests/service-requests.handlers';

/** The three exchanges: service for service (cards, redemptions, requests), for reward, and for honour. */
export const EXCHANGE_CONTROLLERS = [CardsController, RedemptionsController, ServiceRequestsController, RewardsController, HonoursController, RedemptionListsController, RewardCatalogueController];

export const EXCHANGE_PROVIDERS = [RedemptionProcess, RedemptionHolder, ...CARD_HANDLERS, ...SERVICE_REQUEST_HANDLERS, ...REWARD_HANDLERS, ...HONOUR_HANDLERS];

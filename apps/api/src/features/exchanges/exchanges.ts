import { CardsController } from './cards/cards.http.controller';
import { HonoursController } from './honours/honours.http.controller';
import { RedemptionHolder } from './redemptions/redemption-holder';
import { RedemptionListsController } from './redemptions/redemption-lists.http.controller';
import { RedemptionProcess } from './redemptions/redemption.process';
import { RedemptionsController } from './redemptions/redemptions.http.controller';
import { RewardCatalogueController } from './rewards/reward-catalogue.http.controller';
import { RewardsController } from './rewards/rewards.http.controller';
import { ServiceRequestCancellationController } from './service-requests/service-request-cancellation.http.controller';
import { ServiceRequestCompletion } from './service-requests/service-request-completion.process';
import { ServiceRequestsController } from './service-requests/service-requests.http.controller';

/** The three exchanges: service for service (cards, redemptions, requests), for reward, and for honour. */
export const EXCHANGE_CONTROLLERS = [CardsController, RedemptionsController, ServiceRequestsController, RewardsController, HonoursController, RedemptionListsController, RewardCatalogueController, ServiceRequestCancellationController];

export const EXCHANGE_PROVIDERS = [RedemptionProcess, RedemptionHolder, ServiceRequestCompletion];

import { assertNever, type Decider } from '../shared/decider';
import type { AccountEvent } from './account.events';
import { evolveTimeAccount, initialTimeAccount, type TimeAccount } from './account.state';
import { foldTimeAccount } from './account.state.fold';
import {
  confirmFamilyBeneficiary,
  confirmFamilyMember,
  declareFamilyBeneficiary,
  declareFamilyMember,
  donateCredits,
  giveCreditsToBeneficiary, giveCredits, receiveGift, recordGiftRefusal, returnRefusedGift, type GiftCommand } from './gift.commands';
import { certifyStarLevel, claimReward, type CertifyStarLevel, type ClaimReward } from './honour-and-reward.commands';
import { redeemCredits, refundRefusedRedemption, reverseRedemption, type RedeemCredits, type RefundRefusedRedemption, type ReverseRedemption } from './redemption.commands';
import { correctService, recordService, rejectService, verifyService, type CorrectService, type RecordService, type RejectService, type VerifyService } from './service-record.commands';
import { issueCard, reinstateCard, reissueCard, reportCardLost, suspendCard, type TimeCardCommand } from './time-card.commands';

export type AccountCommand =
  | RecordService
  | VerifyService
  | RejectService
  | CorrectService
  | TimeCardCommand
  | RedeemCredits
  | ReverseRedemption
  | RefundRefusedRedemption
  | ClaimReward
  | CertifyStarLevel
  | GiftCommand;

export function decideTimeAccount(command: AccountCommand, account: TimeAccount): AccountEvent[] {
  switch (command.type) {
    case 'RecordService':
      return recordService(command, account);
    case 'VerifyService':
      return verifyService(command, account);
    case 'RejectService':
      return rejectService(command, account);
    case 'CorrectService':
      return correctService(command, account);
    case 'IssueCard':
      return issueCard(command, account);
    case 'ReissueCard':
      return reissueCard(command, account);
    case 'SuspendCard':
      return suspendCard(command, account);
    case 'ReinstateCard':
      return reinstateCard(command, account);
    case 'ReportCardLost':
      return reportCardLost(command, account);
    case 'RedeemCredits':
      return redeemCredits(command, account);
    case 'ReverseRedemption':
      return reverseRedemption(command, account);
    case 'RefundRefusedRedemption':
      return refundRefusedRedemption(command, account);
    case 'ClaimReward':
      return claimReward(command, account);
    case 'CertifyStarLevel':
      return certifyStarLevel(command, account);
    case 'DeclareFamilyMember':
      return declareFamilyMember(command, account);
    case 'ConfirmFamilyMember':
      return confirmFamilyMember(command, account);
    case 'GiveCredits':
      return giveCredits(command, account);
    case 'ReceiveGift':
      return receiveGift(command, account);
    case 'RecordGiftRefusal':
      return recordGiftRefusal(command, account);
    case 'DonateCredits':
      return donateCredits(command, account);
    case 'ReturnRefusedGift':
      return returnRefusedGift(command, account);
    case 'DeclareFamilyBeneficiary':
      return declareFamilyBeneficiary(command, account);
    case 'ConfirmFamilyBeneficiary':
      return confirmFamilyBeneficiary(command, account);
    case 'GiveCreditsToBeneficiary':
      return giveCreditsToBeneficiary(command, account);
    default:
      return assertNever(command);
  }
}

/**
 * A record's events belong to the community the service was given in (its
 * activity's, else the volunteer's at the time); the account's other events
 * name no community of their own.
 */
function communityOfAccountEvent(event: AccountEvent, account: TimeAccount): string | undefined {
  switch (event.type) {
    case 'ServiceRecorded':
    case 'CreditCapped':
      return event.data.communityId;
    case 'ServiceVerified':
    case 'ServiceRejected':
    case 'ServiceCorrected':
      return account.records.get(event.data.recordId)?.communityId;
    default:
      return undefined;
  }
}

export const timeAccountDecider: Decider<AccountCommand, AccountEvent, TimeAccount> = {
  decide: decideTimeAccount,
  evolve: evolveTimeAccount,
  initialState: initialTimeAccount,
  foldMany: foldTimeAccount,
  communityOf: communityOfAccountEvent,
};

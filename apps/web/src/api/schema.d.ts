/* Generated from the api's OpenAPI document by `npm run web:client`; do not edit. */

export type paths = {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 健康检查 / Liveness and readiness */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 存活检查 / Liveness only, no dependency checked */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ActivitiesController_list"];
        put?: never;
        post: operations["ActivitiesController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities/{activityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ActivitiesController_activity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities/{activityId}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ActivitiesController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities/{activityId}/signups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ActivitiesController_signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities/{activityId}/signups/{volunteerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["ActivitiesController_withdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccessLogController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditEventsController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/streams/{streamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditEventsController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["VerificationsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verifications/{verificationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VerificationsController_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/volunteers/{volunteerId}/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccountHistoryController_account"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CertificatesController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationController_communities"];
        put?: never;
        post: operations["OrganisationController_registerCommunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/communities/{communityId}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CommunityStatisticsController_statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/honour-roll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HonoursController_honourRoll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/honours/badges-due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HonoursController_badgesDue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前调用者 / The caller, as the token says */
        get: operations["MeHttpController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RewardCatalogueController_partners"];
        put?: never;
        post: operations["RewardsController_registerPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PolicyController_policy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy/card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["PolicyController_changeCardLevel"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy/star-levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["PolicyController_changeStarThresholds"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RedemptionListsController_list"];
        put?: never;
        post: operations["RedemptionsController_redeem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/redemptions/{redemptionId}/reversal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RedemptionsController_reverse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reward-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RewardCatalogueController_claims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rewards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RewardCatalogueController_rewards"];
        put?: never;
        post: operations["RewardsController_offerReward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rewards/{rewardId}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RewardsController_claimReward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rewards/{rewardId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RewardsController_withdrawReward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ServiceRecordListsController_community"];
        put?: never;
        post: operations["ServiceRecordsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-records/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ServiceRecordsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-records/{recordId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ServiceRecordsController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-records/{recordId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ServiceRecordsController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ServiceRequestsController_queue"];
        put?: never;
        post: operations["ServiceRequestsController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-requests/{requestId}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ServiceRequestsController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-requests/{requestId}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ServiceRequestsController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffController_list"];
        put?: never;
        post: operations["StaffController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/{staffId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffController_staff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/{staffId}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StaffController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/{staffId}/grants/{communityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["StaffController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrganisationController_registerTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{teamId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrganisationController_addTeamMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationController_listVolunteers"];
        put?: never;
        post: operations["OrganisationController_registerVolunteer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationController_volunteer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccountsController_account"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CardsController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/card/loss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CardsController_reportLost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/card/reinstatement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CardsController_reinstate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/card/reissue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CardsController_reissue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/card/suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CardsController_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CertificatesController_certificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/certifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["HonoursController_certify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrganisationController_eraseVolunteer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccountsController_ledger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrganisationController_moveVolunteer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/reinstatement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrganisationController_reinstateVolunteer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/rewards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RewardsController_eligible"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/service-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ServiceRecordListsController_volunteer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/volunteers/{volunteerId}/suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrganisationController_suspendVolunteer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        AccessLogPage: {
            items: {
                actorId: string;
                actorRole: string;
                at: string;
                id: number;
                method: string;
                path: string;
            }[];
            nextCursor: string | null;
        };
        Account: {
            card: components["schemas"]["TimeCard"] | null;
            certifiedStarLevels: number[];
            creditMinutes: number;
            levelHistory: {
                at: string;
                cause: string;
                position: number;
                starLevel: number;
            }[];
            lifetimeMinutes: number;
            minutesToNextStar: number | null;
            nextStarLevel: number | null;
            owes: boolean;
            position: number;
            starLevel: number;
            starLevelSince: {
                at: string;
                cause: string;
                position: number;
                starLevel: number;
            } | null;
            volunteerId: string;
        };
        AccountAsOf: {
            asOf: {
                [key: string]: unknown;
            };
            card: {
                cardNumber: string;
                issuedAt: string;
                /** @enum {string} */
                status: "active" | "suspended" | "lost";
            } | null;
            cardMinStarLevel: number;
            creditMinutes: number;
            lifetimeMinutes: number;
            owes: boolean;
            position: number;
            starLevel: number;
            thresholdHours: number[];
            volunteerId: string;
        };
        Activity: {
            activityId: string;
            /** @enum {string} */
            category: "elderly_care" | "tutoring" | "health_clinic" | "mediation" | "environment" | "culture" | "safety_patrol" | "other";
            communityId: string;
            communityName: string | null;
            endsAt: string;
            participants: {
                addedByStaff: boolean;
                name: string | null;
                volunteerId: string;
            }[];
            place: string;
            publishedAt: string;
            startsAt: string;
            /** @enum {string} */
            status: "published" | "cancelled";
            teamId: string | null;
            teamName: string | null;
            title: string;
        };
        ActivityPage: {
            items: components["schemas"]["Activity"][];
            nextCursor: string | null;
        };
        ActorView: {
            /**
             * @example [
             *       "c1"
             *     ]
             */
            communities: string[];
            /** @example alice */
            id: string;
            /** @enum {string} */
            role: "volunteer" | "staff" | "admin" | "auditor";
            /** @description The token id (jti) */
            tokenId: string;
        };
        AddTeamMemberBody: {
            volunteerId: string;
        };
        AssignProviderBody: {
            providerVolunteerId: string;
        };
        AuditEvent: {
            data: {
                [key: string]: unknown;
            };
            eventId: string;
            metadata: {
                [key: string]: unknown;
            };
            position: number;
            recordedAt: string;
            revision: number;
            streamId: string;
            type: string;
            version: number;
        };
        AuditEventPage: {
            items: components["schemas"]["AuditEvent"][];
            nextCursor: string | null;
        };
        AuditStream: {
            items: components["schemas"]["AuditEvent"][];
            nextRevision: number | null;
            streamId: string;
        };
        BadgesDue: {
            communityId: string;
            items: {
                highestCertifiedStarLevel: number;
                name: string | null;
                starLevel: number;
                volunteerId: string;
            }[];
        };
        CancelActivityBody: {
            reason: string;
        };
        CardLevelBody: {
            /** @example 5 */
            minStarLevel: number;
        };
        CertifyStarLevelBody: {
            /** @description 认证的星级（发放胸牌、标注活动证）/ the level certified (badge issued, certificate marked) */
            starLevel: number;
        };
        ClaimRewardBody: {
            volunteerId: string;
        };
        Community: {
            communityId: string;
            name: string;
            registeredAt: string;
        };
        CommunityList: {
            items: components["schemas"]["Community"][];
        };
        CommunityStatistics: {
            communityId: string;
            communityName: string;
            minutesByMonth: {
                minutes: number;
                month: number;
            }[];
            pendingRecords: number;
            starLevels: {
                starLevel: number;
                volunteers: number;
            }[];
            topVolunteers: {
                minutes: number;
                name: string | null;
                starLevel: number;
                volunteerId: string;
            }[];
            verifiedMinutes: number;
            volunteers: number;
            year: number;
        };
        CompleteServiceRequestBody: {
            /** @description 实际服务分钟数 / whole minutes served */
            minutes: number;
            /** @example 2026-11-01T01:00:00Z */
            startedAt: string;
        };
        ComponentHealth: {
            /** @enum {string} */
            status: "up" | "down";
        };
        CorrectServiceBody: {
            /** @description 更正后的分钟数，0为撤销 / corrected minutes, 0 reverses the record */
            minutes: number;
            reason: string;
        };
        EligibleReward: {
            claimsLeft: number | null;
            discountPercent: number;
            kind: string;
            minStarLevel: number;
            name: string;
            offeredAt: string;
            partnerId: string;
            partnerName: string | null;
            period: string | null;
            quota: {
                count: number;
                /** @enum {string} */
                period: "month" | "quarter" | "year";
            } | null;
            rewardId: string;
            withdrawn: boolean;
        };
        EligibleRewards: {
            items: components["schemas"]["EligibleReward"][];
            starLevel: number;
            volunteerId: string;
        };
        GrantCommunityBody: {
            /** @example beixiajie */
            communityId: string;
        };
        HealthReport: {
            database: components["schemas"]["ComponentHealth"];
            eventStore: components["schemas"]["ComponentHealth"];
            projections: components["schemas"]["ProjectionsHealth"];
            /** @enum {string} */
            status: "up" | "down";
        };
        HonourRoll: {
            communityId: string | null;
            items: components["schemas"]["HonourRollEntry"][];
            year: number;
        };
        HonourRollEntry: {
            communityId: string | null;
            communityName: string | null;
            name: string | null;
            rank: number;
            records: number;
            starLevel: number;
            verifiedHours: number;
            verifiedMinutes: number;
            volunteerId: string;
        };
        LedgerLine: {
            activityId: string | null;
            activityTitle: string | null;
            category: string | null;
            creditAfter: number;
            creditDelta: number;
            description: string | null;
            entryId: string;
            eventId: string;
            /** @enum {string} */
            kind: "verified" | "corrected" | "redeemed" | "redemption_reversed";
            lifetimeAfter: number;
            lifetimeDelta: number;
            occurredAt: string;
            position: number;
            reason: string | null;
            reference: string;
            serviceStartedAt: string | null;
            starLevelAfter: number;
            volunteerId: string;
        };
        LedgerPage: {
            items: components["schemas"]["LedgerLine"][];
            nextCursor: string | null;
        };
        MoveVolunteerBody: {
            toCommunityId: string;
        };
        OfferRewardBody: {
            discountPercent: number;
            /** @example priority_discount */
            kind: string;
            /** @default 5 */
            minStarLevel: number;
            /** @example 优先就诊并九折 / priority and 10% off */
            name: string;
            partnerId: string;
            /** @description 每人每期限领次数 / claims per volunteer per period */
            quota?: components["schemas"]["RewardQuotaBody"];
            /**
             * @description 奖励编号 / reward id (lowercase slug)
             * @example renai-priority
             */
            rewardId: string;
        };
        Partner: {
            kind: string;
            name: string;
            partnerId: string;
            registeredAt: string;
        };
        PartnerList: {
            items: components["schemas"]["Partner"][];
        };
        Policy: {
            cardMinStarLevel: number;
            changes: {
                at: string;
                cardMinStarLevel: number;
                position: number;
                thresholdHours: number[];
                type: string;
            }[];
            thresholdHours: number[];
        };
        /** @description RFC 9457 problem details; title and detail are "中文 / English" */
        ProblemDetails: {
            /** @example VALIDATION_FAILED */
            code: string;
            /** @example 以下字段无效：minutes / Invalid fields: minutes */
            detail: string;
            errors?: {
                constraint: string;
                field: string;
                message: string;
            }[];
            /** @example /v1/me */
            instance?: string;
            requestId?: string;
            /** @example 400 */
            status: number;
            /** @example 请求参数无效 / Request validation failed */
            title: string;
            /** @example urn:shiji:problem:validation-failed */
            type: string;
        };
        ProjectionLag: {
            checkpoint: number;
            head: number;
            /** @description Events not applied yet: head - checkpoint */
            lag: number;
            name: string;
        };
        ProjectionsHealth: {
            /** @description The largest lag of any projection; null when not available */
            lag: number | null;
            projections?: components["schemas"]["ProjectionLag"][];
            /** @enum {string} */
            status: "up" | "down" | "not_available";
        };
        PublishActivityBody: {
            /** @enum {string} */
            category: "elderly_care" | "tutoring" | "health_clinic" | "mediation" | "environment" | "culture" | "safety_patrol" | "other";
            communityId: string;
            /** @example 2026-10-29T04:00:00Z */
            endsAt: string;
            /** @example 社区养老服务中心 */
            place: string;
            /** @example 2026-10-29T01:00:00Z */
            startsAt: string;
            teamId?: string;
            /** @example 重阳节敬老院探访 */
            title: string;
        };
        RecordServiceBody: {
            /** @description 服务活动；不填则为临时服务 / the activity; omit for ad-hoc help */
            activityId?: string;
            /**
             * @description required for ad-hoc help / 临时服务必填
             * @enum {string}
             */
            category?: "elderly_care" | "tutoring" | "health_clinic" | "mediation" | "environment" | "culture" | "safety_patrol" | "other";
            description?: string;
            /** @description 实际服务分钟数 / whole minutes served */
            minutes: number;
            /** @example 2026-11-01T01:00:00Z */
            startedAt: string;
            /**
             * @description 记录并认证 / record and verify in one step
             * @default false
             */
            verify: boolean;
            volunteerId: string;
        };
        RedeemCreditsBody: {
            /** @example 上门助浴 / bathing help at home */
            description: string;
            minutes: number;
            /** @description 服务提供者，其服务时长记入其账户 / the provider, who earns the hours */
            provider?: components["schemas"]["RedemptionProviderBody"];
            /** @description 对应的服务需求 / the service request served */
            requestId?: string;
            /** @description 持卡志愿者 / the card holder whose credits are spent */
            volunteerId: string;
        };
        RedemptionLine: {
            cardNumber: string;
            description: string;
            minutes: number;
            providerName: string | null;
            providerVolunteerId: string | null;
            redeemedAt: string;
            redemptionId: string;
            requestId: string | null;
            reversal: {
                at: string;
                reason: string;
            } | null;
            reversed: boolean;
            volunteerId: string;
            volunteerName: string | null;
        };
        RedemptionList: {
            items: components["schemas"]["RedemptionLine"][];
        };
        RedemptionProviderBody: {
            /** @example 2026-11-01T01:00:00Z */
            startedAt: string;
            /** @description 提供服务的志愿者 / the volunteer who gave the service */
            volunteerId: string;
        };
        RegisterCommunityBody: {
            /**
             * @description 社区编号 / community id (lowercase slug)
             * @example beixiajie
             */
            communityId: string;
            /** @example 北下街社区 */
            name: string;
        };
        RegisterPartnerBody: {
            /**
             * @description 机构类型 / kind: clinic, housekeeping, library…
             * @example clinic
             */
            kind: string;
            /** @example 仁爱诊所 */
            name: string;
            /**
             * @description 服务机构编号 / partner id (lowercase slug)
             * @example renai-clinic
             */
            partnerId: string;
        };
        RegisterStaffBody: {
            /**
             * @example [
             *       "beixiajie"
             *     ]
             */
            communityIds: string[];
            /** @example 李主任 */
            name: string;
            /**
             * @description 工作人员编号，即其令牌的 sub / the staff id, their tokens' sub
             * @example li-zhuren
             */
            staffId: string;
        };
        RegisterTeamBody: {
            communityId: string;
            /** @example 助老服务队 */
            name: string;
            /** @example beixiajie-elderly */
            teamId: string;
        };
        RegisterVolunteerBody: {
            communityId: string;
            /** @example 张三 */
            name: string;
            /**
             * @description 是否党员 / Party member
             * @default false
             */
            partyMember: boolean;
            /**
             * @description 手机号 / mainland mobile number
             * @example 13812345678
             */
            phone: string;
            /** @description 驻区单位 / co-building unit */
            unitId?: string;
        };
        RequestServiceBody: {
            /** @enum {string} */
            category: "elderly_care" | "tutoring" | "health_clinic" | "mediation" | "environment" | "culture" | "safety_patrol" | "other";
            /** @example beixiajie */
            communityId: string;
            /** @example 周三上午陪同就医 / escort to the clinic on Wednesday morning */
            description: string;
            /** @description 受助志愿者（持卡人优先）；居民不填 / the volunteer helped (card holders first); omit for a resident */
            forVolunteerId?: string;
            wantedMinutes: number;
        };
        ReverseRedemptionBody: {
            reason: string;
        };
        Reward: {
            discountPercent: number;
            kind: string;
            minStarLevel: number;
            name: string;
            offeredAt: string;
            partnerId: string;
            partnerName: string | null;
            quota: {
                count: number;
                /** @enum {string} */
                period: "month" | "quarter" | "year";
            } | null;
            rewardId: string;
            withdrawn: boolean;
        };
        RewardClaimLine: {
            claimedAt: string;
            claimId: string;
            partnerId: string;
            partnerName: string | null;
            period: string | null;
            rewardId: string;
            rewardName: string | null;
            starLevel: number;
            volunteerId: string;
            volunteerName: string | null;
        };
        RewardClaimList: {
            items: components["schemas"]["RewardClaimLine"][];
        };
        RewardList: {
            items: components["schemas"]["Reward"][];
        };
        RewardQuotaBody: {
            count: number;
            /** @enum {string} */
            period: "month" | "quarter" | "year";
        };
        ServiceRecord: {
            activityId: string | null;
            /** @enum {string} */
            category: "elderly_care" | "tutoring" | "health_clinic" | "mediation" | "environment" | "culture" | "safety_patrol" | "other";
            communityId: string;
            corrections: {
                at: string;
                minutes: number;
                previousMinutes: number;
                reason: string;
            }[];
            description: string | null;
            minutes: number;
            recordedAt: string;
            recordId: string;
            redemptionId: string | null;
            startedAt: string;
            verified: boolean;
            verifiedAt: string | null;
            volunteerId: string;
            year: number;
        };
        ServiceRecordLine: {
            activityId: string | null;
            activityTitle: string | null;
            /** @enum {string} */
            category: "elderly_care" | "tutoring" | "health_clinic" | "mediation" | "environment" | "culture" | "safety_patrol" | "other";
            communityId: string;
            corrections: {
                at: string;
                minutes: number;
                previousMinutes: number;
                reason: string;
            }[];
            description: string | null;
            minutes: number;
            recordedAt: string;
            recordId: string;
            redemptionId: string | null;
            startedAt: string;
            verified: boolean;
            verifiedAt: string | null;
            volunteerId: string;
            volunteerName: string | null;
            year: number;
        };
        ServiceRecordPage: {
            items: components["schemas"]["ServiceRecordLine"][];
            nextCursor: string | null;
        };
        ServiceRequest: {
            cardHolder: boolean;
            /** @enum {string} */
            category: "elderly_care" | "tutoring" | "health_clinic" | "mediation" | "environment" | "culture" | "safety_patrol" | "other";
            closedAt: string | null;
            communityId: string;
            description: string;
            forVolunteerId: string | null;
            forVolunteerName: string | null;
            minutes: number | null;
            providerName: string | null;
            providerVolunteerId: string | null;
            redemptionId: string | null;
            requestedAt: string;
            requestId: string;
            /** @enum {string} */
            status: "open" | "assigned" | "completed" | "cancelled";
            wantedMinutes: number;
        };
        ServiceRequestQueue: {
            items: components["schemas"]["ServiceRequest"][];
        };
        SignUpBody: {
            volunteerId: string;
        };
        Staff: {
            communities: string[];
            grants: {
                communityId: string;
                grantedAt: string;
                revokedAt: string | null;
            }[];
            name: string;
            registeredAt: string;
            staffId: string;
        };
        StaffList: {
            items: components["schemas"]["Staff"][];
        };
        StarThresholdsBody: {
            /**
             * @description 五个严格递增的小时数 / five strictly rising hour thresholds
             * @example [
             *       100,
             *       300,
             *       600,
             *       1000,
             *       1500
             *     ]
             */
            thresholdHours: number[];
        };
        SuspendCardBody: {
            /** @description 暂停原因 / why the card is suspended */
            reason: string;
        };
        SuspendVolunteerBody: {
            reason: string;
        };
        TimeCard: {
            cardNumber: string;
            issuedAt: string;
            /** @enum {string} */
            status: "active" | "suspended" | "lost";
        };
        Verification: {
            error: string | null;
            finishedAt: string | null;
            report: {
                checkpoints: {
                    [key: string]: unknown;
                };
                differences: {
                    collection: string;
                    id: string;
                    /** @enum {string} */
                    kind: "missing" | "extra" | "different";
                    livePosition: number | null;
                    replayPosition: number | null;
                }[];
                durationMs: number;
                equal: boolean;
                eventProblems: {
                    [key: string]: unknown;
                }[];
            } | null;
            requestedAt: string;
            requestedBy: string;
            /** @enum {string} */
            status: "running" | "equal" | "different" | "failed";
            verificationId: string;
        };
        VerificationStarted: {
            /** @enum {string} */
            status: "running";
            verificationId: string;
        };
        VolunteerPage: {
            items: components["schemas"]["VolunteerProfile"][];
            nextCursor: string | null;
        };
        VolunteerProfile: {
            communityId: string;
            communityName: string | null;
            erased: boolean;
            name: string;
            partyMember: boolean;
            phone: string;
            registeredAt: string;
            starLevel: number;
            status: string;
            teams: {
                name: string | null;
                teamId: string;
            }[];
            unitId: string | null;
            volunteerId: string;
        };
        WithdrawRewardBody: {
            reason: string;
        };
        /** @description 写入结果 / What a write reached: its log position (send it back as X-Min-Position) and the ids it created */
        WriteResult: {
            position: number | null;
        } & {
            [key: string]: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
            /** @description The database or the event store is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ActivitiesController_list: {
        parameters: {
            query?: {
                communityId?: string;
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                /** @description starts at or after / 开始时间不早于 */
                from?: string;
                limit?: number;
                /** @description starts before / 开始时间早于 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPage"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ActivitiesController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishActivityBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ActivitiesController_activity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ActivitiesController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelActivityBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ActivitiesController_signUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignUpBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ActivitiesController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activityId: string;
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AccessLogController_list: {
        parameters: {
            query?: {
                actorId?: string;
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogPage"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuditEventsController_events: {
        parameters: {
            query?: {
                /** @description metadata.actor.id */
                actor?: string;
                communityId?: string;
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                /** @description occurredAt ≥ from (ISO 8601) */
                from?: string;
                /** @description 含此位置 / inclusive */
                fromPosition?: number;
                limit?: number;
                streamId?: string;
                /** @description occurredAt ≤ to (ISO 8601) */
                to?: string;
                /** @description 含此位置 / inclusive */
                toPosition?: number;
                /** @description 事件类型，可多个 / one or several event types */
                type?: string[];
                volunteerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON; or NDJSON lines of AuditEvent with Accept: application/x-ndjson */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                    "application/x-ndjson": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AuditEventsController_stream: {
        parameters: {
            query?: {
                fromRevision?: number;
                limit?: number;
            };
            header?: never;
            path: {
                streamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditStream"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VerificationsController_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationStarted"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VerificationsController_find: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                verificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verification"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AccountHistoryController_account: {
        parameters: {
            query?: {
                /** @description 日志位置、ISO 8601 时间或 now / a log position, an ISO 8601 instant, or now */
                asOf?: unknown;
            };
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountAsOf"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CertificatesController_check: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_communities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityList"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_registerCommunity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterCommunityBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CommunityStatisticsController_statistics: {
        parameters: {
            query: {
                /** @description 上海自然年 / the Asia/Shanghai year */
                year: number;
            };
            header?: never;
            path: {
                communityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityStatistics"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HonoursController_honourRoll: {
        parameters: {
            query: {
                /** @description 只计该社区的服务 / only service given in this community */
                communityId?: string;
                /** @description 服务开始时间所在的上海自然年 / the Asia/Shanghai year the service started in */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HonourRoll"];
                    "text/csv": components["schemas"]["HonourRoll"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HonoursController_badgesDue: {
        parameters: {
            query: {
                communityId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadgesDue"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MeHttpController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorView"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RewardCatalogueController_partners: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerList"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RewardsController_registerPartner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterPartnerBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PolicyController_policy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Policy"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PolicyController_changeCardLevel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardLevelBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PolicyController_changeStarThresholds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StarThresholdsBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RedemptionListsController_list: {
        parameters: {
            query: {
                communityId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionList"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RedemptionsController_redeem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedeemCreditsBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RedemptionsController_reverse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                redemptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReverseRedemptionBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RewardCatalogueController_claims: {
        parameters: {
            query: {
                communityId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RewardClaimList"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RewardCatalogueController_rewards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RewardList"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RewardsController_offerReward: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfferRewardBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RewardsController_claimReward: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rewardId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimRewardBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RewardsController_withdrawReward: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rewardId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawRewardBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRecordListsController_community: {
        parameters: {
            query: {
                communityId: string;
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                limit?: number;
                /** @description 待认证 / 已认证 / 全部 — pending, verified or all */
                status?: "pending" | "verified" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRecordPage"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRecordsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordServiceBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRecordsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recordId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRecord"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRecordsController_correct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectServiceBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRecordsController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recordId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRequestsController_queue: {
        parameters: {
            query: {
                communityId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRequestQueue"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRequestsController_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestServiceBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRequestsController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignProviderBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRequestsController_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteServiceRequestBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StaffController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffList"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StaffController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterStaffBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StaffController_staff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                staffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Staff"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StaffController_grant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                staffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantCommunityBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StaffController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communityId: string;
                staffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_registerTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterTeamBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_addTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teamId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTeamMemberBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_listVolunteers: {
        parameters: {
            query?: {
                communityId?: string;
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                limit?: number;
                /** @description 按姓名或手机号（3 位以上数字）搜索 / search by name, or by phone with 3 or more digits */
                q?: string;
                starLevel?: "0" | "1" | "2" | "3" | "4" | "5";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerPage"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_registerVolunteer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterVolunteerBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_volunteer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerProfile"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AccountsController_account: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CardsController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CardsController_reportLost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CardsController_reinstate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CardsController_reissue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CardsController_suspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuspendCardBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CertificatesController_certificate: {
        parameters: {
            query: {
                /** @description 服务开始时间所在的上海自然年 / the Asia/Shanghai year the service started in */
                year: number;
            };
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    HonoursController_certify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertifyStarLevelBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_eraseVolunteer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AccountsController_ledger: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                limit?: number;
                /** @description 按记账顺序 / in log order (asc) or newest first (desc) */
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerPage"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_moveVolunteer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveVolunteerBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_reinstateVolunteer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RewardsController_eligible: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibleRewards"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceRecordListsController_volunteer: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page / 上一页返回的游标 */
                cursor?: string;
                limit?: number;
                /** @description 待认证 / 已认证 / 全部 — pending, verified or all */
                status?: "pending" | "verified" | "all";
            };
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRecordPage"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OrganisationController_suspendVolunteer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuspendVolunteerBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            /** @description Error (problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
